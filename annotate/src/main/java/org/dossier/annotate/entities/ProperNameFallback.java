package org.dossier.annotate.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * program", "the Survey on Drug Use"), a single capitalised word only after a place word ("occupied
 * Abkhazia"), and an upper-case acronym in brackets right after a candidate ("Military Intelligence
 * (HUR)"). The kind comes from the name's last word or the word after it (name-heads.tsv), a given name
 * (CoreNLP's list) before proper nouns makes a person, else OTHER. Phrases that cannot be names (NameShape) and headlines in title case
 * give none.
 */
final class ProperNameFallback {
  private static final int MAX_WORDS = 5;
  private static final Pattern ACRONYM = Pattern.compile("\\s*\\((\\p{Lu}{2,8})\\)");
  /** Small words that may join the capitalised words of one name; "and" only after one of the others. */
  private static final Set<String> LINKS = Set.of("of", "on", "for", "&");

  private final EntityLexicon lex;
  private final Map<String, String> heads;
  private final Map<String, String> after;
  private final Map<String, String> before;
  private final Map<String, String> skip;
  private final NameShape shape;

  ProperNameFallback(EntityLexicon lex) {
    this.lex = lex;
    this.heads = lex.nameHeads("head");
    this.after = lex.nameHeads("after");
    this.before = lex.nameHeads("before");
    this.skip = lex.nameHeads("skip");
    this.shape = new NameShape(lex);
  }

  /** Candidates for names in no span of {@code taken}; {@code taken} is in text order. */
  List<Candidate> find(ParsedText parsed, List<Candidate> taken) {
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      if (NameShape.isTitleCase(s)) continue;
      List<Token> t = s.tokens();
      int i = 0;
      while (i < t.size()) {
        int end = runEnd(t, i, true);
        if (end > i) {
          Candidate c = candidate(parsed.text(), t, i, end, taken, out);
          int plain = runEnd(t, i, false);
          if (c == null && plain < end) { // the linked run met another name: the first words alone
            end = plain;
            c = candidate(parsed.text(), t, i, end, taken, out);
          }
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

  /**
   * One past the last token of a run of capitalised words starting at {@code i} ({@code i} if none); with
   * {@code linked}, a small linking word between capitalised words stays in the run.
   */
  private int runEnd(List<Token> t, int i, boolean linked) {
    int j = i;
    boolean number = isNumberBeforeName(t, i);
    if (number) j++;
    int words = 0;
    boolean links = false;
    while (j < t.size() && words < MAX_WORDS) {
      String w = t.get(j).word();
      if (isNameWord(t.get(j))) {
        j++;
        words++;
      } else if (linked && words > 0 && (LINKS.contains(w) || links && w.equals("and")) && j + 1 < t.size()
          && isNameWord(t.get(j + 1))) {
        links = true;
        j++;
      } else {
        break;
      }
    }
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

  private Candidate candidate(String text, List<Token> t, int from, int to, List<Candidate> taken,
      List<Candidate> found) {
    int begin = from;
    int end = to;
    while (begin < end && !opensName(t, begin)) begin++; // "Experts", "Although", "However" open clauses
    while (end > begin && LINKS.contains(t.get(end - 1).word())) end--;
    if (begin >= end || !shape.isName(t, begin, end) || shape.endsInTitle(t.subList(begin, end)) || !hasProperNoun(t, begin, end)) {
      return null;
    }
    Span span = new Span(t.get(begin).span().begin(), t.get(end - 1).span().end());
    String surface = span.of(text);
    if (overlapsAny(span, taken) || overlapsAny(span, found) || lex.demonyms.containsKey(surface)) return null;
    EntityKind kind = kindOf(t, begin, end);
    if (end - begin == 1 && kind != EntityKind.LOCATION) return null;
    return new Candidate(span, surface, kind, Candidate.Source.GUESS, null, null);
  }

  /**
   * A capitalised word opens a name unless it is the sentence's first word (capitalised anyway), which
   * must be a proper noun: "Although", "Experts" open sentences, "Beyond" inside one opens a name.
   */
  private static boolean opensName(List<Token> t, int i) {
    if (t.get(i).pos().startsWith("NNP")) return true;
    for (int k = 0; k < i; k++) if (Character.isLetterOrDigit(t.get(k).word().charAt(0))) return true;
    return false;
  }

  /** Where linking words join stretches, each holds a proper noun ("Iraqi and Jordanian" names nothing). */
  private static boolean hasProperNoun(List<Token> t, int begin, int end) {
    if (t.subList(begin, end).stream().noneMatch(x -> LINKS.contains(x.word()))) return true;
    boolean proper = false;
    for (int i = begin; i <= end; i++) {
      if (i == end || LINKS.contains(t.get(i).word()) || t.get(i).word().equals("and")) {
        if (!proper) return false;
        proper = false;
      } else {
        proper |= t.get(i).pos().startsWith("NNP");
      }
    }
    return true;
  }

  /** An upper-case word in brackets right after a candidate is that candidate's acronym. */
  private static void acronyms(String text, List<Candidate> taken, List<Candidate> out) {
    List<Candidate> all = new ArrayList<>(taken);
    all.addAll(out);
    for (Candidate c : all) {
      Matcher m = ACRONYM.matcher(text).region(c.span().end(), text.length());
      if (!m.lookingAt() || c.kind() == EntityKind.PERSON) continue;
      Span span = new Span(m.start(1), m.end(1));
      if (!overlapsAny(span, all)) out.add(new Candidate(span, m.group(1), c.kind(), Candidate.Source.GUESS, null, null));
    }
  }

  private EntityKind kindOf(List<Token> t, int begin, int end) {
    String head = heads.get(t.get(end - 1).word());
    if (head != null) return EntityKind.valueOf(head);
    if (end < t.size() && after.containsKey(t.get(end).word())) return EntityKind.ORGANIZATION;
    if (end - begin == 1 && begin > 0 && before.containsKey(t.get(begin - 1).word().toLowerCase(Locale.ROOT))) {
      return EntityKind.LOCATION;
    }
    boolean proper = t.subList(begin, end).stream().allMatch(x -> x.pos().startsWith("NNP"));
    if (end - begin <= 3 && proper && lex.givenNames.containsKey(t.get(begin).word().toLowerCase(Locale.ROOT))) {
      return EntityKind.PERSON; // a given name and proper nouns, no head word: "Reilly Opelka"
    }
    return EntityKind.OTHER;
  }

  private static boolean overlapsAny(Span span, List<Candidate> cs) {
    for (Candidate c : cs) if (c.span().overlaps(span)) return true;
    return false;
  }
}
