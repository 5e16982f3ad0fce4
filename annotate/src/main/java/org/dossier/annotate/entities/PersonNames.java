package org.dossier.annotate.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names within one article: a canonical spelling ("Kim Jong-un" and "Kim Jong Un" are one), and
 * short forms ("Kim", "Shoigu") resolved to the full name the article uses, the nearest before them
 * first (family names may come first or last, so both ends count).
 */
final class PersonNames {
  /** A hyphen followed by a lower-case syllable joins a romanised given name ("Jong-un"). */
  private static final Pattern JOINED_SYLLABLE = Pattern.compile("(?<=\\p{L})-(\\p{Ll})");
  private static final Pattern TITLE = Pattern.compile("^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof)\\.?\\s+");

  private record Full(int at, String name, String[] words) {}

  private final List<Full> fulls = new ArrayList<>();

  /** Records a multi-word name seen at the given offset (call in text order). */
  void add(int at, String surface) {
    String name = canonical(surface);
    if (name.indexOf(' ') < 0) return;
    for (Full f : fulls) {
      if (key(f.name()).equals(key(name))) {
        fulls.add(new Full(at, f.name(), f.words()));
        return;
      }
    }
    fulls.add(new Full(at, name, name.split(" ")));
  }

  /** The full name a mention stands for: itself when full, else the nearest full name it shortens. */
  String resolve(int at, String surface) {
    String name = canonical(surface);
    for (Full f : fulls) {
      if (key(f.name()).equals(key(name))) return f.name();
    }
    if (name.indexOf(' ') >= 0) return name;
    Full best = null;
    for (Full f : fulls) {
      boolean shortens = f.words()[0].equalsIgnoreCase(name) || f.words()[f.words().length - 1].equalsIgnoreCase(name);
      if (!shortens) continue;
      if (best == null || distance(f, at) < distance(best, at)) best = f;
    }
    return best == null ? name : best.name();
  }

  /** Earlier names are nearer than later ones at the same distance: news introduces, then shortens. */
  private static long distance(Full f, int at) {
    return f.at() <= at ? at - f.at() : 2L * (f.at() - at);
  }

  static String canonical(String surface) {
    String s = TITLE.matcher(surface.strip()).replaceFirst("");
    s = s.replaceAll("'s$|’s$", "").replaceAll("\\s+", " ");
    Matcher m = JOINED_SYLLABLE.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) m.appendReplacement(b, " " + m.group(1).toUpperCase(Locale.ROOT));
    m.appendTail(b);
    return b.toString();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
