package org.dossier.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.annotate.nlp.Dependency;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.annotate.nlp.Token;
import org.dossier.core.model.Span;

/**
 * An article's dependency parse looked up by character offset, so that rules working on text spans can
 * read the arcs around a word. Every walk is bounded by the sentence's size.
 */
final class Parse {
  /** One token with its sentence. */
  record Word(Sentence sentence, Token token) {
    int index() {
      return token.index();
    }

    String lower() {
      return token.word().toLowerCase(java.util.Locale.ROOT);
    }

    String lemma() {
      return token.lemma().toLowerCase(java.util.Locale.ROOT);
    }

    Span span() {
      return token.span();
    }

    String pos() {
      return token.pos();
    }
  }

  static final Parse NONE = new Parse(null);

  private final List<Word> words = new ArrayList<>();

  private Parse(ParsedText parsed) {
    if (parsed == null) return;
    for (Sentence s : parsed.sentences()) {
      if (s.dependencies().isEmpty()) continue;
      for (Token t : s.tokens()) words.add(new Word(s, t));
    }
  }

  static Parse of(ParsedText parsed) {
    return parsed == null ? NONE : new Parse(parsed);
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  /** The token whose characters hold {@code offset}, or null. */
  Word at(int offset) {
    int lo = 0;
    int hi = words.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = words.get(mid).span();
      if (offset < s.begin()) hi = mid - 1;
      else if (offset >= s.end()) lo = mid + 1;
      else return words.get(mid);
    }
    return null;
  }

  /** The word of the same sentence at a token index. */
  Word word(Word in, int index) {
    return index < 0 || index >= in.sentence().tokens().size() ? null
        : new Word(in.sentence(), in.sentence().tokens().get(index));
  }

  /** The head of a word, or null at the root. */
  Word head(Word w) {
    Dependency d = w.sentence().headOf(w.index());
    return d == null ? null : word(w, d.governor());
  }

  /** The relation attaching a word to its head ("root" at the root, "" when unknown). */
  String relation(Word w) {
    Dependency d = w.sentence().headOf(w.index());
    return d == null ? "" : d.relation();
  }

  /** The dependents of a word whose relation (or its part before ':') is one of {@code relations}. */
  List<Word> children(Word w, Set<String> relations) {
    List<Word> out = new ArrayList<>();
    for (Dependency d : w.sentence().dependentsOf(w.index())) {
      String r = d.relation();
      int colon = r.indexOf(':');
      if (relations.contains(r) || (colon > 0 && relations.contains(r.substring(0, colon)))) {
        out.add(word(w, d.dependent()));
      }
    }
    return out;
  }

  /** The first dependent with one of the relations, or null. */
  Word child(Word w, Set<String> relations) {
    List<Word> c = children(w, relations);
    return c.isEmpty() ? null : c.get(0);
  }

  /** The word a stretch of text (a name) hangs from: the first of its words whose head lies outside it. */
  Word headOf(Span span) {
    Word w = at(span.begin());
    for (int guard = 0; w != null && guard < 16; guard++) {
      Word h = head(w);
      if (h == null || !span.contains(h.span())) return w;
      w = h;
    }
    return w;
  }

  /** True when {@code w} lies under {@code ancestor} (or is it). */
  boolean under(Word w, Word ancestor) {
    Word x = w;
    for (int steps = 0; x != null && steps <= w.sentence().tokens().size(); steps++) {
      if (x.sentence() == ancestor.sentence() && x.index() == ancestor.index()) return true;
      x = head(x);
    }
    return false;
  }
}
