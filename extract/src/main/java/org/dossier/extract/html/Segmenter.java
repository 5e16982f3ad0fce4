package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Role;
import org.dossier.extract.meta.Outlets;
import org.dossier.extract.meta.SectionLabels;
import org.jsoup.nodes.Element;

/**
 * Finds the articles a page carries besides its main one, by structure, not by site: the units the page
 * is built of ({@link Units}) that have a headline, a body and a stamp, outlet or byline — teasers with
 * bodies, "Latest" items with bodies, live-blog entries, aggregator cards, a second story. A headline
 * without a body is no article. The unit of the page's headline (its {@code h1}, or the unit the title
 * names, or failing both the leading unit) is the main article and stays. Entries of a feed container
 * without headlines of their own are taken as before. Runs on the lightly cleaned page. Thread-safe.
 */
final class Segmenter {
  private static final Pattern FEED_CLASS =
      Pattern.compile("(?i)(^|[-_ ])(live|liveblog|feed|newsfeed|ticker|timeline|stream)([-_ ]|$)");
  private static final Pattern FEED_CONTAINER =
      Pattern.compile("(?i)(^|[-_ ])(live|liveblog|feed|newsfeed|ticker|timeline)([-_ ]|$)");
  /** A quick test before {@link #FEED_CONTAINER}. */
  private static final List<String> FEED_WORDS = List.of("live", "feed", "ticker", "timeline");
  private static final Pattern CLOCK = Pattern.compile("^\\s*\\d{1,2}[:.h]\\d{2}\\b.*");

  /**
   * The articles found.
   *
   * @param segments the embedded articles, at most {@link Heuristics#MAX_SEGMENTS}
   * @param parts the page elements of every embedded article found, to keep out of the main text
   * @param main what the main article's own unit says, or null when its headline heads no unit
   * @param found how many embedded articles the page holds (more than kept when capped)
   * @param titleFromUnit true when the main unit's headline is the title (the page has no {@code h1})
   * @param published the page's date (see {@link PageDate})
   */
  record Segmentation(List<Segment> segments, List<Element> parts, UnitFacts main, int found,
      boolean titleFromUnit, PartialDate published) {
    boolean capped() {
      return found > segments.size();
    }
  }

  private final ParagraphWriter writer;
  private final Units units;
  private final UnitReader reader;

  Segmenter(Patterns patterns, ParagraphWriter writer) {
    this.writer = writer;
    this.units = new Units(patterns);
    this.reader = new UnitReader(patterns, Outlets.standard());
  }

  /**
   * The embedded articles under {@code body}.
   *
   * @param meta the page's metadata: its title names the main unit, its outlet is the site's
   * @param pageTime the {@code <time>} the metadata reader may have dated the page by, or null
   * @param fetched the fetch time, for relative ages; may be null
   */
  Segmentation find(Element body, PageMetadata meta, Element pageTime, PartialDate fetched) {
    PageLines page = PageLines.of(body, Segmenter::feedClassed);
    List<Units.Unit> all = units.find(body, page, Heuristics.MAX_UNITS);
    List<UnitFacts> facts = new ArrayList<>(all.size());
    Element h1 = firstH1(body);
    MainUnit.Title title = new MainUnit.Title(meta.title());
    for (Units.Unit u : all) facts.add(reader.read(u, u.headline().headingLevel() == 1 || title.names(u.headline().text())));
    int main = MainUnit.pick(all, facts, h1, title, page);
    List<Element> feeds = page.marked();
    boolean bodies = facts.stream().anyMatch(f -> f.bodyChars() >= Heuristics.MIN_UNIT_BODY);
    NodeStats stats = bodies || !feeds.isEmpty() ? NodeStats.of(body) : null; // most units are bare headlines
    List<Integer> kept = stats == null ? new ArrayList<>() : articles(all, facts, main, stats, body, h1);
    boolean promoted = !kept.isEmpty() && (main < 0 || facts.get(main).bodyChars() < Heuristics.MIN_UNIT_BODY)
        && proseOutside(all, kept, body, stats) < Heuristics.MIN_MAIN_CHARS;
    UnitFacts head = main < 0 ? null : facts.get(main); // the page's headline unit, whose stamp dates the page
    if (promoted) main = kept.remove(0); // a newsletter of equal stories under the name: the first leads
    UnitFacts mainFacts = main < 0 ? null : facts.get(main);
    if (head == null || head.published(null, null) == null) head = mainFacts;
    List<Element> parts = new ArrayList<>();
    for (int i : kept) parts.addAll(all.get(i).parts());
    Set<Element> taken = new HashSet<>(parts);
    PartialDate day = PageDate.of(meta, head, pageTime, taken, body);
    List<Segment> out = new ArrayList<>();
    for (int i : kept) {
      if (out.size() >= Heuristics.MAX_SEGMENTS) break;
      UnitFacts f = facts.get(i);
      PartialDate published = f.published(day, fetched);
      if (published == null && promoted && sameShape(all.get(i), all.get(main))) published = day; // same issue
      String outlet = f.namedOutlet() != null ? f.namedOutlet() : meta.outlet();
      out.add(new Segment(role(all.get(i), f, body, stats), f.title(), f.url(), published, outlet,
          UnitReader.names(f.bylines(), outlet, meta.outlet()), reader.clean(f.body())));
    }
    int found = kept.size() + headlessFeeds(feeds, stats, taken, out, parts, meta.outlet());
    return new Segmentation(List.copyOf(out), List.copyOf(parts), mainFacts, found,
        main >= 0 && (h1 == null || promoted), day);
  }

