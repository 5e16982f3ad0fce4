package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Removes chrome sections that sit inside the chosen content and announce themselves with a heading
 * ("Related stories", "About the author", "Comments"): the heading's own small container when it has
 * one, otherwise the heading and the siblings after it up to the next heading.
 */
final class SectionCutter {
  private final Patterns patterns;

  SectionCutter(Patterns patterns) {
    this.patterns = patterns;
  }

  void cut(List<Element> content, NodeStats stats) {
    for (Element root : content) {
      int rootProse = stats.prose(root);
      for (Element h : root.select("h1, h2, h3, h4, h5, h6, [role=heading]")) {
        if (h.parent() == null || !patterns.isChromeHeading(h.text())) continue;
        Element box = section(h, root, stats, rootProse);
        if (box != null) box.remove();
        else removeFollowing(h);
      }
    }
  }

  /** The largest container above the heading that starts with it and holds little of the prose. */
  private static Element section(Element h, Element root, NodeStats stats, int rootProse) {
    Element box = null;
    for (Element e = h; e.parent() != null && e.parent() != root; e = e.parent()) {
      Element p = e.parent();
      if (p.firstElementChild() != e || stats.prose(p) > rootProse * Heuristics.MAX_CUT_SECTION_SHARE) break;
      box = p;
    }
    return box;
  }

  private static void removeFollowing(Element h) {
    List<Element> doomed = new ArrayList<>();
    doomed.add(h);
    for (Element s = h.nextElementSibling(); s != null && !Tags.HEADINGS.contains(s.normalName()); s = s.nextElementSibling()) {
      doomed.add(s);
    }
    doomed.forEach(Element::remove);
  }
}
