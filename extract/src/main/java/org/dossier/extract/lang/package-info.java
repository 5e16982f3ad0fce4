/**
 * Language detection: {@link org.dossier.extract.lang.LanguageDetector} names the ISO 639-1 language of a
 * text, or null when the text is too short or unknown; {@link org.dossier.extract.lang.LinguaLanguageDetector}
 * does it with Lingua 1.2.2, and {@code Extraction} applies it to every article.
 *
 * <p>Choices (in {@code LanguageSettings}) and what they cost, measured with
 * {@code LanguageDetectionBenchmark} (test sources) over the 438 article bodies of the extraction
 * evaluation data, 32 languages, first 2,000 characters of each text, one core of this machine, JDK 25:
 *
 * <ul>
 *   <li>low-accuracy mode (trigram models only): 35 MiB of heap for the models, built in about 2.2 s,
 *       about 14 ms per article;
 *   <li>high-accuracy mode (all n-gram models): 831 MiB of heap, built in about 23 s, about 12 ms per
 *       article, and the same answer on every one of the 438 articles.
 * </ul>
 *
 * So the detector runs in low-accuracy mode, built once on first use and shared by all threads. Sampling
 * 1,000 characters instead of 2,000 cut the time to about 9 ms but changed one answer; 2,000 is kept.
 *
 * <p>To add a language, add its code to {@code LanguageSettings.LANGUAGES}; to use another library,
 * implement {@code LanguageDetector} and pass it to {@code Extraction}'s constructor.
 */
package org.dossier.extract.lang;
