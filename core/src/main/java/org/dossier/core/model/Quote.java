package org.dossier.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone's words, direct or clearly reported.
 *
 * @param span the quoted words in the article's text
 * @param text those words
 * @param speaker canonical name of who said them, or null when unattributed
 * @param via who relayed them, nearest first ("KCNA", then "Reuters")
 * @param sentence the span of the sentence that attributes the quote, for highlighting
 */
public record Quote(Span span, String text, String speaker, List<String> via, Span sentence) implements Annotation {
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    via = List.copyOf(via);
  }
}
