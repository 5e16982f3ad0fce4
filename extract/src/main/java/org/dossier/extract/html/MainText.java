package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.PageProblem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main article's paragraphs, from a cascade where each step runs only when the one before fell
 * short (see {@link Heuristics#MIN_MAIN_CHARS}): (1) scoring after full chrome removal, (2) scoring on
 * the lightly cleaned page without class hints, (3) the JSON-LD {@code articleBody}, (4) every prose
 * paragraph of the page. A JSON-LD body much longer than the DOM result also replaces it.
 */
final class MainText {
  private final DomCleaner cleaner;
  private final ParagraphWriter writer;
  private final ContentScorer strict;
  private final ContentScorer relaxed;
  private final SectionCutter cutter;

  MainText(Patterns patterns, DomCleaner cleaner, ParagraphWriter writer) {
    this.cleaner = cleaner;
    this.writer = writer;
    this.strict = new ContentScorer(patterns, true);
    this.relaxed = new ContentScorer(patterns, false);
    this.cutter = new SectionCutter(patterns);
  }

  /**
   * Runs the cascade; {@code doc} is already lightly cleaned and is modified. {@code prune} takes out of a
   * freshly parsed and lightly cleaned body what is no part of the main article (the embedded articles).
   */
  List<String> extract(RawPage page, Document doc, PageMetadata meta, Consumer<Element> prune) throws PageProblem {
    cleaner.full(doc.body());
    List<String> best = scored(doc.body(), strict, meta);
    if (sufficient(best, meta)) return best;
    Document again = PageParser.parse(page);
    cleaner.light(again.body());
    prune.accept(again.body());
    best = better(best, scored(again.body(), relaxed, meta));
    if (sufficient(best, meta)) return best;
    best = better(best, jsonBody(meta));
    if (sufficient(best, meta)) return best;
    return better(best, allProse(again.body(), meta));
  }

  private List<String> scored(Element body, ContentScorer scorer, PageMetadata meta) {
    NodeStats stats = NodeStats.of(body);
    List<Element> content = scorer.content(body, stats);
    if (content.isEmpty()) return List.of();
    cutter.cut(content, stats);
    return writer.write(content, stats, meta.title());
  }

  private static List<String> jsonBody(PageMetadata meta) {
    if (meta.jsonBody() == null) return List.of();
    List<String> out = new ArrayList<>();
    for (String p : meta.jsonBody().split("\\s*\\n\\s*")) if (!p.isBlank()) out.add(p.strip());
    return out;
  }

  /** The baseline: every block of prose on the page, in order. */
  private List<String> allProse(Element body, PageMetadata meta) {
    NodeStats stats = NodeStats.of(body);
    List<Element> blocks = new ArrayList<>();
    for (Element e : body.select("p, pre, blockquote")) {
      if (stats.text(e) >= Heuristics.MIN_VOTING_BLOCK && stats.linkDensity(e) <= Heuristics.MAX_VOTING_LINK_DENSITY
          && (blocks.isEmpty() || !isInside(e, blocks.get(blocks.size() - 1)))) {
        blocks.add(e);
      }
    }
    return writer.write(blocks, stats, meta.title());
  }

  private static boolean isInside(Element e, Element container) {
    for (Element p = e.parent(); p != null; p = p.parent()) if (p == container) return true;
    return false;
  }

  private static boolean sufficient(List<String> paragraphs, PageMetadata meta) {
    int chars = length(paragraphs);
    if (chars < Heuristics.MIN_MAIN_CHARS) return false;
    return meta.jsonBody() == null || chars >= meta.jsonBody().length() * Heuristics.JSON_BODY_PREFERRED_BELOW;
  }

  private static List<String> better(List<String> current, List<String> candidate) {
    return length(candidate) > length(current) ? candidate : current;
  }

  static int length(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) n += p.length();
    return n;
  }
}
