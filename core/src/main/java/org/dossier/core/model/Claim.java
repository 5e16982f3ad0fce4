package org.dossier.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A number stated about the world.
 *
 * @param value the normalised number ("9 million" is 9000000)
 * @param unit what one of it is ("troops", "rounds", "km", "USD")
 * @param qualifier how it is hedged
 * @param about a few words on what is counted
 * @param subject canonical name of whom the number is about, or null
 * @param time TIMEX3-style date the number refers to, or null
 * @param source canonical name of who asserts it, or null
 * @param via who relayed the assertion, nearest first
 */
public record Claim(Span span, double value, String unit, Qualifier qualifier, String about, String subject,
    String time, String source, List<String> via) implements Annotation {
  public Claim {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(qualifier, "qualifier");
    via = List.copyOf(via);
  }
}
