package org.dossier.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;

/** Test helpers: an article and hand-made entity mentions ("surface=Entity:KIND"). */
public final class Fixtures {
  private Fixtures() {}

  public static Article article(String text, String outlet) {
    return new Article("a1", "p", Role.MAIN, outlet, null, null, List.of(), null, "en", text,
        List.of(new Span(0, text.length())));
  }

  /** Every whole-word occurrence of each surface, e.g. {@code "Kim=Kim Jong Un:PERSON"}. */
  public static List<EntityMention> mentions(String text, String... specs) {
    List<EntityMention> out = new ArrayList<>();
    for (String spec : specs) {
      String surface = spec.substring(0, spec.indexOf('='));
      String entity = spec.substring(spec.indexOf('=') + 1, spec.lastIndexOf(':'));
      EntityKind kind = EntityKind.valueOf(spec.substring(spec.lastIndexOf(':') + 1));
      Matcher m = Pattern.compile("(?<!\\p{L})" + Pattern.quote(surface) + "(?!\\p{L})").matcher(text);
      while (m.find()) {
        Span s = new Span(m.start(), m.end());
        if (out.stream().noneMatch(x -> x.span().overlaps(s))) out.add(new EntityMention(s, surface, entity, kind));
      }
    }
    return out;
  }
}
