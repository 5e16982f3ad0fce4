package org.dossier.annotate.quotes;

import java.util.List;
import java.util.Set;
import org.dossier.annotate.nlp.NlpPipeline;
import org.dossier.core.model.Article;
import org.dossier.core.model.Span;

/**
 * Who asserts some words outside quotation marks, read from the parse: the attribution that governs
 * their clause or sentence ("X said", "X reported", "X expects", "according to X" on a verb above the
 * words). Used for the source of claims; words no attribution governs are the outlet's own.
 */
public final class Attributions {
  /** A named source and the relays of its words, nearest first. */
  public record Source(String name, List<String> via) {
    public Source {
      via = List.copyOf(via);
    }
  }

  /** Lemmas of verbs that attribute what their clause says to their subject. */
  private static final Set<String> VERBS = Lexicon.words(Attributions.class, "attribution-verbs.txt");

  private final Parse parse;
  private final SyntaxSpeakers syntax;

  private Attributions(Parse parse, SyntaxSpeakers syntax) {
    this.parse = parse;
    this.syntax = syntax;
  }

  /** The attributions of an article, from the shared pipeline's parse (cached, so free after the quotes). */
  public static Attributions of(Article article, Mentions mentions, List<Span> quoted) {
    NlpPipeline nlp = NlpPipeline.shared();
    Parse parse = nlp.parses() ? Parse.of(nlp.parse(article)) : Parse.NONE;
    SpeakerResolver resolver = new SpeakerResolver(article.text(), mentions, article.outlet());
    return new Attributions(parse, new SyntaxSpeakers(article.text(), mentions, parse, resolver, article.outlet(), quoted));
  }

  /**
   * The source governing the words at {@code words}: walking up from them, the first attributing verb
   * whose subject names someone, or an "according to X" on the way; null when none does or the parse is
   * missing. A vague source ("officials said") governs too and gives a source without a name.
   */
  public Source governing(Span words) {
    Parse.Word w = parse.at(words.begin());
    Parse.Word x = w;
    for (int steps = 0; x != null && steps < 64; steps++) {
      Source s = according(x);
      if (s != null) return s;
      if (x != w && x.pos().startsWith("VB") && VERBS.contains(x.lemma())) {
        Parse.Word subject = syntax.subjectOf(x);
        if (subject != null && !parse.under(w, subject)) {
          SyntaxSpeakers.Found f = syntax.speakerOf(x.span());
          if (f != null) return new Source(f.speaker().name(), f.relays());
        }
      }
      x = parse.head(x);
    }
    return null;
  }

  /** "according to X" hanging on a word: X's source; null if there is none. */
  private Source according(Parse.Word x) {
    for (Parse.Word c : parse.children(x, Set.of("obl", "nmod", "advcl"))) {
      for (Parse.Word m : parse.children(c, Set.of("case", "mark"))) {
        if (!m.lower().equals("according")) continue;
        SyntaxSpeakers.Found f = syntax.sourceAfter(m.span());
        if (f != null) return new Source(f.speaker().name(), f.relays());
      }
    }
    return null;
  }
}
