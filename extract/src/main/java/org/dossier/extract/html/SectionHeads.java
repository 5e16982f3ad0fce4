package org.dossier.extract.html;

import org.dossier.extract.meta.SectionLabels;
import org.jsoup.nodes.Element;

/**
 * The label a unit sits under ("Latest news", "From our partners"): a label line inside the unit before its
 * headline, else the nearest short heading-like sibling before the unit or one of its containers. An
 * unknown heading ends the search: the unit is in a section of its own. Stateless.
 */
final class SectionHeads {
  /** Containers above the unit searched for a label. */
  private static final int MAX_LEVELS = 8;
  /** Siblings looked at before each container. */
  private static final int MAX_SIBLINGS = 30;
  /** A label is a short line. */
  private static final int MAX_LABEL_CHARS = 60;

  private SectionHeads() {}

  /** What the unit's section label announces, or null when there is none or it is unknown. */
  static SectionLabels.Kind kind(Units.Unit u, Element body, NodeStats stats) {
    for (PageLines.Line l : u.lines()) {
      if (l.index() >= u.headline().index()) break;
      SectionLabels.Kind k = SectionLabels.of(l.text());
      if (k != null) return k;
    }
    Element a = u.parts().get(0);
    for (int level = 0; a != null && a != body && level < MAX_LEVELS; a = a.parent(), level++) {
      int seen = 0;
      for (Element s = a.previousElementSibling(); s != null && seen < MAX_SIBLINGS;
          s = s.previousElementSibling(), seen++) {
        int chars = stats.text(s);
        if (chars == 0 || chars > MAX_LABEL_CHARS) continue;
        String text = s.text();
        SectionLabels.Kind k = SectionLabels.of(text);
        if (k != null) return k;
        if (headingLike(s)) return null;
      }
    }
    return null;
  }

  private static boolean headingLike(Element s) {
    if (Tags.HEADINGS.contains(s.normalName())) return true;
    return s.selectFirst("h1, h2, h3, h4, h5, h6, b, strong") != null;
  }
}
