package org.dossier.extract.text;

import java.util.regex.Pattern;
import org.dossier.extract.meta.Byline;
import org.dossier.extract.meta.Outlets;
import org.dossier.extract.meta.Stamp;

/** Classifies single lines of a text dump: the first test that fits decides. Thread-safe. */
final class LineClassifier {
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  /** A bullet or dash that pages put before a source name ("- Mint", "• The Daily Post"). */
  private static final Pattern BULLET = Pattern.compile("^[-–—•·*]\\s*");
  /** Sentence punctuation that ends prose; headlines end without it. */
  private static final Pattern PROSE_END = Pattern.compile("[.,;:…]['\"”’)]?$");

  private final TextLexicon lexicon;
  private final Outlets outlets;

  LineClassifier(TextLexicon lexicon, Outlets outlets) {
    this.lexicon = lexicon;
    this.outlets = outlets;
  }

  Line classify(int index, String raw) {
    String full = raw.strip();
    if (full.isEmpty()) return Line.of(index, full, LineClass.BLANK);
    // patterns look at a bounded window so one huge line cannot make classification slow
    String window = full.length() > TextRules.MAX_EXAMINED_CHARS
        ? full.substring(0, TextRules.MAX_EXAMINED_CHARS) : full;
    // chrome glued to the end of a paragraph ("... Subscribe.") must not make the paragraph chrome
    String s = lexicon.cutTail(window);
    if (s.isEmpty()) return Line.of(index, full, LineClass.CHROME);
    int words = Line.wordCount(s);
    if (!LETTER.matcher(s).find()) {
      Stamp clock = Stamp.parse(s, outlets); // "14:05" has no letters but is a feed item's time
      return clock == null ? Line.of(index, full, LineClass.CHROME)
          : new Line(index, full, LineClass.STAMP, TextLexicon.Section.NONE, clock, null, null);
    }
    Line meta = metadata(index, full, s);
    if (meta != null) return meta;
    if (lexicon.chrome(s, words)) return Line.of(index, full, LineClass.CHROME);
    if (words <= TextRules.MAX_CAPTION_WORDS && lexicon.caption(s)) return Line.of(index, full, LineClass.CAPTION);
    if (labelShaped(s, words)) return Line.of(index, full, LineClass.LABEL);
    if (tagList(s)) return Line.of(index, full, LineClass.CHROME);
    return Line.of(index, full, titleShaped(s, words) ? LineClass.TITLE : LineClass.BODY);
  }

  /** Stamps, source names, section labels and bylines; null when the line is none of them. */
  private Line metadata(int index, String full, String s) {
    Stamp stamp = Stamp.parse(s, outlets);
    if (stamp != null) return new Line(index, full, LineClass.STAMP, TextLexicon.Section.NONE, stamp, null, null);
    String outlet = outlets.canonical(s);
    String unbulleted = BULLET.matcher(s).replaceFirst("");
    if (outlet == null && !unbulleted.equals(s)) outlet = sourceName(unbulleted);
    if (outlet != null) return new Line(index, full, LineClass.OUTLET, TextLexicon.Section.NONE, null, null, outlet);
    TextLexicon.Section section = lexicon.label(s);
    if (section != null) return new Line(index, full, LineClass.LABEL, section, null, null, null);
    Byline byline = Byline.parse(s);
    if (byline == null) byline = Byline.sourceAndName(s, outlets);
    if (byline != null) return new Line(index, full, LineClass.BYLINE, TextLexicon.Section.NONE, null, byline, null);
    return null;
  }

  /** After a bullet: a known outlet, or a short capitalised name that is not a sentence. */
  private String sourceName(String s) {
    String known = outlets.canonical(s);
    if (known != null) return known;
    boolean shortName = Line.wordCount(s) <= TextRules.MAX_LABEL_WORDS + 2 && Character.isUpperCase(s.charAt(0))
        && !PROSE_END.matcher(s).find();
    return shortName ? s : null;
  }

  private static boolean labelShaped(String s, int words) {
    boolean prose = PROSE_END.matcher(s).find();
    if (words <= TextRules.MAX_LABEL_WORDS && (!prose || s.endsWith(":") || s.endsWith("..."))) return true;
    if (s.endsWith(":") && words <= TextRules.MAX_COLON_LABEL_WORDS) return true;
    return words <= TextRules.MAX_CAPS_LABEL_WORDS && s.equals(s.toUpperCase(java.util.Locale.ROOT))
        && s.chars().filter(Character::isLetter).count() > 1;
  }

  /** "News, Asia, North Korea, Defence": short comma-separated items and nothing else. */
  private static boolean tagList(String s) {
    if (PROSE_END.matcher(s).find()) return false;
    String[] items = s.split("\\s*[,|]\\s*");
    if (items.length < TextRules.MIN_TAGS) return false;
    for (String item : items) {
      int w = Line.wordCount(item);
      if (w == 0 || w > TextRules.MAX_TAG_WORDS) return false;
      for (String word : item.split("\\s+")) {
        if (!Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))) return false;
      }
    }
    return true;
  }

  private static boolean titleShaped(String s, int words) {
    if (words < TextRules.MIN_TITLE_WORDS || words > TextRules.MAX_TITLE_WORDS) return false;
    char first = s.charAt(0);
    boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'".indexOf(first) >= 0;
    return opens && !PROSE_END.matcher(s).find();
  }
}
