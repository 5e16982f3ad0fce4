package org.dossier.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;

/**
 * Names by a heuristic for when no entity annotator has run: capitalised content words that do not
 * start a sentence ("in Mannheim", "stopped Thompson"), one word at a time.
 */
public final class CapitalisedNames implements NameFinder {
  @Override
  public Map<String, Double> names(Article article, List<Annotation> annotations) {
    Map<String, Double> out = new HashMap<>();
    add(out, article.title());
    add(out, article.text());
    return out;
  }

  private static void add(Map<String, Double> out, String text) {
    if (text == null) return;
    for (Tokens.Token t : Tokens.of(text)) {
      if (t.capitalisedInside() && Tokens.content(t)) out.merge(t.key(), 1.0, Double::sum);
    }
  }
}
