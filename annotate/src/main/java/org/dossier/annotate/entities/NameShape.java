package org.dossier.annotate.entities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.annotate.nlp.Token;

/**
 * Whether a stretch of tokens can be a name at all. Capitalised phrases from song and film titles,
 * headlines and slogans ("Take It Easy", "We're Not Gonna") reach the tagger and the name guesser as if
 * they were names; their words give them away: a pronoun, a contraction, or mostly verbs and adverbs. A
 * phrase of title words only ("Deputy Director") names no one. A sentence in title case (a headline) is
 * no ground for guessing names from capitals.
 */
final class NameShape {
  private static final Set<String> PRONOUNS = Set.of("PRP", "PRP$", "WP", "WP$", "EX", "UH");
  private static final Set<String> VERBAL = Set.of("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "RB", "RBR", "RBS",
      "WDT", "WRB");

  private final Map<String, String> titles;
  private final Map<String, String> fields;

  NameShape(EntityLexicon lex) {
    this.titles = lex.kindCues("title");
    this.fields = lex.ministryFields;
  }

  /**
   * False when tokens {@code [begin, end)} of a sentence cannot be a name: besides the phrase's own words,
   * a contraction piece right after it ("Gon" of "Gonna"), a ministry's field before a title ("Defence" of
   * "Defence Secretary"), or capitals that go on beyond it (a fragment of an all-caps line: "CALDER" of
   * "CALDER FALLS").
   */
  boolean isName(List<Token> sentence, int begin, int end) {
    if (end < sentence.size() && isContraction(sentence.get(end))) return false;
    if (end - begin == 1 && end < sentence.size() && fields.containsKey(lower(sentence.get(begin)))
        && "".equals(titles.get(lower(sentence.get(end))))) {
      return false;
    }
    if (isCapitals(sentence, begin, end) && (isCapitals(sentence, begin - 1, begin) || isCapitals(sentence, end, end + 1))) {
      return false;
    }
    return isName(sentence.subList(begin, end));
  }

  /** A role written as a name ("Courier Staff Writer", "Foreign Minister"): its last word is a title. */
  boolean endsInTitle(List<Token> tokens) {
    return !tokens.isEmpty() && "".equals(titles.get(lower(tokens.get(tokens.size() - 1)).replace(".", "")));
  }

  /** Tokens {@code [begin, end)} exist and are all words in capitals of two letters or more. */
  private static boolean isCapitals(List<Token> t, int begin, int end) {
    if (begin < 0 || end > t.size() || begin >= end) return false;
    for (int i = begin; i < end; i++) {
      String w = t.get(i).word();
      if (w.length() < 2 || !w.chars().allMatch(Character::isLetter) || !w.equals(w.toUpperCase(Locale.ROOT))) return false;
    }
    return true;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /** False for a phrase that cannot be a name (its tokens, in order). */
  boolean isName(List<Token> tokens) {
    if (tokens.isEmpty()) return true;
    int verbal = 0;
    int content = 0;
    boolean titlesOnly = true;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (PRONOUNS.contains(t.pos()) && !isRomanNumeral(tokens, i)) return false;
      if (isContraction(t)) return false;
      if (!t.word().chars().anyMatch(Character::isLetter)) continue;
      content++;
      if (VERBAL.contains(t.pos())) verbal++;
      if (!titles.containsKey(t.word().toLowerCase(Locale.ROOT).replace(".", ""))) titlesOnly = false;
    }
    if (content == 0) return true;
    return 2 * verbal <= content && !titlesOnly;
  }

  /** "World War I", "Charles I": a capital I after a name is a numeral, not the pronoun. */
  private static boolean isRomanNumeral(List<Token> tokens, int i) {
    return tokens.get(i).word().equals("I") && i > 0 && tokens.get(i - 1).pos().startsWith("NNP");
  }

  /** "'re", "n't", "'ll", "na" of "gonna": pieces of contracted speech, never in a name. */
  private static boolean isContraction(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.equals("'s") || w.equals("'")) return false;
    return w.startsWith("'") && w.length() > 1 || w.equals("n't")
        || (w.equals("na") || w.equals("ta")) && t.pos().equals("TO");
  }

  /**
   * A headline or title set in title case: most of its words, small ones included, are capitalised. At
   * least four words, so a short line of names ("Anna Lee, Paris") is not taken for one.
   */
  static boolean isTitleCase(Sentence s) {
    int words = 0;
    int capitalised = 0;
    int small = 0;
    for (Token t : s.tokens()) {
      String w = t.word();
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
      words++;
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
        if (!t.pos().startsWith("NNP") && !t.pos().startsWith("NN") && !t.pos().startsWith("JJ")) small++;
      }
    }
    return words >= 4 && capitalised * 10 >= words * 8 && small * 5 >= words;
  }
}
