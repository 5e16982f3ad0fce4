package org.dossier.extract.html;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.core.model.Article;
import org.dossier.core.model.Ids;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.ExtractResult;
import org.dossier.core.pipeline.Extractor;
import org.dossier.core.pipeline.Outcome;
import org.dossier.core.pipeline.PageProblem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cuts an HTML page into its main article and the related and feed articles it carries. Metadata comes
 * from {@link MetadataReader}; the embedded articles from {@link Segmenter}, which also names the main
 * article's own unit; they are taken out of the page before the main text is read (see {@link MainText}),
 * so a live blog's entries or a sidebar's teasers never run into the main text. Thread-safe.
 */
public final class HtmlPageExtractor implements Extractor {
  private final DomCleaner cleaner;
  private final Segmenter segmenter;
  private final MainText mainText;

  public HtmlPageExtractor() {
    Patterns patterns = Patterns.standard();
    ParagraphWriter writer = new ParagraphWriter(patterns);
    this.cleaner = new DomCleaner(patterns);
    this.segmenter = new Segmenter(patterns, writer);
    this.mainText = new MainText(patterns, cleaner, writer);
  }

  @Override
  public List<Article> extract(RawPage page) throws PageProblem {
    return extractNoting(page).articles();
  }

  @Override
  public ExtractResult extractNoting(RawPage page) throws PageProblem {
    if (page.bytes().length == 0) return new ExtractResult(List.of(), List.of());
    Document doc = PageParser.parse(page);
    PageMetadata meta = MetadataReader.read(doc, page.provenance().targetUri());
    Element body = doc.body();
    Element pageTime = body.selectFirst(PageDate.PAGE_TIME);
    cleaner.light(body);
    PartialDate fetched = page.provenance().fetched() == null ? null
        : PartialDate.of(page.provenance().fetched().atOffset(ZoneOffset.UTC).toLocalDateTime());
    Segmenter.Segmentation seg = segmenter.find(body, meta, pageTime, fetched);
    seg.parts().forEach(Element::remove);
    List<String> main = mainText.extract(page, doc, meta,
        b -> segmenter.find(b, meta, null, fetched).parts().forEach(Element::remove));
    List<Article> out = new ArrayList<>();
    String title = title(meta, seg);
    main = withoutSegments(main, seg.segments(), title);
    if (seg.main() != null && MainText.length(main) < Heuristics.MIN_MAIN_CHARS
        && seg.main().bodyChars() > MainText.length(main)) {
      // a page of key points and entries: the points are the main text
      main = withoutSegments(segmenter.clean(seg.main().body()), seg.segments(), title);
    }
    if (!main.isEmpty()) {
      out.add(Article.of(Ids.article(page.name(), Role.MAIN, 0), page.name(), Role.MAIN, meta.outlet(), meta.url(),
          title, authors(meta, seg), seg.published(), null, main));
    }
    addSegments(page, seg.segments(), out);
    List<Outcome> notes = seg.capped() ? List.of(Outcome.warning(page.name(), "extract", "capped",
        "kept " + seg.segments().size() + " of " + seg.found() + " embedded articles")) : List.of();
    return new ExtractResult(out, notes);
  }

  private static String title(PageMetadata meta, Segmenter.Segmentation seg) {
    if (!seg.titleFromUnit() || seg.main() == null) return meta.title();
    return meta.title() != null && MainUnit.sameTitle(meta.title(), seg.main().title()) ? meta.title() : seg.main().title();
  }

  /** The page's authors, with no byline of an embedded article. */
  private static List<String> authors(PageMetadata meta, Segmenter.Segmentation seg) {
    return meta.authors().outside(seg.parts().isEmpty() ? Set.of() : Set.copyOf(seg.parts()));
  }

  /**
   * The main text without paragraphs that belong to an embedded article (a fallback step may read them)
   * and without its own headline, when that came from its unit rather than the page's title.
   */
  private static List<String> withoutSegments(List<String> main, List<Segment> segments, String title) {
    Set<String> theirs = new HashSet<>();
    for (Segment s : segments) theirs.addAll(s.paragraphs());
    String key = title == null ? "" : UnitReader.key(title);
    List<String> out = new ArrayList<>(main);
    out.removeIf(p -> theirs.contains(p) || (!key.isEmpty() && UnitReader.sameText(p, title, key)));
    return out;
  }

  private static void addSegments(RawPage page, List<Segment> segments, List<Article> out) {
    int related = 0;
    int feed = 0;
    for (Segment s : segments) {
      int ordinal = s.role() == Role.RELATED ? related++ : feed++;
      out.add(Article.of(Ids.article(page.name(), s.role(), ordinal), page.name(), s.role(), s.outlet(), s.url(),
          s.title(), s.authors(), s.published(), null, s.paragraphs()));
    }
  }
}
