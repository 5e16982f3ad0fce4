package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.e2e.ServedDossier;
import org.junit.jupiter.api.Test;

/** The load bench runs its clients to the end over every route without an error; its timings are not judged. */
class BenchServeCommandTest {
  private static final Pattern ANSWERS = Pattern.compile("answers: (\\d+) ok, (\\d+) rate-limited \\(429\\), (\\d+) errors");

  @Test
  void everyRequestOfTheMixIsAnsweredWithoutError() {
    String store = ServedDossier.get().store.toString();
    CliRun run = CliRun.of("bench", "serve", "--store", store, "--clients", "4", "--requests", "400");
    assertEquals(0, run.status(), run.err());
    Matcher m = ANSWERS.matcher(run.out());
    assertTrue(m.find(), run.out());
    assertEquals(400, Integer.parseInt(m.group(1)), "all answered 200 with the limit lifted: " + run.out());
    assertEquals(0, Integer.parseInt(m.group(3)), run.out());
    for (String route : new String[] {"articles/{id}", "stories/{id}", "entities/{id}", "claims/series/{id}", "search",
        "timeline"}) {
      assertTrue(run.out().contains("\n" + route + " "), route + " is in the mix: " + run.out());
    }
  }

  @Test
  void withServesLimitTheRefusalsAreCountedApartFromErrors() {
    String store = ServedDossier.get().store.toString();
    CliRun run = CliRun.of("bench", "serve", "--store", store, "--clients", "4", "--requests", "300", "--limited");
    Matcher m = ANSWERS.matcher(run.out());
    assertTrue(m.find(), run.out());
    assertEquals(300, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), run.out());
    assertEquals(0, Integer.parseInt(m.group(3)), run.out());
  }

  @Test
  void nonsenseSettingsAreRefusedWithTheFix() {
    CliRun run = CliRun.of("bench", "serve", "--clients", "0");
    assertEquals(1, run.status());
    assertTrue(run.err().contains("--clients must be in 1..256"), run.err());
  }
}
