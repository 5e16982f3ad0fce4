package org.dossier.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GistTest {
  @Test
  void quantisedVectorKeepsItsDirectionAtUnitLength() {
    Gist g = Gist.of(new Span(0, 5), "m", new float[] {3, -4, 0});
    assertArrayEquals(new byte[] {76, -102, 0}, g.vector());
    float[] u = g.unit();
    assertEquals(0.6, u[0], 0.005);
    assertEquals(-0.8, u[1], 0.005);
    assertEquals(1.0, u[0] * u[0] + u[1] * u[1] + u[2] * u[2], 1e-6);
  }

  @Test
  void equalByValueAndNotChangedThroughItsArrays() {
    float[] v = {1, 2, 3};
    Gist a = Gist.of(new Span(0, 5), "m", v);
    a.vector()[0] = 0;
    byte[] raw = {1, 2, 3};
    Gist b = new Gist(new Span(0, 5), "m", raw);
    raw[0] = 9;
    assertEquals(1, b.vector()[0], "the record keeps its own copy");
    assertEquals(a, Gist.of(new Span(0, 5), "m", v));
    assertEquals(a.hashCode(), Gist.of(new Span(0, 5), "m", v).hashCode());
    assertNotEquals(a, Gist.of(new Span(0, 5), "other", v));
  }

  @Test
  void aZeroVectorIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Gist.of(new Span(0, 1), "m", new float[4]));
  }
}
