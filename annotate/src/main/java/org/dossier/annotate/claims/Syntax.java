package org.dossier.annotate.claims;

import java.util.List;
import java.util.Set;
import org.dossier.annotate.nlp.Dependency;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.annotate.nlp.Token;
import org.dossier.core.model.Span;

/**
 * The dependency parse seen from a number's characters: which noun it counts. {@link #NONE} stands for
 * text without a parse (then QuantityFinder falls back to word order).
 */
final class Syntax {
  static final Syntax NONE = new Syntax(null);
  /** How far (in tokens) a counted noun may stand after its number. */
  private static final int MAX_REACH = 8;
  private static final Set<String> COUNTING = Set.of("nummod", "nummod:gov");

  private final ParsedText parsed;

  private Syntax(ParsedText parsed) {
    this.parsed = parsed;
  }

  static Syntax of(ParsedText parsed) {
    return parsed == null ? NONE : new Syntax(parsed);
  }

  /** What the parse says a number counts. */
  enum Kind {
    /** No parse here: decide by word order. */
    UNPARSED,
    /** The number counts a common noun: {@link Noun#token()}. */
    COUNT,
    /** The number is part of a proper name ("One Home Depot", "118 Depot Street", "S&P 500"). */
    NAME,
    /** The number counts nothing written after it ("only two committed", "rose to 14"). */
    NONE
  }

  /** The parse's reading of a number: its kind and, for a count, the counted noun's token. */
  record Noun(Kind kind, Token token) {
    static final Noun UNPARSED = new Noun(Kind.UNPARSED, null);
    static final Noun NOTHING = new Noun(Kind.NONE, null);
  }

  /**
   * Whether the words of {@code span} hold no noun other than number words ("either 10 bln or 10 tln",
   * "I can give you 10M"); null without a parse.
   */
  Boolean nounless(Span span) {
    if (parsed == null) return null;
    List<Token> tokens = parsed.tokensIn(span);
    if (tokens.isEmpty()) return null;
    return tokens.stream().noneMatch(t -> t.pos().startsWith("NN") && t.word().chars().noneMatch(Character::isDigit)
        && !NumberReader.isNumberPart(t.word().toLowerCase(java.util.Locale.ROOT)));
  }

  /** The noun the number in {@code number} counts, by its nummod arc, or by "N of their contacts". */
  Noun counted(Span number) {
    if (parsed == null) return Noun.UNPARSED;
    Sentence s = parsed.sentenceAt(number.begin());
    if (s == null || s.dependencies().isEmpty()) return Noun.UNPARSED;
    List<Token> own = s.tokens().stream().filter(t -> number.overlaps(t.span())).toList();
    if (own.isEmpty()) return Noun.UNPARSED;
    for (Token t : own) {
      Token head = countedBy(s, t, number);
      if (head != null) {
        boolean proper = head.pos().equals("NNP") && !head.word().equals(head.word().toLowerCase());
        return new Noun(proper ? Kind.NAME : Kind.COUNT, head);
      }
      Dependency arc = s.headOf(t.index());
      if (arc != null && arc.governor() >= 0 && COUNTING.contains(arc.relation())
          && arc.governor() < t.index() && s.tokens().get(arc.governor()).pos().equals("NNP")) {
        return new Noun(Kind.NAME, s.tokens().get(arc.governor())); // "the S&P 500"
      }
    }
    Token of = partitive(s, own.get(own.size() - 1));
    return of == null ? Noun.NOTHING : new Noun(Kind.COUNT, of);
  }

  /** The noun a number token modifies as nummod, after it and outside the number; via "conj" for "40 and 60 people". */
  private static Token countedBy(Sentence s, Token t, Span number) {
    Dependency arc = s.headOf(t.index());
    if (arc == null || arc.governor() < 0) return null;
    if (arc.relation().equals("conj")) {
      Token first = s.tokens().get(arc.governor());
      if (first.pos().equals("CD") && !number.overlaps(first.span())) return countedBy(s, first, first.span());
      return null;
    }
    if (!COUNTING.contains(arc.relation())) return null;
    Token head = s.tokens().get(arc.governor());
    if (number.overlaps(head.span()) || arc.governor() < t.index() || arc.governor() - t.index() > MAX_REACH) return null;
    return head.pos().startsWith("NN") || isNationality(head) ? head : null;
  }

  /** "three million Vietnamese": a capitalised adjective that a number counts names people of a nation. */
  static boolean isNationality(Token t) {
    return t.pos().equals("JJ") && Character.isUpperCase(t.word().charAt(0));
  }

  /** "46 of their close contacts": the plural noun after "of" that depends on the number. */
  private static Token partitive(Sentence s, Token number) {
    for (Dependency d : s.dependentsOf(number.index())) {
      if (!d.relation().startsWith("nmod") || d.dependent() <= number.index()) continue;
      Token noun = s.tokens().get(d.dependent());
      boolean of = s.dependentsOf(d.dependent()).stream()
          .anyMatch(c -> c.relation().equals("case") && s.tokens().get(c.dependent()).word().equalsIgnoreCase("of"));
      if (of && noun.pos().equals("NNS") && d.dependent() - number.index() <= MAX_REACH) return noun;
    }
    return null;
  }
}
