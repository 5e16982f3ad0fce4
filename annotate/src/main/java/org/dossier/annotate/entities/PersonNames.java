package org.dossier.annotate.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names within one article: a canonical spelling ("Kim Jong-un" and "Kim Jong Un" are one; "Ann
 * B. Lee", "Ann Lee Jr." and "Annie Lee" too), and short forms ("Kim", "Shoigu") resolved to the full name the article
 * uses (family names may come first or last, so both ends count; "von der Leyen" is a family name too). A short form that several full names
 * share ("Biden" after Joe Biden and Hunter Biden) goes to the one the context points at: the one named
 * with the same title ("President Biden"), of the sex a courtesy title names ("Mrs. Lee"), the one not
 * called by the given name alone elsewhere ("Hunter" is the son, so "Biden" is the other), the one the
 * article already called so before the namesake came in, or the one named in this or the last sentence
 * when the others are further back; else it stays itself.
 */
final class PersonNames {
  /** A hyphen followed by a lower-case syllable joins a romanised given name ("Jong-un"). */
  private static final Pattern JOINED_SYLLABLE = Pattern.compile("(?<=\\p{L})-(\\p{Ll})");
  private static final Pattern TITLE = Pattern.compile("^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof)\\.?\\s+");
  /** Middle initials and generational suffixes, left out when telling whether two full names are one. */
  private static final Pattern MINOR = Pattern.compile("^(?:\\p{L}\\.?|jr\\.?|sr\\.?|ii|iii|iv)$", Pattern.CASE_INSENSITIVE);

  /** Where a name stands: character offset and sentence index. */
  record At(int offset, int sentence) {}

  private static final class Full {
    final String name;
    final String[] words;
    final List<At> seen = new ArrayList<>();
    final Set<String> titles = new HashSet<>();
    /** Short forms the article has already used for this person. */
    final Set<String> shortForms = new HashSet<>();

    Full(String name) {
      this.name = name;
      this.words = name.split(" ");
    }

    String given() {
      return words[0];
    }

    /** The last word that is no suffix ("Lee" of "Ann Lee Jr."). */
    String family() {
      for (int i = words.length - 1; i > 0; i--) if (!MINOR.matcher(words[i]).matches()) return words[i];
      return words[words.length - 1];
    }
  }

  private final List<Full> fulls = new ArrayList<>();
  private final Set<String> alone = new HashSet<>();
  private final Map<String, String> givenNames;
  private final Map<String, String> gendered;

  /**
   * @param givenNames given names (lower case) to "male" / "female"
   * @param gendered courtesy titles (lower case) to the sex they name
   */
  PersonNames(Map<String, String> givenNames, Map<String, String> gendered) {
    this.givenNames = givenNames;
    this.gendered = gendered;
  }

  /** Records a multi-word name seen at {@code at}, with the title written before it or null (text order). */
  void add(At at, String surface, String title) {
    String name = canonical(surface);
    if (name.indexOf(' ') < 0) return;
    Full f = find(name);
    if (f == null) {
      List<Full> longer = fulls.stream().filter(x -> endsWith(x, name)).toList();
      if (longer.size() == 1) return; // "von der Leyen" after "Ursula von der Leyen": a short form
      f = new Full(name);
      fulls.add(f);
    }
    f.seen.add(at);
    if (title != null) f.titles.add(title);
  }

  /** Records a one-word person mention: a given name used alone marks its bearer ("Hunter said"). */
  void addAlone(String surface) {
    String name = canonical(surface);
    if (name.indexOf(' ') < 0) alone.add(name.toLowerCase(Locale.ROOT));
  }

  /** True when a one-word name is, as written, the family name of a full name ("Lee" of "Ann Lee"). */
  boolean isFamilyName(String surface) {
    String name = canonical(surface);
    if (name.indexOf(' ') >= 0) return false;
    for (Full f : fulls) if (f.family().equals(name) && !f.given().equals(name)) return true;
    return false;
  }

  /** The full name a mention stands for: itself when full, else the full name it shortens, or itself. */
  String resolve(At at, String surface, String title) {
    String name = canonical(surface);
    Full same = find(name);
    if (same != null) return same.name;
    List<Full> sharing = new ArrayList<>();
    for (Full f : fulls) {
      if (name.indexOf(' ') >= 0 ? endsWith(f, name) : f.given().equalsIgnoreCase(name) || f.family().equalsIgnoreCase(name)) {
        sharing.add(f);
      }
    }
    Full best = sharing.size() == 1 ? sharing.get(0) : pick(sharing, at, name, title);
    if (best == null) return name;
    best.seen.add(at);
    best.shortForms.add(name.toLowerCase(Locale.ROOT));
    return best.name;
  }

  /** "von der Leyen" of "Ursula von der Leyen": a family name of several words, the full name's last words. */
  private static boolean endsWith(Full f, String name) {
    String[] w = name.split(" ");
    if (w.length >= f.words.length) return false;
    for (int i = 1; i <= w.length; i++) if (!w[w.length - i].equalsIgnoreCase(f.words[f.words.length - i])) return false;
    return true;
  }

  /** Among full names sharing a short form, the one the context points at, or null. */
  private Full pick(List<Full> sharing, At at, String name, String title) {
    if (sharing.isEmpty()) return null;
    List<Full> left = narrow(sharing, f -> f.seen.get(0).offset() < at.offset()); // named before, then shortened
    if (left.size() == 1) return left.get(0);
    if (title != null) {
      String sex = gendered.get(title);
      left = narrow(left, f -> sex != null ? sex.equals(givenNames.get(f.given().toLowerCase(Locale.ROOT)))
          : f.titles.contains(title));
      if (left.size() == 1) return left.get(0);
    }
    left = narrow(left, f -> !f.family().equalsIgnoreCase(name) || !alone.contains(f.given().toLowerCase(Locale.ROOT)));
    if (left.size() == 1) return left.get(0);
    left = narrow(left, f -> f.shortForms.contains(name.toLowerCase(Locale.ROOT)));
    if (left.size() == 1) return left.get(0);
    return lastNamed(left, at);
  }

  /** The candidates passing the test, or all of them when none does. */
  private static List<Full> narrow(List<Full> fs, java.util.function.Predicate<Full> test) {
    List<Full> kept = fs.stream().filter(test).toList();
    return kept.isEmpty() ? fs : kept;
  }

  /** The one named in this or the previous sentence when every other was last named further back. */
  private static Full lastNamed(List<Full> fs, At at) {
    Full recent = null;
    int others = -1;
    int best = -1;
    for (Full f : fs) {
      int last = f.seen.stream().filter(a -> a.offset() < at.offset()).mapToInt(At::sentence).max().orElse(-1);
      if (last > best) {
        others = Math.max(others, best);
        best = last;
        recent = f;
      } else {
        others = Math.max(others, last);
      }
    }
    return best >= at.sentence() - 1 && others < at.sentence() - 1 ? recent : null;
  }

  private Full find(String name) {
    String key = key(name);
    String loose = looseKey(name);
    for (Full f : fulls) if (key(f.name).equals(key)) return f;
    if (loose.indexOf(' ') < 0) return null;
    for (Full f : fulls) if (looseKey(f.name).equals(loose)) return f;
    for (Full f : fulls) if (isShortGiven(looseKey(f.name), loose)) return f;
    return null;
  }

  /** "Pat Lee" and "Patrick Lee": the same words but a given name cut short (three letters at least). */
  private static boolean isShortGiven(String a, String b) {
    int sa = a.indexOf(' ');
    int sb = b.indexOf(' ');
    if (sa < 0 || sb < 0 || !a.substring(sa).equals(b.substring(sb))) return false;
    String ga = a.substring(0, sa);
    String gb = b.substring(0, sb);
    return Math.min(ga.length(), gb.length()) >= 3 && (ga.startsWith(gb) || gb.startsWith(ga));
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

  /** The name's words without middle initials and suffixes ("ann lee" for "Ann B. Lee Jr."). */
  private static String looseKey(String name) {
    String[] w = name.split(" ");
    StringBuilder b = new StringBuilder(key(w[0]));
    for (int i = 1; i < w.length; i++) {
      if (!MINOR.matcher(w[i]).matches()) b.append(' ').append(key(w[i]));
    }
    return b.toString();
  }
}
