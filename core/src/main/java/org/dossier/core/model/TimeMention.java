package org.dossier.core.model;

import java.util.Objects;

/**
 * A time expression normalised in TimeML (TIMEX3) terms.
 *
 * @param value the TIMEX3 value: "2025-06-04", "2025-W23", "PRESENT_REF", "P3D", ...
 * @param kind DATE, TIME, DURATION or SET
 */
public record TimeMention(Span span, String text, String value, Kind kind) implements Annotation {
  public enum Kind { DATE, TIME, DURATION, SET }

  public TimeMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
  }
}
