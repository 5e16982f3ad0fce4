package org.dossier.story;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityMention;

/** Names from entity annotations: each mention counts once for its canonical entity name. */
public final class MentionedNames implements NameFinder {
  @Override
  public Map<String, Double> names(Article article, List<Annotation> annotations) {
    Map<String, Double> out = new HashMap<>();
    for (Annotation a : annotations) {
      if (a instanceof EntityMention m) out.merge(m.entity().toLowerCase(Locale.ROOT), 1.0, Double::sum);
    }
    return out;
  }
}
