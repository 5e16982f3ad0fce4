/**
 * Main-article extraction from HTML pages, plus embedded related and feed articles.
 *
 * <p>Data flow in {@link org.dossier.extract.html.HtmlPageExtractor}: {@code PageParser} (bytes to a
 * jsoup document, charset sniffed by jsoup) → {@code MetadataReader} (JSON-LD, meta tags, markup) →
 * {@code DomCleaner.light} → {@code Segmenter} (RELATED and FEED candidates) → {@code MainText}, a
 * cascade: {@code DomCleaner.full} + {@code ContentScorer} + {@code SectionCutter} +
 * {@code ParagraphWriter}, then a relaxed re-run without class hints, then the JSON-LD
 * {@code articleBody}, then every prose paragraph, each step only when the one before fell short. The
 * scorer widens its pick over wrappers and mostly-prose parents and joins sibling blocks of the same layout
 * kind (page builders split one article over many); {@code ContentBlocks} names the blocks that no wrapper
 * class can drop (data tables, quoted posts).
 *
 * <p>To extend: boilerplate class names, headings and sentences go in {@code boilerplate.txt} (one regex
 * a line, per section); thresholds live in {@code Heuristics}, each with a comment; a page that goes
 * wrong becomes a fixture ({@code src/test/resources/.../fixtures/NAME.html} with {@code NAME.expect}).
 * Re-run {@code score.py} on the dev splits after any change to either.
 */
package org.dossier.extract.html;
