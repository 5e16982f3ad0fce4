package org.dossier.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Span;

/**
 * Finds the stretches of text inside quotation marks: straight and curly double quotes, guillemets, and
 * single quotes used as quotation marks (headlines, wires). A single quote counts as a mark only at a word
 * edge, so apostrophes ("Korea's", "don't") never open or close a quote. Marks are paired within one
 * paragraph; an opening mark without its closing one is dropped, so unbalanced input yields fewer quotes,
 * never a quote that runs on, unless the next paragraph opens with a double mark: then the quotation runs
 * to the paragraph's end (news style for a quotation over paragraphs).
 */
public final class QuoteMarks {
  /** Longest quotation taken, in characters. */
  public static final int MAX_QUOTE = 3000;

  private QuoteMarks() {}

  /** The quoted contents (marks excluded) in {@code text[from, to)}, in text order, not nested. */
  public static List<Span> find(CharSequence text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int para = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '\n') {
        int open = inParagraph(text, para, i, out);
        if (open >= 0 && i < to && opensNext(text, i, to)) add(text, open + 1, i, out);
        para = i + 1;
      }
    }
    return out;
  }

  /**
   * True when the paragraph after {@code end} opens with a quotation mark: the news convention for a
   * quotation running over paragraphs leaves the earlier paragraphs' quotes unclosed.
   */
  private static boolean opensNext(CharSequence text, int end, int to) {
    int j = end;
    while (j < to && Character.isWhitespace(text.charAt(j))) j++;
    return j < to && "\"“«„".indexOf(text.charAt(j)) >= 0;
  }

  /** Adds the paragraph's quotes; returns the offset of an opening mark left unclosed, or -1. */
  private static int inParagraph(CharSequence text, int from, int to, List<Span> out) {
    int open = -1;
    char expected = 0;
    for (int i = from; i < to; i++) {
      if (open < 0) {
        char closer = closerFor(text, i, from, to);
        if (closer != 0) {
          open = i;
          expected = closer;
        }
      } else if (closes(text, i, expected, from, to)) {
        add(text, open + 1, i, out);
        open = -1;
      } else if (i - open > MAX_QUOTE) {
        open = -1; // no closing mark within reach: drop the opening mark, go on from here (bounded work)
      }
    }
    return expected == '"' || expected == '”' || expected == '»' || expected == '“' ? open : -1;
  }

  /** The closing mark that matches an opening mark at i, or 0 when i opens nothing. */
  private static char closerFor(CharSequence text, int i, int from, int to) {
    char c = text.charAt(i);
    switch (c) {
      case '“': return '”';
      case '„': return '“';
      case '«': return '»';
      case '"': return '"';
      case '‘', '\'':
        boolean edgeBefore = i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
        return edgeBefore && wordAfter ? (c == '‘' ? '’' : '\'') : 0;
      default: return 0;
    }
  }

  private static boolean closes(CharSequence text, int i, char expected, int from, int to) {
    char c = text.charAt(i);
    if (expected == '’' || expected == '\'') {
      if (c != '’' && c != '\'') return false;
      boolean edgeAfter = i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
      boolean textBefore = i > from && !Character.isWhitespace(text.charAt(i - 1));
      return edgeAfter && textBefore;
    }
    return c == expected || (expected == '”' && c == '"') || (expected == '"' && c == '”');
  }

  private static void add(CharSequence text, int b, int e, List<Span> out) {
    int s = b;
    int t = e;
    while (s < t && Character.isWhitespace(text.charAt(s))) s++;
    while (t > s && (Character.isWhitespace(text.charAt(t - 1)) || ",.;:".indexOf(text.charAt(t - 1)) >= 0)) t--;
    boolean hasLetter = false;
    for (int k = s; k < t && !hasLetter; k++) hasLetter = Character.isLetter(text.charAt(k));
    if (hasLetter) out.add(new Span(s, t));
  }
}
