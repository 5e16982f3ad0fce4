package org.dossier.annotate.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.nlp.NlpPipeline;
import org.dossier.annotate.nlp.ParsedText;
import org.dossier.annotate.nlp.Sentence;
import org.dossier.annotate.nlp.Token;
import org.dossier.core.model.Article;

/**
 * An article's main happening: the predicate of its lead that its headline names ("pleads" over "Man pleads
 * guilty", "pleaded" in the lead), else the lead's main verb. It is always an event, of kind OTHER where
 * no kind of the sense table fits.
 */
final class Lead {
  /** The lead: the first sentences of the body (a byline or a teaser line may come first). */
  private static final int LEAD_SENTENCES = 3;
  /** Headline words that name no happening of their own. */
  private static final Set<String> EMPTY = Set.of("be", "have", "do", "get", "make", "take", "go", "come", "new",
      "year", "day", "time", "man", "woman", "people", "report", "news", "update", "live");

  /** What may be the main happening: a predicate, and whether the headline names it. */
  interface Usable {
    boolean test(Tree tree, int token, boolean named);
  }

  /**
   * The sentence and token of the main happening (sentence -1 when none is found), and whether the
   * headline names it.
   */
  record Main(int sentence, int token, boolean named) {
    static final Main NONE = new Main(-1, -1, false);

    boolean is(int s, int t) {
      return s == sentence && t == token;
    }
  }

  private Lead() {}

  /** The headline's content lemmas (its verbs and nouns), from a parse of the title. */
  static Set<String> headline(Article article) {
    Set<String> out = new HashSet<>();
    String title = article.title();
    if (title == null || title.isBlank() || title.length() > 400) return out;
    ParsedText parsed = NlpPipeline.shared().parse(title, article.published());
    for (Sentence s : parsed.sentences()) {
      for (Token t : s.tokens()) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if ((t.pos().startsWith("VB") || t.pos().startsWith("NN")) && !EMPTY.contains(lemma) && "O".equals(t.ner())) {
          out.add(lemma);
        }
      }
    }
    return out;
  }

  /**
   * The main happening among the lead's predicates: a verb the headline names, else the main verb of the
   * lead's first sentence with one (a byline or a label has none), as long as {@code usable} accepts it
   * (named actors, not hedged).
   */
  static Main find(List<Tree> trees, Set<String> headline, Usable usable) {
    int n = Math.min(LEAD_SENTENCES, trees.size());
    for (int s = 0; s < n; s++) {
      Tree tree = trees.get(s);
      for (int i = 0; i < tree.size(); i++) {
        if (isPredicate(tree, i) && headline.contains(tree.lemma(i)) && usable.test(tree, i, true)) {
          return new Main(s, i, true);
        }
      }
    }
    for (int s = 0; s < n; s++) {
      Tree tree = trees.get(s);
      for (int i = 0; i < tree.size(); i++) {
        if (!tree.rel(i).equals("root")) continue;
        int verb = isPredicate(tree, i) ? i : verbUnder(tree, i); // "LONDON (AP) — X was accused ...": under the place
        if (verb < 0) break; // a byline or a label: the lead is further on
        for (int c : tree.children(verb, "ccomp")) {
          if (isPredicate(tree, c) && usable.test(tree, c, false)) return new Main(s, c, false);
        }
        return usable.test(tree, verb, false) ? new Main(s, verb, false) : Main.NONE;
      }
    }
    return Main.NONE;
  }

  /** The first verb right under a root that is none, or -1. */
  private static int verbUnder(Tree tree, int root) {
    for (var d : tree.children(root)) if (isPredicate(tree, d.dependent())) return d.dependent();
    return -1;
  }

  private static boolean isPredicate(Tree tree, int i) {
    String r = tree.rel(i);
    return tree.isVerb(i) && !r.startsWith("aux") && !r.equals("cop") && !r.equals("amod") && !r.equals("compound");
  }
}
