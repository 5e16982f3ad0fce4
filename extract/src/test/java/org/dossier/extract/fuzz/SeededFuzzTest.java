package org.dossier.extract.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.dossier.core.model.PageFormat;
import org.dossier.extract.Extraction;
import org.dossier.extract.page.WarcFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;

/**
 * The fuzz checks on seeded random mutations, so that every test run explores new inputs. The seed is
 * printed; rerun a failure with {@code -Ddossier.seed=N}.
 */
class SeededFuzzTest {
  private static final int ROUNDS = Integer.getInteger("dossier.fuzz.rounds", 150);
  private static long seed;
  private static Extraction extraction;

  @BeforeAll
  static void seed() {
    seed = Long.getLong("dossier.seed", System.nanoTime());
    System.out.println("SeededFuzzTest seed: " + seed + " (rerun with -Ddossier.seed=" + seed + ")");
    extraction = Extraction.standard();
  }

  private static Choices choices(int salt) {
    return Choices.of(new Random(seed * 31 + salt));
  }

  @Test
  void mutatedWarcFilesNeverBreakTheReader() {
    byte[][] templates = {WarcFixtures.mixed(WarcCompression.NONE).bytes(),
        WarcFixtures.mixed(WarcCompression.GZIP).bytes()};
    Choices c = choices(1);
    for (int i = 0; i < ROUNDS; i++) {
      int t = c.pick(0, 1);
      FuzzChecks.read(Mutations.apply(templates[t], c), t == 1 ? "f.warc.gz" : "f.warc");
    }
  }

  @Test
  void randomAndMutatedFilesNeverBreakThePlainReader() {
    Choices c = choices(2);
    byte[] html = Samples.HTML.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < ROUNDS; i++) {
      byte[] bytes = i % 2 == 0 ? c.bytes(4096) : Mutations.apply(html, c);
      FuzzChecks.read(bytes, i % 4 < 2 ? "f.txt" : "f.html");
    }
  }

  @Test
  void extractionThrowsNothingButPageProblem() {
    Choices c = choices(3);
    byte[] html = Samples.HTML.getBytes(StandardCharsets.UTF_8);
    byte[] text = Samples.TEXT.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < ROUNDS; i++) {
      boolean isHtml = i % 2 == 0;
      byte[] bytes = i % 5 == 4 ? c.bytes(2048) : Mutations.apply(isHtml ? html : text, c);
      FuzzChecks.extract(extraction, bytes, isHtml ? PageFormat.HTML : PageFormat.TEXT);
    }
  }
}
