package org.dossier.extract.html;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline of a page that marks none: the emphasised, headline-shaped line (a heading, bold or large
 * type) just above the first paragraph of prose, skipping bylines, captions and section labels on the way.
 * Old table-layout pages set their headline this way.
 */
final class HeadlineAbove {
  /** A paragraph this long is prose, and the article starts there. */
  private static final int MIN_PROSE_CHARS = 150;
  /** Elements looked at above the first paragraph. */
  private static final int MAX_BACK = 60;
  private static final Set<String> EMPHASIS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "font");
  private static final Pattern HEADING_CLASS = Pattern.compile("(?i)headline|title|heading");
  /** Sentences inside or at the end: a caption or a standfirst, not a headline. */
  private static final Pattern SENTENCE = Pattern.compile("[.!?]\\s+\\S|[.)]$");
  private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|written by|edited by|reporting by)\\s");

  private HeadlineAbove() {}

  static Element find(Document doc) {
    if (doc.body() == null) return null;
    Element first = null;
    for (Element p : doc.body().select("p")) {
      if (p.text().length() >= MIN_PROSE_CHARS) {
        first = p;
        break;
      }
    }
    if (first == null) return null;
    List<Element> all = doc.body().getAllElements();
    int at = all.indexOf(first);
    for (int k = at - 1; k >= 0 && k >= at - MAX_BACK; k--) {
      Element e = all.get(k);
      if (first.parents().contains(e)) continue;
      if (!EMPHASIS.contains(e.normalName()) && !HEADING_CLASS.matcher(e.className()).find()) continue;
      String t = e.text().strip();
      if (Titles.headlineShaped(t) && !SENTENCE.matcher(t).find() && !BYLINE.matcher(t).find()
          && !t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
        return e;
      }
    }
    return null;
  }
}
