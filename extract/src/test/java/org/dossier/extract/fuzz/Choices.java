package org.dossier.extract.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Random;

/** The decisions a mutation makes, drawn from Jazzer's input or from a seeded random source. */
interface Choices {
  /** A number in {@code [min, max]}. */
  int pick(int min, int max);

  /** Up to {@code max} arbitrary bytes. */
  byte[] bytes(int max);

  static Choices of(FuzzedDataProvider data) {
    return new Choices() {
      @Override
      public int pick(int min, int max) {
        return data.consumeInt(min, max);
      }

      @Override
      public byte[] bytes(int max) {
        return data.consumeBytes(max);
      }
    };
  }

  static Choices of(Random random) {
    return new Choices() {
      @Override
      public int pick(int min, int max) {
        return min + random.nextInt(max - min + 1);
      }

      @Override
      public byte[] bytes(int max) {
        byte[] b = new byte[random.nextInt(max + 1)];
        random.nextBytes(b);
        return b;
      }
    };
  }
}
