package org.dossier.extract.lang;

import java.util.List;

/** What the Lingua detector is built with; the figures behind these choices are in package-info. */
final class LanguageSettings {
  private LanguageSettings() {}

  /**
   * ISO 639-1 codes of the languages told apart: the main languages of world news output (Europe, the
   * Middle East, East and South Asia). A text in a language not listed comes out as the closest listed one
   * or as unknown, so add a language here when a corpus needs it; each one costs memory and time.
   */
  static final List<String> LANGUAGES = List.of(
      "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi",
      "ru", "uk", "pl", "cs", "sk", "ro", "hu", "bg", "sr", "hr", "el", "tr",
      "ar", "fa", "he", "hi", "zh", "ja", "ko", "id", "vi");

  /**
   * Low-accuracy mode uses trigram models only: far less memory and time, and on article-length text
   * (hundreds of characters or more) practically the same answers. It is worse on single short lines.
   */
  static final boolean LOW_ACCURACY = true;

  /** Fewer letters than this and the detector does not guess: a headline fragment or a caption is too little. */
  static final int MIN_LETTERS = 20;

  /**
   * Only the first characters of a long text are examined: detection time grows with length and a few
   * paragraphs decide the language as well as a whole article.
   */
  static final int SAMPLE_CHARS = 2000;
}
