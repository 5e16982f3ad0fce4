package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.extract.meta.Outlets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible bylines and time stamps of the main article: short elements near its headline that are
 * marked as such (class, id, itemprop or rel naming an author or a date, {@code <time>}) or that read as a
 * byline ("By Jane Roe", "Edited by ..."). Teaser lists, comments, navigation and footers are skipped, so
 * their bylines and stamps never stand for the article's.
 *
 * @param bylines bylines in page order
 * @param stamps time stamps in page order
 */
record HeaderZone(List<Shown> bylines, List<Stamp> stamps) {
  /**
   * A visible byline.
   *
   * @param text its text, line breaks kept as newlines
   * @param at the element that shows it (an embedded article's byline is no byline of the page's)
   */
  record Shown(String text, Element at) {}

  /**
   * A visible time stamp.
   *
   * @param text the stamp as shown
   * @param machine its {@code datetime} attribute, or null
   * @param updated true when the page labels it an update ("Updated ...", class "modified")
   */
  record Stamp(String text, String machine, boolean updated) {}

  /** Elements looked at before and after the headline. */
  private static final int BEFORE = 150;
  private static final int AFTER = 250;
  /** Without a headline: elements looked at from the top of the article or page. */
  private static final int FROM_TOP = 500;
  private static final int MAX_BYLINE_CHARS = 200;
  /** A paragraph this long is the article's prose: bylines end before it. */
  private static final int PROSE_CHARS = 150;
  private static final int MAX_STAMP_CHARS = 100;
  private static final int MAX_EACH = 8;
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final String[] AUTHOR_HINT = {"byline", "author", "writer", "contributor", "creator", "reporter"};
  private static final String[] AUTHOR_NOT = {"avatar", "image", "img", "photo", "thumb", "bio", "descr", "comment",
      "social", "share", "follow", "date", "time"};
  private static final String[] DATE_HINT = {"date", "time", "publish", "posted", "updated", "modified", "stamp"};
  private static final Pattern DATE_NOT = Pattern.compile("update-?s\\b|picker|timeline|runtime|read-?time|duration");
  private static final Pattern UPDATED = Pattern.compile("updated|modified|last edited|aktualisiert|mis à jour");
  private static final Pattern BYLINE_TEXT = Pattern.compile("(?i)^(?:by|written by|edited by|reporting by|words by"
      + "|story by|von|par|por|door)\\s+\\p{Lu}");
  private static final Pattern BYLINE_START = Pattern.compile("(?i)(?:by|written|edited|reporting|words|story|von|par"
      + "|por|door)\\b");
  private static final String[] ELSEWHERE = {"related", "recommend", "comment", "sidebar", "footer", "promo", "teaser",
      "popular", "trending", "newsletter", "more-stories", "most-read", "outbrain", "taboola", "widget", "rail"};
  private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "li", "h1", "h2", "h3", "h4",
      "h5", "h6", "tr", "td", "address", "figure", "section", "header", "ul", "ol", "dd", "dt", "table", "br");

  HeaderZone {
    bylines = List.copyOf(bylines);
    stamps = List.copyOf(stamps);
  }

  static HeaderZone read(Document doc, Element headline) {
    List<Shown> bylines = new ArrayList<>();
    List<Stamp> stamps = new ArrayList<>();
    if (doc.body() == null) return new HeaderZone(bylines, stamps);
    List<Element> all = doc.body().getAllElements();
    int from = 0;
    int to = Math.min(all.size(), FROM_TOP);
    int at = headline == null ? -1 : all.indexOf(headline);
    if (at >= 0) {
      from = Math.max(0, at - BEFORE);
      to = Math.min(all.size(), at + AFTER);
    }
    boolean bylinesDone = false;
    boolean prose = false;
    for (int i = from; i < to && (bylines.size() < MAX_EACH || stamps.size() < MAX_EACH); i++) {
      Element e = all.get(i);
      if (e.normalName().equals("p") && (at < 0 || i > at) && e.text().length() >= PROSE_CHARS) {
        prose = true;
        bylinesDone = !bylines.isEmpty();
      }
      String hints = hints(e);
      boolean byline = !bylinesDone && isByline(e, hints);
      boolean stamp = !byline && isStamp(e, hints, prose);
      if ((!byline && !stamp) || elsewhere(e, headline)) continue;
      String text = lines(e);
      if (byline && text.length() <= MAX_BYLINE_CHARS && bylines.size() < MAX_EACH) bylines.add(new Shown(text, e));
      if (stamp && stamps.size() < MAX_EACH) {
        String machine = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
        boolean updated = UPDATED.matcher(hints).find() || updatedLabel(text);
        stamps.add(new Stamp(text.replace('\n', ' ').strip(), machine.isBlank() ? null : machine, updated));
      }
    }
    return new HeaderZone(bylines, stamps);
  }

  private static boolean isByline(Element e, String hints) {
    if (!hints.isEmpty() && any(hints, AUTHOR_HINT) && !any(hints, AUTHOR_NOT)) {
      return !e.text().isBlank();
    }
    if (e.normalName().equals("a") || !BYLINE_START.matcher(firstText(e)).lookingAt()) return false;
    String text = e.text();
    return text.length() <= MAX_BYLINE_CHARS && BYLINE_TEXT.matcher(text).find()
        && e.children().stream().noneMatch(c -> c.text().equals(text));
  }

  /** The first text inside an element, found without reading the rest (a cheap test for "By ..."). */
  private static String firstText(Element e) {
    Node n = e;
    for (int depth = 0; n != null && depth < 6; depth++) {
      if (n instanceof TextNode t) {
        if (!t.isBlank()) return t.text().stripLeading();
        n = t.nextSibling();
        depth--;
        continue;
      }
      n = n.childNodeSize() > 0 ? n.childNode(0) : null;
    }
    return "";
  }

  /** A time element, an element marked as a date, or (above the prose) a line that is only a date. */
  private static boolean isStamp(Element e, String hints, boolean belowProse) {
    if (e.normalName().equals("time")) return true;
    if (belowProse || !ownDigit(e)) return hinted(e, hints);
    String own = e.ownText();
    if (own.length() >= 8 && own.length() <= MAX_STAMP_CHARS && YEAR.matcher(own).find()) {
      org.dossier.extract.meta.Stamp s = org.dossier.extract.meta.Stamp.parse(own, Outlets.standard());
      if (s != null && s.date() != null) return true; // a line that is only a date ("Thursday, March 13, 2025")
    }
    return hinted(e, hints);
  }

  /** An element marked as a date by its class, id or itemprop, with a short text holding a digit. */
  private static boolean hinted(Element e, String hints) {
    if (hints.isEmpty() || !any(hints, DATE_HINT) || DATE_NOT.matcher(hints).find()) return false;
    String text = e.text();
    return text.length() >= 4 && text.length() <= MAX_STAMP_CHARS && text.chars().anyMatch(Character::isDigit);
  }

  /** Whether a text node directly inside the element holds a digit (cheaper than building its own text). */
  private static boolean ownDigit(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        String w = t.getWholeText();
        for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
      }
    }
    return false;
  }

  /** "Updated 4 June 2025" and "Last modified: ..." label an update; "Published ... Updated ..." does not. */
  private static boolean updatedLabel(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    java.util.regex.Matcher m = UPDATED.matcher(lower);
    if (!m.find()) return false;
    int digit = -1;
    for (int i = 0; i < lower.length(); i++) {
      if (Character.isDigit(lower.charAt(i))) {
        digit = i;
        break;
      }
    }
    return digit < 0 || m.start() < digit;
  }

  private static boolean any(String hints, String[] words) {
    for (String w : words) if (hints.contains(w)) return true;
    return false;
  }

  /** The element's class, id, itemprop and rel in lower case; "" when it has none (most elements). */
  private static String hints(Element e) {
    if (e.attributesSize() == 0) return "";
    String h = (e.className() + " " + e.id() + " " + e.attr("itemprop") + " " + e.attr("rel")).strip();
    return h.toLowerCase(Locale.ROOT);
  }

  /** Inside a teaser list, comment thread, navigation, footer, or another article than the headline's. */
  private static boolean elsewhere(Element e, Element headline) {
    for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside")) return true;
      if (tag.equals("article") && headline != null && !headline.parents().contains(p) && p != headline) return true;
      String hints = hints(p);
      if (!hints.isEmpty() && any(hints, ELSEWHERE)) return true;
    }
    return false;
  }

  /** The element's text with line breaks where the page breaks lines (br, blocks). */
  static String lines(Element e) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) b.append(t.text());
        else if (node instanceof Element el && BLOCKS.contains(el.normalName())) b.append('\n');
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element el && BLOCKS.contains(el.normalName())) b.append('\n');
      }
    }, e);
    return b.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n[\\n ]*", "\n").strip();
  }
}