  /**
   * The units that are embedded articles, in page order: never the main unit, one nested in another or one
   * that holds the page's headline.
   */
  private static List<Integer> articles(List<Units.Unit> all, List<UnitFacts> facts, int main, NodeStats stats,
      Element body, Element h1) {
    int prose = Math.max(1, stats.prose(body));
    List<Integer> kept = new ArrayList<>();
    Set<Element> taken = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      Units.Unit u = all.get(i);
      if (i == main || u.joined() || !isArticle(u, facts.get(i)) || holdsMain(u, stats, prose)
          || insideAny(u.parts().get(0), taken) || (h1 != null && insideAny(h1, Set.copyOf(u.parts())))) {
        continue;
      }
      kept.add(i);
      taken.addAll(u.parts());
    }
    return kept;
  }

  /** Prose on the page outside the embedded articles: what the main text can be made of. */
  private static int proseOutside(List<Units.Unit> all, List<Integer> kept, Element body, NodeStats stats) {
    int prose = stats.prose(body);
    for (int i : kept) for (Element e : all.get(i).parts()) prose -= stats.prose(e);
    return prose;
  }

  private static boolean sameShape(Units.Unit a, Units.Unit b) {
    Element x = a.parts().get(0);
    Element y = b.parts().get(0);
    return x.normalName().equals(y.normalName()) && x.className().equals(y.className());
  }

  /**
   * A headline, a body that reads as prose, and a stamp, outlet or byline of its own; or, in markup that
   * declares an article ({@code <article>}, schema.org), a headline and a body of several paragraphs.
   */
  private static boolean isArticle(Units.Unit u, UnitFacts f) {
    if (f.bodyChars() < Heuristics.MIN_UNIT_BODY) return false;
    if (f.stamped() || f.namedOutlet() != null || !f.bylines().isEmpty()) return true;
    Element declared = u.headline().block().closest("article, [itemtype~=(?i)schema.org/\\w*Article]");
    return declared != null && insideAny(declared, Set.of(u.parts().get(0))) && f.body().size() >= Heuristics.MIN_RELATED_PARAGRAPHS && f.bodyChars() >= Heuristics.MIN_RELATED_BODY;
  }

  /** A unit holding most of the page's prose is the main article's body, whatever its headline. */
  private static boolean holdsMain(Units.Unit u, NodeStats stats, int prose) {
    int own = 0;
    for (Element e : u.parts()) own += stats.prose(e);
    return own > prose * Heuristics.PROTECTED_PROSE_SHARE;
  }

  private static Element firstH1(Element body) {
    for (Element h : body.getElementsByTag("h1")) if (!h.text().isBlank()) return h;
    return null;
  }

  /** Feed when the unit is a timed entry, sits under a feed label ("Latest news") or in a feed container. */
  private static Role role(Units.Unit u, UnitFacts f, Element body, NodeStats stats) {
    if (f.timeOfDay()) return Role.FEED;
    SectionLabels.Kind kind = SectionHeads.kind(u, body, stats);
    if (kind != null) return kind == SectionLabels.Kind.FEED ? Role.FEED : Role.RELATED;
    for (Element e = u.parts().get(0); e != null && e != body; e = e.parent()) {
      if (FEED_CLASS.matcher(e.className()).find() || FEED_CLASS.matcher(e.id()).find()) return Role.FEED;
    }
    return Role.RELATED;
  }

  /** Time-stamped entries without headlines of their own in a feed or live-blog container. */
  private int headlessFeeds(List<Element> feeds, NodeStats stats, Set<Element> taken, List<Segment> out,
      List<Element> parts, String site) {
    int found = 0;
    for (Element feed : feeds) {
      if (insideAny(feed, taken)) continue;
      Element list = feed;
      while (list.childrenSize() == 1) list = list.child(0);
      List<Element> items = new ArrayList<>();
      List<List<String>> texts = new ArrayList<>();
      for (Element item : list.children()) {
        boolean stamped = item.selectFirst("time") != null || CLOCK.matcher(item.text()).matches();
        if (!stamped || insideAny(item, taken)) continue;
        List<String> text = writer.write(List.of(item), stats, null);
        text.removeIf(p -> CLOCK.matcher(p).matches() && p.length() < 12);
        if (stats.text(item) - stats.links(item) < Heuristics.MIN_FEED_ITEM || text.isEmpty()) continue;
        items.add(item);
        texts.add(text);
      }
      if (items.size() < Heuristics.MIN_FEED_ITEMS) continue;
      taken.add(feed);
      for (int i = 0; i < items.size(); i++) {
        found++;
        parts.add(items.get(i));
        if (out.size() >= Heuristics.MAX_SEGMENTS) continue;
        out.add(new Segment(Role.FEED, null, null, time(items.get(i)), site, List.of(), texts.get(i)));
      }
    }
    return found;
  }

  /** An element classed or named as a feed or live blog. */
  private static boolean feedClassed(Element e) {
    if (e.attributesSize() == 0) return false;
    String c = e.className();
    String id = e.id();
    return (Words.mentionsAny(c, FEED_WORDS) && FEED_CONTAINER.matcher(c).find())
        || (Words.mentionsAny(id, FEED_WORDS) && FEED_CONTAINER.matcher(id).find());
  }

  /** A body without boilerplate sentences. */
  List<String> clean(List<String> body) {
    return reader.clean(body);
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
