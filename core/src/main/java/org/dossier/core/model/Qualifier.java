package org.dossier.core.model;

/** How a number is hedged. */
public enum Qualifier {
  EXACT("exact"), APPROX("approx"), AT_LEAST("at least"), AT_MOST("at most"),
  MORE_THAN("more than"), LESS_THAN("less than"), UP_TO("up to");

  private final String wire;

  Qualifier(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Qualifier fromWire(String s) {
    for (Qualifier q : values()) if (q.wire.equalsIgnoreCase(s)) return q;
    throw new IllegalArgumentException("unknown qualifier " + s);
  }
}
