package org.dossier.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.PartialDate;

/**
 * What a byline line says: its authors, the outlet it names, and its timestamp. Parses inline bylines
 * ("by A and B May 4, 2025 7:35 AM 2 min read"), author boxes ("Authors: A, B") and source-name lines
 * ("The Daily PostJane Roe", "Jane Roe | Reuters"), following {@code bylines.txt}.
 *
 * @param authors the people or desks named, in order
 * @param outlet the outlet named or implied (a desk of an outlet), or null
 * @param published the timestamp in the line, or null
 * @param box true for an author box ("Author: ..."), which describes the page's main article
 */
public record Byline(List<String> authors, String outlet, PartialDate published, boolean box) {
  /** Longest line read as a byline; longer lines are prose. */
  private static final int MAX_CHARS = 220;
  /** Most words in one name ("The Daily Post World news desk"). */
  private static final int MAX_NAME_WORDS = 7;
  /** Most words of a name glued after a source name ("The Daily PostJane Roe"). */
  private static final int MAX_GLUED_NAME_WORDS = 4;

  /**
   * Two page elements rendered without a space: a source name ending in a word of at least three lower-case
   * letters, then a capitalised name ("The Daily PostJane Roe"). Shorter joins are name spellings
   * ("McCain", "DeSantis").
   */
  private static final Pattern GLUED =
      Pattern.compile("(?<source>(?:\\p{Lu}[\\p{L}.'&-]*\\s+)*\\p{Lu}\\p{L}*?\\p{Ll}{3})(?<name>\\p{Lu}\\p{Ll}[\\p{L}.' -]*)");
  static final BylineRules RULES = BylineRules.load();

  public Byline {
    authors = List.copyOf(authors);
  }

  /** The byline in {@code line}, or null when the line is not one. */
  public static Byline parse(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_CHARS) return null;
    String lower = s.toLowerCase(Locale.ROOT);
    for (String box : RULES.boxes()) {
      if (lower.startsWith(box)) return names(s.substring(box.length()), true);
    }
    for (String prefix : RULES.prefixes()) {
      if (!lower.startsWith(prefix + " ")) continue;
      String rest = s.substring(prefix.length() + 1);
      String named = rest.startsWith("the ") ? rest.substring(4) : rest; // "by the Daily Post news desk"
      if (!named.isEmpty() && Character.isUpperCase(named.charAt(0))) return names(rest, false);
    }
    return null;
  }

  /** A source name joined to a person's name ("The Daily PostJane Roe", "Jane Roe | Reuters"); else null. */
  public static Byline sourceAndName(String line, Outlets outlets) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_CHARS) return null;
    Outlets.Match m = outlets.prefix(s);
    if (m != null && m.end() < s.length()) {
      String rest = s.substring(m.end()).replaceFirst("^[\\s|·•,–-]+", "");
      if (isName(rest, MAX_GLUED_NAME_WORDS)) return new Byline(List.of(rest), m.outlet(), null, false);
    }
    Matcher glued = GLUED.matcher(s);
    if (glued.matches() && isName(glued.group("name"), MAX_GLUED_NAME_WORDS)
        && Character.isUpperCase(s.charAt(0)) && glued.group("source").split("\\s+").length <= MAX_GLUED_NAME_WORDS) {
      String source = glued.group("source");
      String known = outlets.canonical(source);
      return new Byline(List.of(glued.group("name")), known != null ? known : source, null, false);
    }
    int cut = Math.max(s.lastIndexOf(" | "), Math.max(s.lastIndexOf(", "), s.lastIndexOf(" - ")));
    if (cut > 0) {
      String outlet = outlets.canonical(s.substring(cut + 2));
      String name = s.substring(0, cut).strip();
      if (outlet != null && isName(name, MAX_GLUED_NAME_WORDS)) return new Byline(List.of(name), outlet, null, false);
    }
    return null;
  }

  private static Byline names(String rest, boolean box) {
    NewsDates.Found date = NewsDates.find(rest);
    String names = date == null ? rest : rest.substring(0, date.start());
    String tail = date == null ? "" : rest.substring(date.end());
    for (Pattern f : RULES.fillers()) {
      names = f.matcher(names).replaceAll(" ");
      tail = f.matcher(tail).replaceAll(" ");
    }
    if (!tail.isBlank()) return null; // prose goes on after the date: not a byline
    List<String> authors = new ArrayList<>();
    String outlet = null;
    for (String part : RULES.split().split(names.strip())) {
      String p = part.strip().replaceAll("[.:]$", "").replaceFirst("^the ", "The ");
      if (p.isEmpty()) continue;
      String named = Outlets.standard().canonical(p);
      if (named != null) {
        outlet = outlet == null ? named : outlet;
      } else if (isName(p, MAX_NAME_WORDS)) {
        authors.add(p);
        if (outlet == null) outlet = Outlets.standard().mentions(p).stream().findFirst().orElse(null);
      } else {
        return null;
      }
    }
    if (authors.isEmpty() && outlet == null) return null;
    return new Byline(authors, outlet, date == null ? null : date.date(), box);
  }

  /** A person's or desk's name: capitalised words, a few allowed lower-case words, no sentence marks. */
  static boolean isName(String s, int maxWords) {
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) || s.matches(".*[!?;:\"“”()\\d].*")) return false;
    String[] words = s.split("\\s+");
    if (words.length > maxWords || (words.length < 2 && !s.contains("-"))) return false;
    for (String w : words) {
      boolean capital = Character.isUpperCase(w.charAt(0));
      if (!capital && !RULES.lowerWords().contains(w.toLowerCase(Locale.ROOT))) return false;
    }
    return !RULES.lowerWords().contains(words[words.length - 1].toLowerCase(Locale.ROOT))
        || words[words.length - 1].matches("(?i)desk|staff|team|bureau|editors");
  }

  /** The rules of {@code bylines.txt}, loaded once. */
  record BylineRules(List<String> prefixes, List<String> boxes, List<Pattern> fillers, Set<String> lowerWords,
      Pattern split, Set<String> roleWords) {
    static BylineRules load() {
      List<String> prefixes = new ArrayList<>();
      List<String> boxes = new ArrayList<>();
      List<Pattern> fillers = new ArrayList<>();
      List<String> lower = new ArrayList<>();
      List<String> roles = new ArrayList<>();
      Pattern split = null;
      for (String line : DataFile.lines(Byline.class, "bylines.txt")) {
        String[] f = DataFile.fields("bylines.txt", line, 2);
        String v = f[1].strip();
        switch (f[0]) {
          case "prefix" -> prefixes.add(v);
          case "box" -> boxes.add(v);
          case "filler" -> fillers.add(Pattern.compile(v, Pattern.CASE_INSENSITIVE));
          case "lower" -> lower.addAll(List.of(v.split("\\s+")));
          case "split" -> split = Pattern.compile(v, Pattern.CASE_INSENSITIVE);
          case "role" -> roles.addAll(List.of(v.toLowerCase(Locale.ROOT).split("\\s+")));
          default -> throw new IllegalStateException("bylines.txt: unknown kind '" + f[0]
              + "'; use prefix, box, filler, lower, split or role");
        }
      }
      if (split == null) throw new IllegalStateException("bylines.txt: a 'split' line is required");
      return new BylineRules(prefixes, boxes, fillers, Set.copyOf(lower), split, Set.copyOf(roles));
    }
  }
}
