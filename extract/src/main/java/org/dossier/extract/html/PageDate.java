package org.dossier.extract.html;

import java.util.Set;
import org.dossier.core.model.PartialDate;
import org.jsoup.nodes.Element;

/**
 * The page's own date. The metadata reader's date stands, unless it was read off a {@code <time>} inside
 * an embedded article (a sidebar item's stamp): then the main unit's stamp counts, else the first time
 * outside the embedded articles, else a date in the URL. A page with no date of its own takes the main
 * unit's stamp ("Thursday 31 October 2024" above a live page). Stateless.
 */
final class PageDate {
  /** The {@code <time>} elements the metadata reader may date a page by, best first (as it reads them). */
  static final String PAGE_TIME = "article time[datetime], time[pubdate], time[datetime]";

  private PageDate() {}

  static PartialDate of(PageMetadata meta, UnitFacts main, Element pageTime, Set<Element> embedded, Element body) {
    PartialDate own = main == null ? null : main.published(null, null);
    boolean borrowed = meta.published() != null && pageTime != null && inside(pageTime, embedded)
        && meta.published().equals(DateParsing.parse(pageTime.attr("datetime")));
    if (!borrowed) return meta.published() != null ? meta.published() : own;
    if (own != null) return own;
    for (Element t : body.select(PageDate.PAGE_TIME)) {
      PartialDate d = DateParsing.parse(t.attr("datetime"));
      if (d != null && !inside(t, embedded)) return d;
    }
    return DateParsing.fromUrl(meta.url());
  }

  private static boolean inside(Element e, Set<Element> parts) {
    for (Element p = e; p != null; p = p.parent()) if (parts.contains(p)) return true;
    return false;
  }
}
