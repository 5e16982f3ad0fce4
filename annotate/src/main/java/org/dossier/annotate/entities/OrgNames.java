package org.dossier.annotate.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.EntityKind;

/**
 * Short forms of organisation names within one article: "Acme" for "Acme Robotics Inc" (a name ending in
 * a company suffix, shortened to its first words), for "Acme.com" (a web address without its domain),
 * and "Council" for the "Borough Council" named before it (an organisation's head word alone). A
 * person's name never shortens this way; the lexicon's names never get shortened.
 */
final class OrgNames {
  private static final Pattern DOMAIN = Pattern.compile("(.+)\\.(?:com|org|net|io|co\\.uk|info)");

  private record Long(String canonical, String[] words, String stem, int at) {}

  private final List<Long> longs = new ArrayList<>();
  /** Organisations whose name ends in a head word ("Borough Council"), in text order. */
  private final List<Long> named = new ArrayList<>();
  private final Map<String, String> suffixes;
  private final Map<String, String> heads;

  /** Collects the suffixed and web-address names among the named candidates. */
  OrgNames(List<Candidate> candidates, Map<String, String> suffixes, Map<String, String> heads) {
    this.suffixes = suffixes;
    this.heads = heads;
    for (Candidate c : candidates) {
      if (c.canonical() == null || c.role() != null || c.kind() == EntityKind.PERSON && c.source() != Candidate.Source.GUESS) continue;
      String text = c.text().replaceAll("\\s+", " ").strip();
      String[] words = text.split(" ");
      Matcher d = DOMAIN.matcher(text);
      if (words.length == 1 && d.matches()) {
        longs.add(new Long(c.canonical(), words, d.group(1), c.span().begin()));
      } else if (words.length > 1 && suffixes.containsKey(words[words.length - 1].toLowerCase(Locale.ROOT))) {
        longs.add(new Long(c.canonical(), words, null, c.span().begin()));
      } else if (words.length > 1 && c.kind() == EntityKind.ORGANIZATION && heads.containsKey(words[words.length - 1])) {
        named.add(new Long(c.canonical(), words, null, c.span().begin()));
      }
    }
  }

  /**
   * The long name that {@code surface} shortens, or null. A place opens many names ("Springfield Fire
   * Company"), so a name tagged as a place shortens only a name that adds nothing but suffixes to it.
   */
  String resolve(String surface, EntityKind kind, int at) {
    String text = surface.replaceAll("\\s+", " ").replaceAll("(?:'s|’s|')$", "").strip();
    String[] words = text.split(" ");
    for (Long l : longs) {
      if (l.stem() != null && l.stem().equalsIgnoreCase(text)) return l.canonical();
      if (l.stem() == null && words.length < l.words().length && isPrefix(words, l.words())
          && (kind != EntityKind.LOCATION || suffixesFrom(l.words(), words.length))) {
        return l.canonical();
      }
    }
    return headWord(words, at);
  }

  /** "Council" alone after "the Borough Council": the last organisation before it named with that head word. */
  private String headWord(String[] words, int at) {
    if (words.length != 1 || !heads.containsKey(words[0])) return null;
    String found = null;
    for (Long l : named) if (l.at() < at && l.words()[l.words().length - 1].equals(words[0])) found = l.canonical();
    return found;
  }

  private boolean suffixesFrom(String[] words, int from) {
    for (int i = from; i < words.length; i++) if (!suffixes.containsKey(words[i].toLowerCase(Locale.ROOT))) return false;
    return true;
  }

  private static boolean isPrefix(String[] shorter, String[] longer) {
    for (int i = 0; i < shorter.length; i++) if (!shorter[i].equals(longer[i])) return false;
    return true;
  }
}
