package org.dossier.core.model;

import java.util.Arrays;

/**
 * What an article's lead means, as a sentence-embedding vector. Words tell topics apart; within one
 * topic, two reports of different happenings share most of their words, and what still tells them
 * apart is what their leads say happened. Stored as a unit vector quantised to one signed byte per
 * dimension (a cosine changes by well under 0.01).
 *
 * @param span the part of the text that was embedded (the lead)
 * @param model the embedding model's name: vectors of different models are not comparable
 * @param vector the unit vector, each dimension scaled by 127 and rounded
 */
public record Gist(Span span, String model, byte[] vector) implements Annotation {
  public Gist {
    vector = vector.clone();
  }

  /** Quantises a vector of any length (not all zero) to a gist. */
  public static Gist of(Span span, String model, float[] v) {
    double norm = 0;
    for (float x : v) norm += x * x;
    if (norm == 0) throw new IllegalArgumentException("a zero vector has no direction");
    double len = Math.sqrt(norm);
    byte[] q = new byte[v.length];
    for (int i = 0; i < v.length; i++) q[i] = (byte) Math.round(127 * v[i] / len);
    return new Gist(span, model, q);
  }

  /** The vector as floats, unit length again after quantisation. */
  public float[] unit() {
    double norm = 0;
    for (byte b : vector) norm += b * b;
    float[] out = new float[vector.length];
    if (norm == 0) return out;
    double len = Math.sqrt(norm);
    for (int i = 0; i < vector.length; i++) out[i] = (float) (vector[i] / len);
    return out;
  }

  @Override
  public byte[] vector() {
    return vector.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Gist g && span.equals(g.span) && model.equals(g.model) && Arrays.equals(vector, g.vector);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * span.hashCode() + model.hashCode()) + Arrays.hashCode(vector);
  }

  @Override
  public String toString() {
    return "Gist[" + span + ", " + model + ", " + vector.length + " dims]";
  }
}
