package org.dossier.extract.meta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexicon of news outlets and agencies ({@code outlets.tsv}): recognises an outlet where a page names
 * one (a source line, a byline, an agency stamp, a dateline) and gives its canonical name. Thread-safe.
 */
public final class Outlets {
  /** Shortest normalised key that may match with one letter wrong; shorter names must match exactly. */
  private static final int MIN_FUZZY_KEY = 10;
  private static final Outlets STANDARD = load();

  private final Map<String, String> canonicalByKey;
  private final Set<String> agencies;
  private final List<String[]> spellings; // {spelling, canonical}, longest first
  private final Pattern mention;

  private Outlets(Map<String, String> canonicalByKey, Set<String> agencies, List<String[]> spellings) {
    this.canonicalByKey = Map.copyOf(canonicalByKey);
    this.agencies = Set.copyOf(agencies);
    this.spellings = List.copyOf(spellings);
    List<String> distinctive = spellings.stream().map(s -> s[0]).filter(Outlets::distinctive)
        .map(Pattern::quote).toList();
    this.mention = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", distinctive) + ")(?![\\p{L}\\p{N}])");
  }

  /** The lexicon shipped with Dossier. */
  public static Outlets standard() {
    return STANDARD;
  }

  /** A name found at the start of a text, and where the text goes on after it. */
  public record Match(String outlet, int end) {}

  /** The canonical name when {@code name} as a whole is an outlet's name or alias; null otherwise. */
  public String canonical(String name) {
    String key = key(name);
    if (key.isEmpty()) return null;
    String exact = canonicalByKey.get(key);
    if (exact != null || key.length() < MIN_FUZZY_KEY) return exact;
    for (Map.Entry<String, String> e : canonicalByKey.entrySet()) {
      if (e.getKey().length() >= MIN_FUZZY_KEY && withinOneEdit(key, e.getKey())) return e.getValue();
    }
    return null;
  }

  /** The canonical name when {@code name} is exactly an outlet's name or alias (no typo allowed); else null. */
  public String exactly(String name) {
    return canonicalByKey.get(key(name));
  }

  /**
   * The outlet named at the very start of {@code text}, when what follows is the end, a separator or a
   * new capitalised word glued on ("The Daily PostJane Roe"); null otherwise.
   */
  public Match prefix(String text) {
    for (String[] s : spellings) {
      String sp = s[0];
      if (text.length() < sp.length() || !text.regionMatches(true, 0, sp, 0, sp.length())) continue;
      if (text.length() == sp.length()) return new Match(s[1], sp.length());
      char next = text.charAt(sp.length());
      if (!Character.isLetterOrDigit(next) || Character.isUpperCase(next)) return new Match(s[1], sp.length());
    }
    return null;
  }

  /** Outlets named in running text by a distinctive spelling (several words or an acronym), in order. */
  public List<String> mentions(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = mention.matcher(text);
    while (m.find()) {
      String c = canonicalByKey.get(key(m.group()));
      if (c != null) out.add(c);
    }
    return List.copyOf(out);
  }

  public boolean isAgency(String canonical) {
    return agencies.contains(canonical);
  }

  /** Lower case letters and digits only, accents and a leading "the" dropped. */
  static String key(String name) {
    String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).strip();
    if (s.startsWith("the ")) s = s.substring(4);
    return s.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Whether a spelling is safe to look for inside running text: several words, or an acronym of 3+. */
  private static boolean distinctive(String spelling) {
    if (spelling.strip().contains(" ")) return true;
    return spelling.length() >= 3 && spelling.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) return false;
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) return false;
      if (a.length() > b.length()) i++;
      else if (b.length() > a.length()) j++;
      else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }

  private static Outlets load() {
    Map<String, String> byKey = new HashMap<>();
    Set<String> agencies = new LinkedHashSet<>();
    List<String[]> spellings = new ArrayList<>();
    for (String line : DataFile.lines(Outlets.class, "outlets.tsv")) {
      String[] f = DataFile.fields("outlets.tsv", line, 2);
      String canonical = f[0].strip();
      if (f[1].strip().equals("agency")) agencies.add(canonical);
      List<String> names = new ArrayList<>(List.of(canonical));
      if (f.length > 2) for (String a : f[2].split("\\|")) if (!a.isBlank()) names.add(a.strip());
      for (String n : names) {
        byKey.putIfAbsent(key(n), canonical);
        spellings.add(new String[] {n, canonical});
      }
    }
    spellings.sort(Comparator.comparingInt((String[] s) -> s[0].length()).reversed());
    return new Outlets(byKey, agencies, spellings);
  }
}
