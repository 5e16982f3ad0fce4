package org.dossier.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names out of what a page gives as its authors: a JSON-LD or meta author, a rel=author link or a
 * visible byline ("By JANE ROE and John Doe", "Dan Roe - Apr 16", "Ann Lee • 8h", "Jane Roe, Staff Writer",
 * "Jane Roe Follow"). The opening "By", dates and ages, roles, handles and social prompts go; an agency, an
 * outlet, a desk or the site's own name gives no person ({@code role} words of {@code bylines.txt}).
 * Names written in capitals are put in title case. Thread-safe.
 */
public final class AuthorNames {
  /** Longest author text read; longer text is prose or a whole author box. */
  private static final int MAX_CHARS = 300;
  private static final int MAX_NAME_WORDS = 5;
  /** Links, e-mail addresses and handles are never names. */
  private static final Pattern NOISE = Pattern.compile("https?://\\S+|\\S+@\\S+\\.\\S+|(?<!\\S)@\\w+");
  /** A compact age stamp after a byline ("8h", "3 hrs", "2d"): the byline ends there. */
  private static final Pattern AGE = Pattern.compile("(?<![\\p{L}\\d])\\d{1,3}\\s?(?:h|hr|hrs|m|min|mins|d)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Separators between a name and what follows it on a byline line. */
  private static final Pattern PARTS = Pattern.compile("\\s+[-–—•·|/]\\s+|\\s*[\\n•·|]\\s*");
  private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){1,3}|\\p{L}[\\p{L}'’.-]*");
  /** Words that may trail a name on a byline line without being part of it ("Jane Roe Follow"). */
  private static final Set<String> TRAILERS = Set.of("follow", "email", "e-mail", "twitter", "bio", "profile",
      "contact", "more", "share", "on");

  private AuthorNames() {}

  /**
   * The person names in {@code raw}, in order, without duplicates; {@code sites} are the names the page's
   * site and outlet go by (null allowed), which are never persons.
   */
  public static List<String> of(String raw, String... sites) {
    if (raw == null || raw.isBlank() || raw.length() > MAX_CHARS) return List.of();
    String s = raw.indexOf('@') >= 0 || raw.contains("://") ? NOISE.matcher(raw).replaceAll(" ") : raw;
    s = s.substring(0, datedEnd(s));
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : PARTS.split(s)) {
      for (String part : Byline.RULES.split().split(unprefixed(line.strip()))) {
        String name = person(unprefixed(part.strip()), sites);
        if (name != null) out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The persons among names a byline already split ("Jane Roe", "Harbour Times staff"), in title case when
   * written in capitals; {@code sites} as in {@link #of}.
   */
  public static List<String> persons(List<String> names, String... sites) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String n : names) {
      String name = n == null || n.length() > MAX_CHARS ? null : person(unprefixed(n.strip()), sites);
      if (name != null) out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
    return List.copyOf(out.values());
  }

  /** Where the names end: before the first date, clock time, age or update note. */
  private static int datedEnd(String s) {
    int end = s.length();
    if (s.chars().noneMatch(Character::isDigit) && !s.contains("ago") && !s.contains("yesterday")) return end;
    NewsDates.Found date = NewsDates.find(s);
    if (date != null) end = Math.min(end, date.start());
    NewsDates.MonthDay day = NewsDates.findMonthDay(s);
    if (day != null) end = Math.min(end, day.start());
    NewsDates.Clock clock = NewsDates.findClock(s);
    if (clock != null) end = Math.min(end, clock.start());
    Matcher age = AGE.matcher(s);
    if (age.find()) end = Math.min(end, age.start());
    RelativeStamp rel = RelativeStamp.find(s);
    if (rel != null) end = Math.min(end, rel.start());
    return end;
  }

  /** The text without an opening "By", "Written by", "Von" ... */
  private static String unprefixed(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String prefix : Byline.RULES.prefixes()) {
      if (lower.startsWith(prefix + " ")) return s.substring(prefix.length() + 1).strip();
    }
    for (String box : Byline.RULES.boxes()) {
      if (lower.startsWith(box)) return s.substring(box.length()).strip();
    }
    return s;
  }

  /** A person's name in title case, or null when the part is a role, an organisation or no name. */
  static String person(String part, String... sites) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(part.replaceAll("[,.;:]+$", ""));
    while (m.find()) words.add(m.group());
    while (!words.isEmpty() && TRAILERS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
    }
    if (words.size() < 2 || words.size() > MAX_NAME_WORDS || words.get(0).equalsIgnoreCase("the") || part.matches(".*[\\d!?\"“”()\\[\\]{}].*")) return null;
    boolean caps = part.equals(part.toUpperCase(Locale.ROOT));
    List<String> cased = new ArrayList<>();
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (Byline.RULES.roleWords().contains(lower)) return null;
      boolean particle = Byline.RULES.lowerWords().contains(lower) && !lower.equals("and") && !lower.equals("in");
      if (!Character.isUpperCase(w.charAt(0)) && !(particle && cased.size() > 0)) return null;
      cased.add(caps && !particle ? titleCase(w) : caps ? lower : w);
    }
    String name = String.join(" ", cased);
    if (Outlets.standard().exactly(name) != null) return null;
    if (sites != null) for (String site : sites) if (sameSite(name, site)) return null;
    return name;
  }

  private static boolean sameSite(String name, String site) {
    if (site == null) return false;
    String n = Outlets.key(name);
    String k = Outlets.key(site);
    return !k.isEmpty() && (n.contains(k) || k.contains(n));
  }

  /** "O'NEIL-SMITH" gives "O'Neil-Smith"; initials stay capitals. */
  static String titleCase(String w) {
    if (w.matches("(?:\\p{Lu}\\.)+")) return w;
    StringBuilder b = new StringBuilder(w.length());
    boolean start = true;
    for (char c : w.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-' || c == '\'' || c == '’' || c == '.';
    }
    return b.toString();
  }
}
