package org.dossier.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the main article's metadata from JSON-LD, Open Graph and other meta tags, and the markup around
 * the headline. Each field takes the first source that has it, most explicit source first.
 */
final class MetadataReader {
  private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
      "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
      "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
      "article.published", "published_time", "release_date");
  private static final List<String> AUTHOR_META = List.of("author", "article:author", "dc.creator", "parsely-author",
      "sailthru.author", "byl", "citation_author");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00B7\u2022\u00BB]\\s+");
  private static final Pattern BY = Pattern.compile("(?i)^(by|von|par|por|di|door|av)\\s+");
  private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|\\bund\\b|\\bet\\b|&|\\by\\b)\\s*");
  private static final int MAX_AUTHOR_CHARS = 60;

  private MetadataReader() {}

  static PageMetadata read(Document doc, String fallbackUrl) {
    Map<String, String> metas = metas(doc);
    JsonLd ld = JsonLd.read(doc);
    JsonNode article = ld.article();
    String outlet = first(meta(metas, "og:site_name"), JsonLd.text(article, "publisher"), meta(metas, "application-name"));
    String url = first(doc.select("link[rel=canonical]").attr("abs:href"), meta(metas, "og:url"),
        JsonLd.text(article, "url"), fallbackUrl);
    String title = title(doc, metas, article, outlet);
    PartialDate published = published(doc, metas, article, url);
    String body = JsonLd.text(article, "articleBody");
    return new PageMetadata(title, authors(doc, metas, article, outlet), published, outlet, blankToNull(url), body);
  }

  private static String title(Document doc, Map<String, String> metas, JsonNode article, String outlet) {
    String h1 = doc.select("h1").isEmpty() ? null : doc.selectFirst("h1").text();
    String t = first(meta(metas, "og:title"), JsonLd.text(article, "headline"), meta(metas, "twitter:title"), h1,
        doc.title());
    return t == null ? null : stripSiteName(t, outlet, h1);
  }

  /** "Headline | Site" gives "Headline" when the other side is the outlet or the headline is the h1. */
  static String stripSiteName(String title, String outlet, String h1) {
    String t = title.strip();
    if (h1 != null && !h1.isBlank() && t.startsWith(h1.strip()) && h1.length() * 2 > t.length()) return h1.strip();
    Matcher m = TITLE_SEPARATOR.matcher(t);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0 || outlet == null) return t;
    if (same(t.substring(lastEnd), outlet)) return t.substring(0, lastStart).strip();
    if (same(t.substring(0, firstStart), outlet)) return t.substring(firstEnd).strip();
    return t;
  }

  private static boolean same(String a, String b) {
    return a.toLowerCase(Locale.ROOT).replaceAll("(?U)\\W+", "").equals(b.toLowerCase(Locale.ROOT).replaceAll("(?U)\\W+", ""));
  }

  private static PartialDate published(Document doc, Map<String, String> metas, JsonNode article, String url) {
    List<String> candidates = new ArrayList<>();
    candidates.add(JsonLd.text(article, "datePublished"));
    for (String name : DATE_META) candidates.add(meta(metas, name));
    Element item = doc.selectFirst("[itemprop=datePublished]");
    if (item != null) candidates.add(first(item.attr("content"), item.attr("datetime"), item.text()));
    Element time = doc.selectFirst("article time[datetime], time[pubdate], time[datetime]");
    if (time != null) candidates.add(time.attr("datetime"));
    candidates.add(JsonLd.text(article, "dateCreated"));
    for (String c : candidates) {
      PartialDate d = DateParsing.parse(c);
      if (d != null) return d;
    }
    return DateParsing.fromUrl(url);
  }

  private static List<String> authors(Document doc, Map<String, String> metas, JsonNode article, String outlet) {
    Set<String> out = new LinkedHashSet<>();
    List<String> raw = new ArrayList<>(JsonLd.names(article, "author"));
    if (raw.isEmpty()) for (String name : AUTHOR_META) raw.add(meta(metas, name));
    if (raw.stream().allMatch(s -> s == null)) {
      for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author-name, .byline__name")) {
        raw.add(e.text());
        if (raw.size() > 4) break;
      }
    }
    for (String r : raw) {
      if (r == null) continue;
      for (String name : AUTHOR_SPLIT.split(BY.matcher(r.strip()).replaceFirst(""))) {
        String n = name.strip();
        if (plausibleName(n, outlet)) out.add(n);
      }
    }
    return List.copyOf(out);
  }

  private static boolean plausibleName(String n, String outlet) {
    return !n.isEmpty() && n.length() <= MAX_AUTHOR_CHARS && !n.contains("://") && !n.startsWith("@")
        && !n.contains("/") && Character.isLetter(n.charAt(0)) && (outlet == null || !same(n, outlet));
  }

  /** The first non-blank content of each meta property, name or itemprop, by lower-case key. */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String c = m.attr("content").strip();
      if (c.isEmpty()) continue;
      for (String attr : List.of("property", "name", "itemprop")) {
        String key = m.attr(attr);
        if (!key.isEmpty()) out.putIfAbsent(key.toLowerCase(Locale.ROOT), c);
      }
    }
    return out;
  }

  private static String meta(Map<String, String> metas, String key) {
    return metas.get(key.toLowerCase(Locale.ROOT));
  }

  private static String first(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
