package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Role;
import org.jsoup.nodes.Element;

/**
 * Finds articles embedded in a page: {@code <article>} elements with their own headline and a body of
 * several prose paragraphs (RELATED), and time-stamped items of a feed or live-blog container (FEED).
 * Conservative on purpose: headline lists and teasers without a body of their own are not articles.
 * Runs on the lightly cleaned page, before chrome removal, since such blocks usually look like chrome.
 */
final class Segmenter {
  private static final String FEED_CONTAINERS = "[class~=(?i)(^|[-_ ])(live|liveblog|feed|newsfeed|ticker|timeline)"
      + "([-_ ]|$)], [id~=(?i)(^|[-_])(live|liveblog|feed|newsfeed|ticker|timeline)([-_]|$)]";
  private static final Pattern CLOCK = Pattern.compile("^\\s*\\d{1,2}[:.h]\\d{2}\\b.*");
  private static final int MAX_HEADLINE = 300;
  private static final int MIN_HEADLINE = 15;

  private final ParagraphWriter writer;

  Segmenter(ParagraphWriter writer) {
    this.writer = writer;
  }

  List<Segment> find(Element body) {
    NodeStats stats = NodeStats.of(body);
    List<Segment> out = new ArrayList<>();
    Set<Element> taken = new HashSet<>();
    for (Element a : body.select("article, [itemtype~=(?i)schema.org/\\w*Article]")) {
      if (insideAny(a, taken)) continue;
      Segment s = related(a, stats);
      if (s != null) {
        out.add(s);
        taken.add(a);
      }
    }
    for (Element feed : body.select(FEED_CONTAINERS)) {
      if (insideAny(feed, taken)) continue;
      List<Segment> items = feedItems(feed, stats);
      if (items.size() >= Heuristics.MIN_FEED_ITEMS) {
        out.addAll(items);
        taken.add(feed);
      }
    }
    return out;
  }

  private Segment related(Element a, NodeStats stats) {
    Element h = a.selectFirst("h1, h2, h3, h4, [itemprop=headline]");
    if (h == null) return null;
    String headline = h.text().strip();
    if (headline.length() < MIN_HEADLINE || headline.length() > MAX_HEADLINE) return null;
    List<String> body = writer.write(List.of(a), stats, headline);
    body.removeIf(p -> p.equals(headline));
    int chars = body.stream().mapToInt(String::length).sum();
    if (body.size() < Heuristics.MIN_RELATED_PARAGRAPHS || chars < Heuristics.MIN_RELATED_BODY) return null;
    Element link = h.selectFirst("a[href]");
    if (link == null && h.parent() != null && h.parent().normalName().equals("a")) link = h.parent();
    String url = link == null ? null : link.absUrl("href");
    return new Segment(Role.RELATED, headline, url == null || url.isEmpty() ? null : url, time(a), body);
  }

  private List<Segment> feedItems(Element feed, NodeStats stats) {
    Element list = feed;
    while (list.childrenSize() == 1) list = list.child(0);
    List<Segment> items = new ArrayList<>();
    for (Element item : list.children()) {
      boolean stamped = item.selectFirst("time") != null || CLOCK.matcher(item.text()).matches();
      if (!stamped) continue;
      List<String> text = writer.write(List.of(item), stats, null);
      text.removeIf(p -> CLOCK.matcher(p).matches() && p.length() < 12);
      int plain = stats.text(item) - stats.links(item);
      if (plain < Heuristics.MIN_FEED_ITEM || text.isEmpty()) continue;
      items.add(new Segment(Role.FEED, null, null, time(item), text));
    }
    return items;
  }

  private static PartialDate time(Element e) {
    Element t = e.selectFirst("time[datetime]");
    return t == null ? null : DateParsing.parse(t.attr("datetime"));
  }

  private static boolean insideAny(Element e, Set<Element> taken) {
    for (Element p = e; p != null; p = p.parent()) if (taken.contains(p)) return true;
    return false;
  }
}
