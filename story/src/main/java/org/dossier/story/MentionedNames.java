package org.dossier.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityMention;

/**
 * Names from entity annotations: each canonical entity name, and each word of it, so "Mark Teixeira"
 * in one article still meets "Teixeira" in another. Each counts once however often it is mentioned:
 * an article that names one person again and again would otherwise look like any other article about
 * that person. Unresolved pronouns are left out.
 */
public final class MentionedNames implements NameFinder {
  @Override
  public Map<String, Double> names(Article article, List<Annotation> annotations) {
    Map<String, Double> out = new HashMap<>();
    for (Annotation a : annotations) {
      if (!(a instanceof EntityMention m) || !Names.meaningful(m.entity())) continue;
      out.put(Names.key(m.entity()), 1.0);
      for (Tokens.Token t : Tokens.of(m.entity())) {
        if (Tokens.content(t)) out.put("w:" + t.key(), 1.0);
      }
    }
    return out;
  }
}
