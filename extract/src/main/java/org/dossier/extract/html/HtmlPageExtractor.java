package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.core.model.Article;
import org.dossier.core.model.Ids;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.Extractor;
import org.dossier.core.pipeline.PageProblem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cuts an HTML page into its main article and any embedded related or feed articles. The main text
 * comes from a cascade (see {@link MainText}); metadata from {@link MetadataReader}; embedded articles
 * from {@link Segmenter}, kept only when they share no paragraph with the main article. Thread-safe.
 */
public final class HtmlPageExtractor implements Extractor {
  private final DomCleaner cleaner;
  private final Segmenter segmenter;
  private final MainText mainText;

  public HtmlPageExtractor() {
    Patterns patterns = Patterns.standard();
    ParagraphWriter writer = new ParagraphWriter(patterns);
    this.cleaner = new DomCleaner(patterns);
    this.segmenter = new Segmenter(writer);
    this.mainText = new MainText(patterns, cleaner, writer);
  }

  @Override
  public List<Article> extract(RawPage page) throws PageProblem {
    if (page.bytes().length == 0) return List.of();
    Document doc = PageParser.parse(page);
    PageMetadata meta = MetadataReader.read(doc, page.provenance().targetUri());
    Element body = doc.body();
    cleaner.light(body);
    List<Segment> segments = segmenter.find(body);
    List<String> main = mainText.extract(page, doc, meta);
    List<Article> out = new ArrayList<>();
    if (!main.isEmpty()) {
      out.add(Article.of(Ids.article(page.name(), Role.MAIN, 0), page.name(), Role.MAIN, meta.outlet(), meta.url(),
          meta.title(), meta.authors(), meta.published(), null, main));
    }
    addSegments(page, segments, main, meta, out);
    return out;
  }

  /** Embedded articles that repeat none of the main article's paragraphs or its headline. */
  private static void addSegments(RawPage page, List<Segment> segments, List<String> main, PageMetadata meta,
      List<Article> out) {
    Set<String> seen = new HashSet<>(main);
    int related = 0;
    int feed = 0;
    for (Segment s : segments) {
      if (s.paragraphs().stream().anyMatch(seen::contains)) continue;
      if (s.title() != null && s.title().equalsIgnoreCase(String.valueOf(meta.title()))) continue;
      seen.addAll(s.paragraphs());
      int ordinal = s.role() == Role.RELATED ? related++ : feed++;
      out.add(Article.of(Ids.article(page.name(), s.role(), ordinal), page.name(), s.role(), null, s.url(), s.title(),
          List.of(), s.published(), null, s.paragraphs()));
    }
  }
}
