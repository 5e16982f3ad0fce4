package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.meta.AuthorNames;
import org.jsoup.nodes.Element;

/**
 * The main article's authors, decided in one place once the page's embedded articles are known: the
 * persons JSON-LD or an author meta tag declares, and the bylines shown near the headline outside the
 * embedded articles (a live entry's or a teaser's byline is its own). A shown byline that names more of the
 * declared people wins ("By A and B" beside a meta author A). Every name passes {@link AuthorNames} with the
 * site's names, so an agency, a desk or the site itself gives no person.
 *
 * @param declared person names from JSON-LD or meta tags, cleaned
 * @param shown the bylines of the header zone, in page order
 * @param sites the names the site and its outlet go by (never persons)
 */
record MainAuthors(List<String> declared, List<HeaderZone.Shown> shown, List<String> sites) {
  MainAuthors {
    declared = List.copyOf(declared);
    shown = List.copyOf(shown);
    sites = List.copyOf(sites);
  }

  static final MainAuthors NONE = new MainAuthors(List.of(), List.of(), List.of());

  /** The authors, reading no byline inside {@code embedded} (the parts of embedded articles). */
  List<String> outside(Set<Element> embedded) {
    List<String> seen = new ArrayList<>();
    for (HeaderZone.Shown s : shown) {
      if (!inside(s.at(), embedded)) seen.addAll(persons(s.text()));
    }
    seen = distinct(seen);
    if (declared.isEmpty()) return seen;
    List<String> lower = seen.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    boolean superset = seen.size() > declared.size()
        && declared.stream().allMatch(c -> lower.contains(c.toLowerCase(Locale.ROOT)));
    return superset ? seen : declared;
  }

  /** Person names in one author text (a meta value, a byline). */
  List<String> persons(String raw) {
    return AuthorNames.of(raw, sites.toArray(String[]::new));
  }

  static List<String> distinct(List<String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String n : names) out.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
    return List.copyOf(out.values());
  }

  private static boolean inside(Element e, Set<Element> parts) {
    if (parts.isEmpty()) return false;
    for (Element p = e; p != null; p = p.parent()) if (parts.contains(p)) return true;
    return false;
  }
}
