package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.Quote;
import org.dossier.core.pipeline.Annotator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the standard annotators over the hand-written news texts in {@code news/} and checks the facts
 * listed in {@code news/expected.tsv}: speakers and relays, entity resolutions and events. The texts are
 * on other topics than the seed pages, so they check that the rules generalise.
 */
class NewsFixturesTest {
  private static final List<Annotator> ANNOTATORS = Annotators.standard();

  @TestFactory
  Stream<DynamicTest> expectedFactsHold() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    List<Annotation> found = List.of();
    String name = null;
    for (String line : read("expected.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = Arrays.copyOf(line.split("\t", -1), 5);
      if (f[0].equals("file")) {
        name = f[1];
        found = annotate(Articles.of(read(f[1]), f[2]));
        continue;
      }
      List<Annotation> facts = found;
      tests.add(DynamicTest.dynamicTest(name + ": " + line.replace('\t', ' '), () -> check(f, facts)));
    }
    return tests.stream();
  }

  private static void check(String[] f, List<Annotation> facts) {
    switch (f[0]) {
      case "quote" -> {
        Quote q = only(facts, Quote.class).stream().filter(x -> x.text().startsWith(f[1])).findFirst()
            .orElseThrow(() -> new AssertionError("no quote starting '" + f[1] + "' in " + facts));
        assertEquals(f[2], q.speaker(), q.text());
        assertEquals(f[3].isEmpty() ? List.of() : List.of(f[3].split(",")), q.via(), q.text());
      }
      case "entity" -> assertTrue(only(facts, EntityMention.class).stream()
          .anyMatch(m -> m.text().equals(f[1]) && m.entity().equals(f[2])), f[1] + " -> " + f[2]);
      case "event" -> {
        EventMention e = only(facts, EventMention.class).stream()
            .filter(x -> x.kind().name().equals(f[1]) && x.actors().contains(f[2])).findFirst()
            .orElseThrow(() -> new AssertionError("no " + f[1] + " event of " + f[2]));
        assertEquals(f[3], e.place());
        assertEquals(f[4], e.date() == null ? null : e.date().iso());
      }
      default -> throw new IllegalStateException("expected.tsv: unknown line kind " + f[0]);
    }
  }

  private static List<Annotation> annotate(Article article) throws org.dossier.core.pipeline.PageProblem {
    List<Annotation> soFar = new ArrayList<>();
    for (Annotator a : ANNOTATORS) soFar.addAll(a.annotate(article, List.copyOf(soFar)));
    return soFar;
  }

  private static <T> List<T> only(List<Annotation> all, Class<T> type) {
    return all.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static String read(String name) throws IOException {
    try (InputStream in = NewsFixturesTest.class.getResourceAsStream("news/" + name)) {
      if (in == null) throw new IllegalStateException("test fixture news/" + name + " missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
