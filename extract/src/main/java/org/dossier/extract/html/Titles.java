package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main headline by agreement among the page's title sources: JSON-LD {@code headline}, {@code og:title},
 * {@code twitter:title} and other title metas, the document {@code <title>} and the visible headings. A
 * visible heading wins when some other source agrees with it (the same words, one a truncation of the
 * other, or a run of the {@code <title>}'s separated parts, "Headline | Section | Site"); so a section
 * name, site name or list name in an {@code <h1>} never wins on its own. Without agreement the
 * metadata title comes first, then the {@code <title>} without its site-name parts, then the headline-like
 * line just above the first paragraph of prose.
 */
final class Titles {
  /** The chosen headline and the page element that shows it (null when none does). */
  record Choice(String title, Element headline) {}

  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00B7\u2022\u00BB/]{1,2}\\s+");
  private static final java.util.Set<String> HEADING_TAGS = java.util.Set.of("h2", "h3", "div", "span", "p", "a", "font",
      "b", "strong", "header");
  /** Shortest share of the longer title that a truncated title must keep to agree with it. */
  private static final double MIN_PREFIX_SHARE = 0.6;
  private static final int MAX_HEADINGS = 40;
  private static final int MAX_TITLE_CHARS = 400;
  private static final int MIN_HEADLINE_WORDS = 4;
  private static final int MAX_HEADLINE_WORDS = 40;

  private Titles() {}

  /**
   * @param metaTitles the metadata titles, most trusted first (nulls allowed)
   * @param siteNames names the site goes by (outlet, host labels), stripped from the ends of titles
   */
  static Choice choose(Document doc, List<String> metaTitles, List<String> siteNames) {
    List<String> metas = new ArrayList<>();
    for (String t : metaTitles) if (usable(t, siteNames)) metas.add(t.strip());
    String docTitle = usable(doc.title(), siteNames) ? doc.title().strip() : null;
    List<List<String>> others = new ArrayList<>();
    for (String m : metas) others.add(runs(m));
    if (docTitle != null) others.add(runs(docTitle));
    for (Element h : headings(doc)) {
      String text = h.text().strip();
      if (!usable(text, siteNames)) continue;
      List<String> mine = runs(text);
      for (List<String> o : others) if (agree(mine, o)) return new Choice(text, h);
    }
    String meta = bestMeta(metas, docTitle, siteNames);
    if (meta != null) return new Choice(meta, shownAt(doc, meta));
    String stripped = docTitle == null ? null : stripSite(docTitle, siteNames);
    Element above = HeadlineAbove.find(doc);
    if (above != null && (docTitle == null || !oneHeadline(docTitle) || agree(above.text(), stripped))) {
      return new Choice(above.text().strip(), above);
    }
    return new Choice(stripped, stripped == null ? null : shownAt(doc, stripped));
  }

  /** A title that is one headline-long part, not "Site - Section" parts, which name no article. */
  private static boolean oneHeadline(String title) {
    String[] parts = SEPARATOR.split(title.strip());
    return parts.length == 1 && words(title) > MIN_HEADLINE_WORDS;
  }

  /** The metadata title most others agree with (ties: the more trusted), without site-name parts. */
  private static String bestMeta(List<String> metas, String docTitle, List<String> siteNames) {
    String best = null;
    int bestVotes = -1;
    for (String m : metas) {
      int votes = 0;
      for (String o : metas) if (o != m && agree(m, o)) votes++;
      if (docTitle != null && agree(m, docTitle)) votes++;
      if (votes > bestVotes) {
        best = m;
        bestVotes = votes;
      }
    }
    return best == null ? null : stripSite(best, siteNames);
  }

  private static List<Element> headings(Document doc) {
    List<Element> h1s = new ArrayList<>();
    List<Element> hinted = new ArrayList<>();
    if (doc.body() == null) return h1s;
    for (Element e : doc.body().getAllElements()) {
      if (isH1(e)) {
        if (h1s.size() < MAX_HEADINGS) h1s.add(e);
      } else if (hinted.size() < MAX_HEADINGS && !e.className().isEmpty() && HEADING_TAGS.contains(e.normalName())
          && headingClass(e.className().toLowerCase(Locale.ROOT))) {
        hinted.add(e);
      }
    }
    h1s.addAll(hinted); // h1 first, then marked headings, each in page order
    return h1s;
  }

  private static boolean headingClass(String c) {
    return c.contains("headline") || c.contains("title") || c.contains("heading");
  }

  private static boolean isH1(Element e) {
    return e.normalName().equals("h1") || "headline".equals(e.attr("itemprop"));
  }

  /** The first heading-like element showing {@code title}, or null. */
  private static Element shownAt(Document doc, String title) {
    for (Element h : headings(doc)) if (agree(h.text(), title)) return h;
    return null;
  }

  private static boolean usable(String t, List<String> siteNames) {
    if (t == null || t.isBlank() || t.length() > MAX_TITLE_CHARS) return false;
    String k = key(t);
    if (k.isEmpty()) return false;
    for (String s : siteNames) if (s != null && key(s).equals(k)) return false;
    return true;
  }

  /**
   * Whether two titles give the same headline: equal words, one a truncation of the other, or one equal to
   * a run of the other's separated parts.
   */
  static boolean agree(String a, String b) {
    return agree(runs(a), runs(b));
  }

  private static boolean agree(List<String> a, List<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (x.isEmpty() || y.isEmpty()) continue;
        if (x.equals(y)) return true;
        String shorter = x.length() < y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (longer.startsWith(shorter) && shorter.length() >= longer.length() * MIN_PREFIX_SHARE) return true;
      }
    }
    return false;
  }

  /**
   * The keys of the title and of each run of its parts that holds its longest part (the headline; the
   * others are section and site names, which never agree on their own).
   */
  private static List<String> runs(String t) {
    List<String> parts = List.of(SEPARATOR.split(t.strip()));
    List<String> out = new ArrayList<>();
    out.add(key(t));
    int n = Math.min(parts.size(), 6);
    int longest = 0;
    for (int i = 1; i < n; i++) if (parts.get(i).length() > parts.get(longest).length()) longest = i;
    for (int i = 0; i <= longest; i++) {
      for (int j = longest + 1; j <= n; j++) {
        if (i > 0 || j < n) out.add(key(String.join(" ", parts.subList(i, j))));
      }
    }
    return out;
  }

  /** "Headline | Section | Site" gives "Headline | Section" without the site's name; a known site's either end. */
  static String stripSite(String title, List<String> siteNames) {
    List<String> parts = new ArrayList<>(List.of(SEPARATOR.split(title.strip())));
    boolean cut = true;
    while (parts.size() > 1 && cut) {
      cut = false;
      if (isSite(parts.get(parts.size() - 1), siteNames)) {
        parts.remove(parts.size() - 1);
        cut = true;
      } else if (isSite(parts.get(0), siteNames)) {
        parts.remove(0);
        cut = true;
      }
    }
    if (parts.size() == List.of(SEPARATOR.split(title.strip())).size()) return title.strip();
    String first = parts.get(0);
    int at = title.indexOf(first);
    String last = parts.get(parts.size() - 1);
    int end = title.lastIndexOf(last) + last.length();
    return at >= 0 && end > at ? title.substring(at, end).strip() : String.join(" - ", parts);
  }

  private static boolean isSite(String part, List<String> siteNames) {
    String k = key(part);
    if (k.isEmpty()) return true;
    for (String s : siteNames) {
      if (s == null) continue;
      String sk = key(s);
      if (!sk.isEmpty() && (k.equals(sk) || (k.startsWith(sk) && sk.length() * 2 >= k.length()))) return true;
    }
    return org.dossier.extract.meta.Outlets.standard().canonical(part) != null;
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** Lower-case letters and digits only. */
  static String key(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
    return b.toString();
  }

  static boolean headlineShaped(String s) {
    int w = words(s);
    return w >= MIN_HEADLINE_WORDS && w <= MAX_HEADLINE_WORDS;
  }
}
