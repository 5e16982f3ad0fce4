package org.dossier.annotate.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.EntityKind;

/**
 * Short forms of company names within one article: "Acme" for "Acme Robotics Inc" (a name ending in a
 * company suffix, shortened to its first words) and for "Acme.com" (a web address without its domain).
 * A person's name never shortens this way; the lexicon's names never get shortened.
 */
final class OrgNames {
  private static final Pattern DOMAIN = Pattern.compile("(.+)\\.(?:com|org|net|io|co\\.uk|info)");

  private record Long(String canonical, String[] words, String stem) {}

  private final List<Long> longs = new ArrayList<>();
  private final Map<String, String> suffixes;

  /** Collects the suffixed and web-address names among the named candidates. */
  OrgNames(List<Candidate> named, Map<String, String> suffixes) {
    this.suffixes = suffixes;
    for (Candidate c : named) {
      if (c.canonical() == null || c.role() != null || c.kind() == EntityKind.PERSON && c.source() != Candidate.Source.GUESS) continue;
      String text = c.text().replaceAll("\\s+", " ").strip();
      String[] words = text.split(" ");
      Matcher d = DOMAIN.matcher(text);
      if (words.length == 1 && d.matches()) {
        longs.add(new Long(c.canonical(), words, d.group(1)));
      } else if (words.length > 1 && suffixes.containsKey(words[words.length - 1].toLowerCase(Locale.ROOT))) {
        longs.add(new Long(c.canonical(), words, null));
      }
    }
  }

  /**
   * The long name that {@code surface} shortens, or null. A place opens many names ("Springfield Fire
   * Company"), so a name tagged as a place shortens only a name that adds nothing but suffixes to it.
   */
  String resolve(String surface, EntityKind kind) {
    String text = surface.replaceAll("\\s+", " ").replaceAll("(?:'s|’s|')$", "").strip();
    String[] words = text.split(" ");
    for (Long l : longs) {
      if (l.stem() != null && l.stem().equalsIgnoreCase(text)) return l.canonical();
      if (l.stem() == null && words.length < l.words().length && isPrefix(words, l.words())
          && (kind != EntityKind.LOCATION || suffixesFrom(l.words(), words.length))) {
        return l.canonical();
      }
    }
    return null;
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
