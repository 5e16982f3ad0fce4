package org.dossier.annotate;

import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;

/** Test articles from plain text. */
public final class Articles {
  private Articles() {}

  public static Article of(String text, String published) {
    return new Article("t", "t.txt", Role.MAIN, null, null, null, List.of(), PartialDate.parse(published), "en",
        text, List.of(new Span(0, text.length())));
  }
}
