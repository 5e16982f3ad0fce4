package org.dossier.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.meta.OutletDomains;
import org.dossier.extract.meta.Outlets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The outlet of a page's main article: the outlet of a known news domain ({@code domains.tsv}), else the
 * name the site gives itself ({@code og:site_name}, the JSON-LD publisher, {@code application-name}) when
 * it is a name and not a URL or a host label ("Hosted", "nj"). On an aggregator's page (and on a page
 * naming no site) the outlet credited with the copy ("Provided by Associated Press", an agency byline)
 * comes first.
 */
final class OutletName {
  private static final Pattern PROVIDED = Pattern.compile("(?i)provided by|source:|©");
  /** Credit lines looked at on an aggregator's page, their longest text and the longest outlet name. */
  private static final int MAX_CREDITS = 20;
  private static final int MAX_CREDIT_CHARS = 200;
  private static final int MAX_NAME_WORDS = 6;
  /** Country-code second levels ("co.uk", "com.au"): the site's own label is the one before them. */
  private static final Pattern SECOND_LEVEL = Pattern.compile("co|com|org|net|ac|gov|edu|or|ne|go");

  private OutletName() {}

  static String choose(Map<String, String> metas, JsonNode article, String url, HeaderZone zone, Document doc) {
    OutletDomains.Site site = OutletDomains.standard().site(url);
    if (site != null && !site.aggregator()) return site.outlet();
    String named = null;
    for (String candidate : new String[] {MetadataReader.meta(metas, "og:site_name"), JsonLd.text(article, "publisher"),
        MetadataReader.meta(metas, "application-name")}) {
      if (isName(candidate, url)) {
        named = candidate.strip();
        break;
      }
    }
    if (site == null && named != null) return canonical(named);
    String credited = credited(zone, site != null ? doc : null);
    if (credited != null) return credited;
    if (site != null) return site.outlet();
    return fromTitle(doc);
  }

  /**
   * A part of the document title that names the site: the name of the logo linking to the home page, or a
   * known outlet ("Courier Name - Local News", "Aggregator - Full Coverage: ...").
   */
  private static String fromTitle(Document doc) {
    String[] parts = doc.title().strip().split("\\s+[|\\-\u2013\u2014\u00B7\u2022\u00BB]\\s+");
    if (parts.length < 2) return null;
    List<String> logos = new ArrayList<>();
    for (Element img : doc.select("a[href] img[alt]")) {
      String href = img.closest("a").attr("href").strip();
      if (href.equals("/") || href.matches("(?i)(?:https?://[^/]+)?/?(?:index\\.\\w+)?")) logos.add(Titles.key(img.attr("alt")));
      if (logos.size() > 3) break;
    }
    for (String part : parts) {
      if (logos.contains(Titles.key(part)) && isName(part, null)) return part.strip();
    }
    for (String part : parts) {
      String known = Outlets.standard().canonical(part);
      if (known != null) return known;
    }
    return null;
  }

  /** The outlet a byline or a credit line names: a known outlet on a byline line, "Provided by X". */
  private static String credited(HeaderZone zone, Document aggregatorPage) {
    for (HeaderZone.Shown byline : zone.bylines()) {
      for (String line : byline.text().split("\n")) {
        String known = Outlets.standard().canonical(line.replaceFirst("(?i)^by\\s+", "").strip());
        if (known != null) return known;
      }
    }
    if (aggregatorPage == null || aggregatorPage.body() == null) return null;
    int seen = 0;
    for (Element e : aggregatorPage.body().select(":containsOwn(provided by), :containsOwn(©), :containsOwn(source:)")) {
      if (seen++ > MAX_CREDITS) break;
      String text = e.text();
      Matcher m = PROVIDED.matcher(text.length() > MAX_CREDIT_CHARS ? text.substring(0, MAX_CREDIT_CHARS) : text);
      int end = -1;
      while (m.find()) end = m.end(); // "© Provided by X": the name follows the last marker
      if (end < 0) continue;
      String[] words = text.substring(end).strip().split("\\s+");
      for (int n = Math.min(words.length, MAX_NAME_WORDS); n > 0; n--) {
        String known = Outlets.standard().canonical(String.join(" ", java.util.Arrays.asList(words).subList(0, n)));
        if (known != null) return known;
      }
    }
    return null;
  }

  private static String canonical(String name) {
    String known = Outlets.standard().canonical(name);
    return known != null ? known : name;
  }

  /** A site's name: not a URL, not a bare host label of the page's URL, at least three letters or an acronym. */
  static boolean isName(String s, String url) {
    if (s == null || s.isBlank() || s.contains("://") || s.startsWith("www.")) return false;
    String t = s.strip();
    long letters = t.chars().filter(Character::isLetter).count();
    boolean acronym = letters >= 2 && t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
        && !t.endsWith(".");
    if (letters < 3 && !acronym) return false;
    String host = OutletDomains.host(url);
    if (host == null) return true;
    String key = t.toLowerCase(java.util.Locale.ROOT);
    String own = ownLabel(host);
    for (String label : host.split("\\.")) if (key.equals(label) && !label.equals(own)) return false;
    return !(key.equals(own) && key.equals(t)); // "nj": the domain spelled in lower case, not a name
  }

  /** The registrable label of a host: "example" for news.example.co.uk. */
  static String ownLabel(String host) {
    String[] labels = host.split("\\.");
    if (labels.length < 2) return host;
    int i = labels.length - 2;
    if (labels.length >= 3 && labels[labels.length - 1].length() == 2 && SECOND_LEVEL.matcher(labels[i]).matches()) i--;
    return labels[i];
  }

  /** Names the site goes by, to strip from titles: its stated name, its domain and its own host label. */
  static List<String> siteNames(String siteName, String url) {
    List<String> out = new ArrayList<>();
    if (siteName != null) out.add(siteName);
    OutletDomains.Site site = OutletDomains.standard().site(url);
    if (site != null) out.add(site.outlet());
    String host = OutletDomains.host(url);
    if (host != null) {
      out.add(host);
      out.add(ownLabel(host));
    }
    return out;
  }
}
