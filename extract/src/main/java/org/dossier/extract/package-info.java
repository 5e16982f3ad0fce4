/**
 * Extraction's entry points: {@link org.dossier.extract.Extraction} picks the extractor for a page's
 * format and detects each article's language; {@link org.dossier.extract.PageText} gives a page's own
 * visible text for the source view. The readers live in {@code page}, the extractors in {@code html} and
 * {@code text}, shared metadata parsing in {@code meta}. A new page format gets a {@code PageFormat}
 * value, a reader case and an extractor here.
 */
package org.dossier.extract;
