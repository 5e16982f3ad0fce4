package org.dossier.extract.lang;

/** Names the language a text is written in. Implementations are thread-safe. */
public interface LanguageDetector {
  /** The ISO 639-1 code ("en", "de", ...) of the text's language, or null when too short or unknown. */
  String detect(CharSequence text);
}
