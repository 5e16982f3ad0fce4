package org.dossier.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.core.model.PartialDate;
import org.dossier.extract.meta.OutletDomains;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the main article's metadata from JSON-LD, Open Graph and other meta tags, the page's URL and the
 * visible header around the headline: the title by agreement ({@link Titles}), the outlet
 * ({@link OutletName}), person authors ({@link MainAuthors}) and the publication time as printed
 * ({@link PublishedDate}).
 */
final class MetadataReader {
  private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
      "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
      "dcterms.created", "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date",
      "citation_publication_date", "article.published", "published_time", "release_date", "og:article:published_time");
  private static final List<String> AUTHOR_META = List.of("author", "article:author", "dc.creator", "parsely-author",
      "sailthru.author", "byl", "citation_author", "dcterms.creator");
  private static final List<String> TITLE_META = List.of("og:title", "twitter:title", "title", "dc.title",
      "sailthru.title", "parsely-title");

  private MetadataReader() {}

  static PageMetadata read(Document doc, String fallbackUrl) {
    Map<String, String> metas = metas(doc);
    JsonLd ld = JsonLd.read(doc);
    JsonNode article = ld.article();
    String url = first(doc.select("link[rel=canonical]").attr("abs:href"), meta(metas, "og:url"),
        JsonLd.text(article, "url"), fallbackUrl);
    if (url != null && !url.contains("://")) url = first(fallbackUrl, url);
    String siteName = first(meta(metas, "og:site_name"), JsonLd.text(article, "publisher"),
        meta(metas, "application-name"));
    List<String> siteNames = OutletName.siteNames(siteName, url);
    Titles.Choice title = Titles.choose(doc, titleMetas(metas, article), siteNames);
    HeaderZone zone = HeaderZone.read(doc, title.headline());
    String outlet = OutletName.choose(metas, article, url, zone, doc);
    String site = outlet != null ? outlet : siteName;
    PartialDate published = PublishedDate.choose(dateValues(doc, metas, article), zone, url);
    String body = JsonLd.text(article, "articleBody");
    return new PageMetadata(title.title(), authors(metas, article, zone, site, siteName), published, outlet,
        blankToNull(url), body);
  }

  private static List<String> titleMetas(Map<String, String> metas, JsonNode article) {
    List<String> out = new ArrayList<>();
    out.add(JsonLd.text(article, "headline"));
    for (String key : TITLE_META) out.add(meta(metas, key));
    return out;
  }

  private static List<String> dateValues(Document doc, Map<String, String> metas, JsonNode article) {
    List<String> out = new ArrayList<>();
    out.add(JsonLd.text(article, "datePublished"));
    for (String name : DATE_META) out.add(meta(metas, name));
    Element item = null;
    Element pubdate = null;
    for (Element e : doc.select("[itemprop=datePublished], time[pubdate]")) { // one walk for both
      if (item == null && e.attr("itemprop").equals("datePublished")) item = e;
      if (pubdate == null && e.hasAttr("pubdate")) pubdate = e;
    }
    if (item != null) out.add(first(item.attr("content"), item.attr("datetime"), item.text()));
    if (pubdate != null) out.add(pubdate.attr("datetime"));
    out.add(JsonLd.text(article, "dateCreated"));
    return out;
  }

  /** Person authors declared by JSON-LD, else by the first author meta tag that names any; the visible bylines. */
  private static MainAuthors authors(Map<String, String> metas, JsonNode article, HeaderZone zone, String outlet,
      String siteName) {
    List<String> sites = new ArrayList<>();
    if (outlet != null) sites.add(outlet);
    if (siteName != null) sites.add(siteName);
    MainAuthors empty = new MainAuthors(List.of(), zone.bylines(), sites);
    List<String> declared = new ArrayList<>();
    for (String raw : JsonLd.names(article, "author")) declared.addAll(empty.persons(raw));
    for (int i = 0; declared.isEmpty() && i < AUTHOR_META.size(); i++) {
      declared.addAll(empty.persons(meta(metas, AUTHOR_META.get(i))));
    }
    return new MainAuthors(MainAuthors.distinct(declared), zone.bylines(), sites);
  }

  /** The first non-blank content of each meta property, name or itemprop, by lower-case key. */
  static Map<String, String> metas(Document doc) {
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

  static String meta(Map<String, String> metas, String key) {
    return metas.get(key.toLowerCase(Locale.ROOT));
  }

  static String first(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
