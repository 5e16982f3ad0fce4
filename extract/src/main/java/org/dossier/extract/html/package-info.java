/**
 * Main-article extraction from HTML pages, plus embedded related and feed articles.
 *
 * <p>Data flow in {@link org.dossier.extract.html.HtmlPageExtractor}: {@code PageParser} (bytes to a
 * jsoup document, decoded by {@code Decoding.html}: the bytes win over a label that does not fit them) →
 * {@code MetadataReader} (JSON-LD, meta tags, the URL and the visible header) →
 * {@code DomCleaner.light} → {@code Segmenter} (the embedded articles, which are then taken out of the
 * page) → {@code MainText}, a
 * cascade: {@code DomCleaner.full} + {@code ContentScorer} + {@code SectionCutter} +
 * {@code ParagraphWriter}, then a relaxed re-run without class hints, then the JSON-LD
 * {@code articleBody}, then every prose paragraph, each step only when the one before fell short. The
 * scorer widens its pick over wrappers and mostly-prose parents and joins sibling blocks of the same layout
 * kind (page builders split one article over many); {@code ContentBlocks} names the blocks that no wrapper
 * class can drop (data tables, quoted posts).
 *
 * <p>Metadata: {@code Titles} picks the headline by agreement among JSON-LD, og/twitter titles, the
 * {@code <title>} and visible headings (a heading wins only when another source agrees, so a section or
 * site name in an {@code <h1>} never does; {@code HeadlineAbove} serves pages that mark none); the
 * headline anchors {@code HeaderZone}, the visible bylines and stamps around it (teasers, comments and
 * other {@code <article>}s skipped); {@code PublishedDate} reconciles the machine instant with the
 * printed stamp (the printed clock and day win, updates never count); {@code OutletName} takes a known
 * news domain ({@code meta/domains.tsv}), else the site's own name unless it is a URL or host label,
 * and on aggregators the credited provider. {@code MainAuthors} decides the main article's authors once the
 * embedded articles are known (declared persons, else the zone's bylines outside the embedded articles); it
 * and the embedded articles' bylines keep person names only ({@code meta/AuthorNames}, with the site's names).
 *
 * <p>Segmentation goes by structure, never by site. {@code PageLines} reads the page as the lines a reader
 * sees, with what their markup says (heading, link, bold, {@code <time>}, caption, byline class);
 * {@code Units} takes every headline-shaped heading, link or bold line and the largest container around it
 * that holds no other headline and opens with it; {@code UnitReader} reads each unit's stamp ({@code
 * <time>}, stamp lines, compact ages via {@code Ages}, days without a year), outlet (a source line, a
 * source beside a stamp), bylines ({@code byline-forms.txt} beside {@code meta/bylines.txt}) and body
 * ({@code UnitFacts}). A unit with a body and a stamp, outlet or byline is an article; {@code MainUnit}
 * names the main article's unit (the title's, the h1's, else the leading one; a newsletter of equal
 * stories leads with its first), {@code SectionHeads} the label a unit sits under ("Latest" makes it a
 * feed item, as does a time of day), {@code PageDate} the page's date that times of day take. At most
 * {@code Heuristics.MAX_SEGMENTS} embedded articles are kept; the extractor then warns ({@code
 * extract/capped}).
 *
 * <p>To extend: boilerplate class names, headings and sentences go in {@code boilerplate.txt} (one regex
 * a line, per section); thresholds live in {@code Heuristics}, each with a comment; a page that goes
 * wrong becomes a fixture ({@code src/test/resources/.../fixtures/NAME.html} with {@code NAME.expect}).
 * Re-run {@code score.py} on the dev splits after any change to either.
 */
package org.dossier.extract.html;
