package org.dossier.extract.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.dossier.core.model.PageFormat;
import org.dossier.extract.Extraction;
import org.dossier.extract.page.WarcFixtures;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Jazzer fuzz targets. In a normal test run (regression mode) each runs once per saved input; to fuzz,
 * run {@code JAZZER_FUZZ=1 ./mvnw -o test -pl extract -am -Dtest=ExtractFuzzTest#warcReader} (or another
 * method); crashing inputs are saved under {@code src/test/resources/.../ExtractFuzzTestInputs/} and then
 * replayed by every later run. {@link SeededFuzzTest} runs the same checks on seeded random mutations.
 */
class ExtractFuzzTest {
  private static final byte[] WARC = WarcFixtures.mixed(WarcCompression.NONE).bytes();
  private static final byte[] WARC_GZ = WarcFixtures.mixed(WarcCompression.GZIP).bytes();

  @FuzzTest(maxDuration = "60s")
  void warcReader(FuzzedDataProvider data) {
    boolean gz = data.consumeBoolean();
    byte[] mutated = Mutations.apply(gz ? WARC_GZ : WARC, Choices.of(data));
    FuzzChecks.read(mutated, gz ? "f.warc.gz" : "f.warc");
  }

  @FuzzTest(maxDuration = "60s")
  void plainReader(byte[] bytes) {
    FuzzChecks.read(bytes, "f.txt");
    FuzzChecks.read(bytes, "f.html");
  }

  @FuzzTest(maxDuration = "60s")
  void htmlExtraction(FuzzedDataProvider data) {
    byte[] mutated = Mutations.apply(Samples.HTML.getBytes(StandardCharsets.UTF_8), Choices.of(data));
    FuzzChecks.extract(Extraction.standard(), mutated, PageFormat.HTML);
  }

  @FuzzTest(maxDuration = "60s")
  void textExtraction(FuzzedDataProvider data) {
    byte[] mutated = Mutations.apply(Samples.TEXT.getBytes(StandardCharsets.UTF_8), Choices.of(data));
    FuzzChecks.extract(Extraction.standard(), mutated, PageFormat.TEXT);
  }
}
