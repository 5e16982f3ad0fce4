package org.dossier.annotate.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.Span;

/**
 * Cuts the reported clause of a statement without quotation marks out of its sentence: what precedes a
 * postposed ", X said" or ", according to X"; what follows a preposed "X said (that)" or "According to
 * X,", up to the next attribution.
 */
final class Statements {
  /** A dateline opening a sentence: "June 4 (UPI) -- ", "SEOUL, June 4 (Reuters) - ", "Seoul: ". */
  private static final Pattern DATELINE =
      Pattern.compile("^(?:[^()\\n]{0,40}\\([^)]{1,30}\\)\\s*[-—–]{1,2}\\s*|[A-Z][\\p{L} ]{1,25}:\\s+)");
  private static final Pattern THAT = Pattern.compile("\\bthat\\s");
  /** How far after a preposed verb a "that" may open the clause ("said in a statement on Monday that"). */
  private static final int THAT_REACH = 90;
  private static final int MIN_WORDS = 4;
  private static final java.util.Set<String> PREPOSITIONS = Lexicon.words(Statements.class, "prepositions.txt");
  private static final java.util.Set<String> INFINITIVE_VERBS = Lexicon.words(Statements.class, "infinitive-verbs.txt");
  private static final List<String> CLAUSE_ENDS = Lexicon.lines(Statements.class, "clause-ends.txt");

  private Statements() {}

  /** The reported clause attributed by {@code cue} in {@code sentence}, or null when there is none. */
  static Span clause(String text, Span sentence, Cue cue, List<Cue> all) {
    int start = bodyStart(text, sentence);
    int end = trimEnd(text, sentence.begin(), sentence.end());
    if (cue.kind() == Cue.Kind.ACCORDING && cue.span().begin() <= start + 1) {
      int comma = nextComma(text, cue.span().end());
      if (comma < 0 || comma >= end) return null;
      return trim(text, new Span(comma + 1, clauseEnd(text, comma + 1, nextCue(text, all, cue, comma + 1, end))));
    }
    boolean inverted = cue.subjectBegin() < 0 && cue.kind() == Cue.Kind.SAY;
    int after = inverted || cue.kind() == Cue.Kind.ACCORDING ? -1 : preposedStart(text, cue, end);
    if (after >= 0) {
      Span s = trim(text, new Span(after, clauseEnd(text, after, nextCue(text, all, cue, after, end))));
      if (s != null) return s;
    }
    int before = cue.subjectBegin() >= 0 ? Math.min(cue.subjectBegin(), cue.span().begin()) : cue.span().begin();
    int comma = lastComma(text, before - 1);
    return comma > start ? trim(text, new Span(start, comma)) : null;
  }

  /**
   * Where a clause after the verb starts: after a "that" close by, else right after the verb unless a
   * comma or a preposition follows ("said in a speech"), or the verb needs a "that" ("reported that").
   */
  private static int preposedStart(String text, Cue cue, int end) {
    int from = cue.span().end();
    if (from >= end) return -1;
    Matcher m = THAT.matcher(text).region(from, Math.min(end, from + THAT_REACH));
    if (m.find() && !text.substring(from, m.start()).contains(",")) return m.end();
    List<TextToken> next = TextToken.of(text, from, Math.min(end, from + 40));
    if (!next.isEmpty() && next.get(0).lower().equals("to") && INFINITIVE_VERBS.contains(verbOf(text, cue))) {
      return next.get(0).begin(); // "vowing to build ...": the promise is the clause
    }
    if (!cue.strength().equals("core")) return -1;
    boolean quoteMark = !next.isEmpty() && "\"“‘'".contains(next.get(0).text());
    if (next.isEmpty() || !(next.get(0).isWord() || quoteMark) || PREPOSITIONS.contains(next.get(0).lower())) return -1;
    return from;
  }

  private static String verbOf(String text, Cue cue) {
    return cue.verb().of(text).toLowerCase(java.util.Locale.ROOT);
  }

  /** The next comma from {@code from} that separates clauses, not digits ("1,000"); -1 if none. */
  private static int nextComma(String text, int from) {
    int at = text.indexOf(',', from);
    while (at >= 0 && inNumber(text, at)) at = text.indexOf(',', at + 1);
    return at;
  }

  private static int lastComma(String text, int from) {
    int at = text.lastIndexOf(',', from);
    while (at >= 0 && inNumber(text, at)) at = text.lastIndexOf(',', at - 1);
    return at;
  }

  private static boolean inNumber(String text, int comma) {
    return comma > 0 && comma + 1 < text.length() && Character.isDigit(text.charAt(comma - 1))
        && Character.isDigit(text.charAt(comma + 1));
  }

  private static int nextCue(String text, List<Cue> all, Cue cue, int from, int end) {
    int to = end;
    for (Cue c : all) {
      if (c != cue && c.span().begin() > from && c.span().begin() < to) {
        int comma = lastComma(text, c.span().begin());
        to = comma > from ? comma : c.span().begin();
      }
    }
    return to;
  }

  private static int clauseEnd(String text, int from, int to) {
    String lower = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    int cut = to;
    for (String end : CLAUSE_ENDS) {
      int at = lower.indexOf(end);
      while (at > 0 && Character.isLetter(lower.charAt(at - 1))) at = lower.indexOf(end, at + 1); // whole words
      if (at >= 0 && wordsBetween(text, from, from + at) >= MIN_WORDS) cut = Math.min(cut, from + at);
    }
    return cut;
  }

  private static long wordsBetween(String text, int from, int to) {
    return from >= to ? 0 : TextToken.of(text, from, to).stream().filter(TextToken::isWord).count();
  }

  private static int bodyStart(String text, Span sentence) {
    Matcher m = DATELINE.matcher(text).region(sentence.begin(), sentence.end());
    return m.lookingAt() ? m.end() : sentence.begin();
  }

  private static int trimEnd(String text, int begin, int end) {
    while (end > begin && ".!?;:, \"'”’".indexOf(text.charAt(end - 1)) >= 0) end--;
    return end;
  }

  private static Span trim(String text, Span s) {
    int b = s.begin();
    int e = trimEnd(text, b, s.end());
    while (b < e && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == ',')) b++;
    if (e <= b) return null;
    long words = TextToken.of(text, b, e).stream().filter(TextToken::isWord).count();
    return words >= MIN_WORDS ? new Span(b, e) : null;
  }
}
