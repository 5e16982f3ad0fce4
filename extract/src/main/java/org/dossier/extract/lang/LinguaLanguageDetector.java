package org.dossier.extract.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * A {@link LanguageDetector} on Lingua's n-gram models for the languages in {@link LanguageSettings}.
 * Building one loads its models, which is costly (see package-info): use {@link #shared()}, built once
 * on first use and safe to share, since Lingua's detector only reads its models once they are loaded.
 */
public final class LinguaLanguageDetector implements LanguageDetector {
  /** Class initialisation gives the lazy, once-only, thread-safe build. */
  private static final class Holder {
    static final LinguaLanguageDetector SHARED = new LinguaLanguageDetector(LanguageSettings.LOW_ACCURACY);
  }

  private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

  LinguaLanguageDetector(boolean lowAccuracy) {
    LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(isoCodes())
        .withPreloadedLanguageModels();
    lingua = (lowAccuracy ? builder.withLowAccuracyMode() : builder).build();
  }

  /** The one instance, built with its models on the first call. */
  public static LinguaLanguageDetector shared() {
    return Holder.SHARED;
  }

  @Override
  public String detect(CharSequence text) {
    if (text == null) return null;
    String sample = text.subSequence(0, Math.min(text.length(), LanguageSettings.SAMPLE_CHARS)).toString();
    if (letters(sample) < LanguageSettings.MIN_LETTERS) return null;
    Language language = lingua.detectLanguageOf(sample);
    return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) n++;
    }
    return n;
  }

  private static IsoCode639_1[] isoCodes() {
    return LanguageSettings.LANGUAGES.stream()
        .map(code -> IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)))
        .toArray(IsoCode639_1[]::new);
  }
}
