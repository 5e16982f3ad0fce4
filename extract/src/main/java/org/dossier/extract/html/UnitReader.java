package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.PartialDate;
import org.dossier.extract.meta.AuthorNames;
import org.dossier.extract.meta.Byline;
import org.dossier.extract.meta.DataFile;
import org.dossier.extract.meta.NewsDates;
import org.dossier.extract.meta.Outlets;
import org.dossier.extract.meta.SectionLabels;
import org.dossier.extract.meta.Stamp;
import org.jsoup.nodes.Element;

/**
 * Reads one unit's lines as an article would be read: the headline, the stamp (a {@code <time>} or a
 * stamp line, with the source glued to it: "Pacific Herald · Published March 11, 2025"), the outlet line,
 * the byline and the body, which is the prose after the headline. Stateless.
 */
final class UnitReader {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]['\"”’)]?$");
  /** Separators between a source name and a stamp on one line. */
  private static final Pattern SOURCE_SEPARATOR = Pattern.compile("\\s*[·•|]\\s*|\\s+[–—-]\\s+");
  /** A time zone spelled out after a time ("Eastern Daylight Time", "British Summer Time"). */
  private static final Pattern ZONE_NAME =
      Pattern.compile("\\s+\\(?\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2} (?:Standard |Daylight |Summer )?Time\\)?$");
  /** A source name and a compact age side by side ("Reuters 3h"). */
  private static final Pattern AGE_AFTER_NAME = Pattern.compile("(.+?)\\s+(\\d{1,3}\\s?\\p{L}{1,5}\\.?)");
  /** A source name glued to a stamp: capitalised words, no digits or sentence marks. */
  private static final Pattern SOURCE_NAME = Pattern.compile("(?:The |the )?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,5}");

  private static final List<Pattern> FORMS = DataFile.lines(UnitReader.class, "byline-forms.txt").stream()
      .map(f -> Pattern.compile(f.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
  /** A stamp without digits is a day word and little else ("Yesterday", "Updated today"). */
  private static final int MAX_DAY_WORD_STAMP = 3;
  /** A headline repeated as a paragraph differs from it in spacing and marks only. */
  private static final int SAME_TEXT_SLACK = 10;

  private final Patterns patterns;
  private final Outlets outlets;

  UnitReader(Patterns patterns, Outlets outlets) {
    this.patterns = patterns;
    this.outlets = outlets;
  }

  /**
   * What one unit says. A unit without text enough for a body (a headline in a list, a menu entry) is read
   * no further unless {@code always}: most units of a page are such, and stamps cost more to read.
   */
  UnitFacts read(Units.Unit unit, boolean always) {
    if (!always && roughBody(unit) < Heuristics.MIN_UNIT_BODY) {
      return new UnitFacts.Builder(unit.headline().text(), null).build();
    }
    UnitFacts.Builder b = new UnitFacts.Builder(unit.headline().text(), url(unit.headline()));
    String titleKey = key(unit.headline().text());
    PageLines.Line stampLine = null;
    List<PageLines.Line> names = new ArrayList<>();
    int top = unit.headline().index() + Heuristics.MAX_META_LINES;
    for (PageLines.Line l : unit.lines()) {
      if (l == unit.headline() || l.caption()) continue;
      boolean head = l.index() < unit.headline().index();
      if (l.index() > top) {
        if (isBody(l)) b.body(l.text()); // stamps and bylines stand near the headline
        continue;
      }
      if ((l.time() != null && b.stampFrom(l.time())) || stamp(l, b)) {
        if (stampLine == null) stampLine = l;
        continue;
      }
      if (l.words() <= Heuristics.MAX_SOURCE_WORDS && outlets.canonical(l.text()) != null) {
        b.outlet(l.text());
        continue;
      }
      if (byline(l, b)) continue;
      if (head && SOURCE_NAME.matcher(l.text()).matches() && l.text().contains(" ")) names.add(l);
      if (!head && isBody(l) && !sameText(l.text(), unit.headline().text(), titleKey)) b.body(l.text());
    }
    // a card's source: a name beside its stamp, above the headline ("Harbor City Ledger" / "5h")
    for (PageLines.Line n : names) {
      if (stampLine != null && Math.abs(n.index() - stampLine.index()) == 1) b.outlet(n.text());
    }
    return b.build();
  }

  /** An upper bound of the body's length: the unlinked lines of some length after the headline. */
  private static int roughBody(Units.Unit unit) {
    int chars = 0;
    for (PageLines.Line l : unit.lines()) {
      if (l.index() > unit.headline().index() && !l.caption() && l.text().length() >= Heuristics.MIN_VOTING_BLOCK
          && (l.linkDensity() <= Heuristics.MAX_VOTING_LINK_DENSITY || l.words() >= Heuristics.MIN_LINKED_BODY_WORDS)) {
        chars += l.text().length();
      }
    }
    return chars;
  }

  /** A stamp line, alone or with a source name beside it. */
  private boolean stamp(PageLines.Line l, UnitFacts.Builder b) {
    String text = l.text();
    if (text.length() > Heuristics.MAX_STAMP_LINE || l.words() > Heuristics.MAX_STAMP_WORDS) return false;
    if (!Words.hasDigit(text) && l.words() > MAX_DAY_WORD_STAMP) return false; // "Yesterday", "Updated today"
    text = ZONE_NAME.matcher(text).replaceFirst(""); // "06:55 AM Eastern Daylight Time"
    Stamp s = Stamp.parse(text, outlets);
    if (s == null) s = Ages.parse(text);
    if (s == null) s = yearlessDay(text);
    if (s != null) {
      b.stamp(s);
      if (s.source() != null) b.outlet(printedSource(text, s.source()));
      return true;
    }
    Matcher glued = AGE_AFTER_NAME.matcher(text); // "Reuters 3h"
    String[] parts = glued.matches() ? new String[] {glued.group(1), glued.group(2)} : SOURCE_SEPARATOR.split(text, 2);
    if (parts.length < 2) return false;
    for (int i = 0; i < 2; i++) {
      Stamp half = Stamp.parse(parts[i], outlets);
      if (half == null) half = Ages.parse(parts[i]);
      if (half == null) half = yearlessDay(parts[i]);
      String name = parts[1 - i].strip();
      if (half != null && SOURCE_NAME.matcher(name).matches()
          && (name.contains(" ") || outlets.canonical(name) != null)) {
        b.stamp(half);
        b.outlet(name);
        return true;
      }
    }
    return false;
  }

  /**
   * A day without a year making up the line, maybe after a known source ("Oct 31", "Friday, Oct 31",
   * "KYODO, Nov 1"): the page's year dates it.
   */
  private Stamp yearlessDay(String text) {
    NewsDates.MonthDay day = NewsDates.findMonthDay(text);
    if (day == null || !text.substring(day.end()).replaceAll("[\\s,.|·•–-]+", "").isEmpty()) return null;
    String before = text.substring(0, day.start()).replaceAll("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b", "")
        .replaceAll("[\\s,.|·•–-]+$", "").strip();
    String source = before.isEmpty() ? null : outlets.canonical(before);
    return before.isEmpty() || source != null ? new Stamp(source, null, null, day, null, null) : null;
  }

  /** The source as the line prints it ("KYODO" rather than the lexicon's "Kyodo News"), when it does. */
  private String printedSource(String line, String canonical) {
    String first = line.split("\\s*[,/|·•–]\\s*|\\s+-\\s+")[0].strip();
    return canonical.equals(outlets.canonical(first)) ? first : canonical;
  }

  /** A byline ("By Jane Roe", a form of {@code byline-forms.txt}), or a bare name in a line classed as a byline. */
  private static boolean byline(PageLines.Line l, UnitFacts.Builder b) {
    Byline by = Byline.parse(l.text());
    for (int i = 0; by == null && i < FORMS.size(); i++) {
      Matcher m = FORMS.get(i).matcher(l.text());
      if (m.matches()) by = Byline.parse("By " + m.group("names"));
    }
    if (by == null && l.authorHint() && nameShaped(l.text())) by = Byline.parse("By " + l.text());
    if (by == null) return false;
    b.byline(by);
    return true;
  }

  private static boolean nameShaped(String s) {
    String[] words = s.strip().split("\\s+");
    if (words.length < 2 || words.length > Heuristics.MAX_SOURCE_WORDS) return false;
    for (String w : words) if (!Character.isUpperCase(w.charAt(0))) return false;
    return true;
  }

  /** Prose: mostly unlinked text that reads as a sentence, no label (boilerplate goes in {@link #clean}). */
  private boolean isBody(PageLines.Line l) {
    String s = l.text();
    if (s.length() < Heuristics.MIN_VOTING_BLOCK) return false;
    // a whole card may be one link: its summary is still prose when it reads as sentences
    boolean sentences = l.words() >= Heuristics.MIN_LINKED_BODY_WORDS && SENTENCE_END.matcher(s).find();
    if (l.linkDensity() > Heuristics.MAX_VOTING_LINK_DENSITY && !sentences) return false;
    if (l.headingLevel() > 0 && l.headingLevel() <= 6) return false;
    if (!SENTENCE_END.matcher(s).find() && l.words() < Heuristics.MIN_UNPUNCTUATED_BODY_WORDS) return false;
    return SectionLabels.of(s) == null;
  }

  /** The body without boilerplate sentences (a newsletter appeal inside a card). */
  List<String> clean(List<String> body) {
    List<String> out = new ArrayList<>(body.size());
    for (String p : body) if (!patterns.isChromeText(p)) out.add(p);
    return out;
  }

  private static String url(PageLines.Line headline) {
    Element block = headline.block();
    if (block == null) return null;
    Element link = block.normalName().equals("a") ? block : block.selectFirst("a[href]");
    if (link == null) link = block.closest("a[href]");
    String url = link == null ? "" : link.absUrl("href");
    return url.isEmpty() ? null : url;
  }

  static boolean sameText(String line, String title, String titleKey) {
    return Math.abs(line.length() - title.length()) <= SAME_TEXT_SLACK && key(line).equals(titleKey);
  }

  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("(?U)\\W+", "");
  }

  /** The persons the bylines name, once each, cleaned as the main article's are ({@link AuthorNames}). */
  static List<String> names(List<Byline> bylines, String... sites) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (Byline b : bylines) {
      for (String a : AuthorNames.persons(b.authors(), sites)) if (seen.add(key(a))) out.add(a);
    }
    return out;
  }
}
