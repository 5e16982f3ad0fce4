package org.dossier.extract.meta;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * News sites by web domain ({@code domains.tsv}): the outlet's usual name for a page's URL, and whether
 * the site is an aggregator that carries other outlets' copy. Thread-safe.
 */
public final class OutletDomains {
  private static final OutletDomains STANDARD = load();
  /** Most host labels looked at; longer hosts are not news sites' pages. */
  private static final int MAX_LABELS = 8;

  private final Map<String, Site> byDomain;

  /** A site: its outlet name, and true when it is an aggregator. */
  public record Site(String outlet, boolean aggregator) {}

  private OutletDomains(Map<String, Site> byDomain) {
    this.byDomain = Map.copyOf(byDomain);
  }

  public static OutletDomains standard() {
    return STANDARD;
  }

  /** The site of {@code url} (the longest listed domain suffix of its host), or null. */
  public Site site(String url) {
    String host = host(url);
    if (host == null) return null;
    String[] labels = host.split("\\.");
    if (labels.length > MAX_LABELS) return null;
    for (int i = 0; i < labels.length - 1; i++) {
      Site s = byDomain.get(String.join(".", java.util.Arrays.copyOfRange(labels, i, labels.length)));
      if (s != null) return s;
    }
    return null;
  }

  /** The lower-case host of a URL without "www.", or null when the URL has none. */
  public static String host(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      String h = URI.create(url.strip().replace(" ", "%20")).getHost();
      if (h == null) return null;
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static OutletDomains load() {
    Map<String, Site> out = new HashMap<>();
    for (String line : DataFile.lines(OutletDomains.class, "domains.tsv")) {
      String[] f = DataFile.fields("domains.tsv", line, 2);
      boolean aggregator = f.length > 2 && f[2].strip().equals("aggregator");
      out.putIfAbsent(f[0].strip().toLowerCase(Locale.ROOT), new Site(f[1].strip(), aggregator));
    }
    return new OutletDomains(out);
  }
}
