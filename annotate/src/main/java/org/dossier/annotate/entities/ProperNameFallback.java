package org.dossier.annotate.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.annotate.nlp.Token;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.Span;

/**
 * Names the NER model missed, guessed from capitalisation where no other candidate lies: a run of
 * capitalised words inside a sentence ("an analysis by Beyond Parallel", "in Kursk Oblast", "the 38 North
 * program"), a single capitalised word only after a place word ("occupied Abkhazia"), and an upper-case
 * acronym in brackets right after a candidate ("Military Intelligence (HUR)"). The kind comes from the
 * name's last word or the word after it (name-heads.tsv), else OTHER.
 */
final class ProperNameFallback {
  private static final int MAX_WORDS = 5;
  private static final Pattern ACRONYM = Pattern.compile("\\s*\\((\\p{Lu}{2,8})\\)");

  private final EntityLexicon lex;
  private final Map<String, String> heads;
  private final Map<String, String> after;
  private final Map<String, String> before;
  private final Map<String, String> skip;

  ProperNameFallback(EntityLexicon lex) {
    this.lex = lex;
    this.heads = lex.nameHeads("head");
    this.after = lex.nameHeads("after");
    this.before = lex.nameHeads("before");
    this.skip = lex.nameHeads("skip");
  }

  /** Candidates for names in no span of {@code taken}; {@code taken} is in text order. */
  List<Candidate> find(ParsedText parsed, List<Candidate> taken) {
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      List<Token> t = s.tokens();
      int i = 0;
      while (i < t.size()) {
        int end = runEnd(t, i);
        if (end > i) {
          Candidate c = candidate(parsed.text(), t, i, end, taken, out);
          if (c != null) out.add(c);
          i = end;
        } else {
          i++;
        }
      }
    }
    acronyms(parsed.text(), taken, out);
    return out;
  }

  /** One past the last token of a run of capitalised words starting at {@code i} ({@code i} if none). */
  private int runEnd(List<Token> t, int i) {
    int j = i;
    boolean number = isNumberBeforeName(t, i);
    if (number) j++;
    while (j < t.size() && j - i < MAX_WORDS && isNameWord(t.get(j))) j++;
    return number && j == i + 1 ? i : j;
  }

  /** "the 38 North": a number after "the" opening a name. */
  private static boolean isNumberBeforeName(List<Token> t, int i) {
    return i > 0 && i + 1 < t.size() && t.get(i - 1).word().equalsIgnoreCase("the")
        && t.get(i).word().matches("\\d{1,4}") && Character.isUpperCase(t.get(i + 1).word().charAt(0));
  }

  private boolean isNameWord(Token tok) {
    String w = tok.word();
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase)
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')
        && !skip.containsKey(w.replace(".", "")) && !lex.demonyms.containsKey(w);
  }

  private Candidate candidate(String text, List<Token> t, int from, int end, List<Candidate> taken,
      List<Candidate> found) {
    int begin = from;
    if (begin == 0 && !t.get(0).pos().startsWith("NNP")) begin++; // "Experts", "Despite" open sentences
    if (begin >= end) return null;
    Span span = new Span(t.get(begin).span().begin(), t.get(end - 1).span().end());
    String surface = span.of(text);
    if (overlapsAny(span, taken) || overlapsAny(span, found) || lex.demonyms.containsKey(surface)) return null;
    EntityKind kind = kindOf(t, begin, end);
    if (end - begin == 1 && kind != EntityKind.LOCATION) return null;
    return new Candidate(span, surface, kind, Candidate.Source.NER, null, null);
  }

  /** An upper-case word in brackets right after a candidate is that candidate's acronym. */
  private static void acronyms(String text, List<Candidate> taken, List<Candidate> out) {
    List<Candidate> all = new ArrayList<>(taken);
    all.addAll(out);
    for (Candidate c : all) {
      Matcher m = ACRONYM.matcher(text).region(c.span().end(), text.length());
      if (!m.lookingAt() || c.kind() == EntityKind.PERSON) continue;
      Span span = new Span(m.start(1), m.end(1));
      if (!overlapsAny(span, all)) out.add(new Candidate(span, m.group(1), c.kind(), Candidate.Source.NER, null, null));
    }
  }

  private EntityKind kindOf(List<Token> t, int begin, int end) {
    String head = heads.get(t.get(end - 1).word());
    if (head != null) return EntityKind.valueOf(head);
    if (end < t.size() && after.containsKey(t.get(end).word())) return EntityKind.ORGANIZATION;
    if (end - begin == 1 && begin > 0 && before.containsKey(t.get(begin - 1).word().toLowerCase(java.util.Locale.ROOT))) {
      return EntityKind.LOCATION;
    }
    return EntityKind.OTHER;
  }

  private static boolean overlapsAny(Span span, List<Candidate> cs) {
    for (Candidate c : cs) if (c.span().overlaps(span)) return true;
    return false;
  }
}
