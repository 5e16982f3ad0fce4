/**
 * Articles from plain-text dumps of rendered news pages (one visual line per line, an optional leading
 * {@code " date YYYY-MM-DD"}).
 *
 * <p>The flow is {@link org.dossier.extract.text.TextPageExtractor} → {@code LineClassifier} (one
 * {@code LineClass} per line: chrome, label, stamp, outlet, byline, caption, title, body) →
 * {@code Segmenter} (lines into {@code Block}s: a head of headline/source/stamp/byline lines, body lines,
 * an optional closing byline, the section a label opened) → {@code ArticleAssembler} (the main article,
 * subheaded sections folded back into it, related embeds and feed items, with fields read by
 * {@code BlockMeta}).
 *
 * <p>To extend: new chrome phrases, captions credits, appended tails or author-bio shapes go in
 * {@code chrome.txt}; section headings in {@code meta/section-labels.txt}; thresholds in {@code TextRules}. Date,
 * byline, dateline and outlet knowledge lives in {@link org.dossier.extract.meta}. Add a fixture page and
 * its {@code .expect} file under the test resources for every new layout.
 */
package org.dossier.extract.text;
