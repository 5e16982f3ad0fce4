package org.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.core.model.Article;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.PageProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sweeps the fixture pages: each {@code NAME.expect} beside {@code NAME.txt} (or, under
 * {@code fixtures/examples/}, the repository's {@code examples/NAME.txt}) lists the expected articles.
 *
 * <p>Format: {@code article ROLE} opens an expected article; then {@code title:} (exact), {@code outlet:},
 * {@code published:} (ISO), {@code authors:} ("; "-separated), with "-" for none, and any number of
 * {@code include:} / {@code exclude:} text snippets. Page-wide: {@code count: N} (all articles) and
 * {@code nowhere: snippet} (in no article). Per role, the page must have exactly the articles listed.
 */
class FixtureSweepTest {
  private static final TextPageExtractor EXTRACTOR = new TextPageExtractor();

  static Stream<Path> expectations() throws IOException, URISyntaxException {
    Path root = Path.of(FixtureSweepTest.class.getResource("fixtures").toURI());
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".expect")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void pageYieldsTheExpectedArticles(Path expect) throws IOException, PageProblem {
    String name = expect.getFileName().toString().replace(".expect", ".txt");
    Path page = expect.getParent().getFileName().toString().equals("examples")
        ? Path.of("..", "examples", name) : expect.resolveSibling(name);
    List<Article> got = EXTRACTOR.extract(Pages.bytes(Files.readAllBytes(page)));
    List<Expected> wanted = new ArrayList<>();
    List<String> nowhere = new ArrayList<>();
    Integer count = null;
    for (String raw : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (line.startsWith("article ")) {
        wanted.add(new Expected(Role.fromWire(line.substring(8).strip()), new ArrayList<>()));
      } else if (line.startsWith("count:")) {
        count = Integer.parseInt(value(line));
      } else if (line.startsWith("nowhere:")) {
        nowhere.add(value(line));
      } else {
        wanted.get(wanted.size() - 1).checks().add(line);
      }
    }
    if (count != null) assertEquals(count.intValue(), got.size(), name + ": article count");
    if (!wanted.isEmpty()) {
      assertEquals(roles(wanted.stream().map(Expected::role).toList()), roles(got.stream().map(Article::role).toList()),
          name + ": articles per role");
    }
    for (Expected e : wanted) check(name, e, got);
    for (String snippet : nowhere) {
      for (Article a : got) assertFalse(a.text().contains(snippet), name + ": '" + snippet + "' in " + a.title());
    }
  }

  private static Map<Role, Long> roles(List<Role> roles) {
    return roles.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
  }

  private static void check(String page, Expected e, List<Article> got) {
    String title = e.checks().stream().filter(c -> c.startsWith("title:")).map(FixtureSweepTest::value)
        .findFirst().orElseThrow(() -> new AssertionError(page + ": an expected article needs a title"));
    Article a = got.stream().filter(x -> x.role() == e.role() && title.equals(x.title())).findFirst().orElse(null);
    assertNotNull(a, page + ": no " + e.role().wire() + " article titled '" + title + "' among "
        + got.stream().map(Article::title).toList());
    for (String c : e.checks()) {
      String v = value(c);
      String what = page + " / " + title + " / " + c;
      switch (c.substring(0, c.indexOf(':'))) {
        case "title" -> { }
        case "outlet" -> assertEquals(none(v), a.outlet(), what);
        case "published" -> assertEquals(none(v), a.published() == null ? null : a.published().iso(), what);
        case "authors" -> assertEquals(v.equals("-") ? List.of() : List.of(v.split("\\s*;\\s*")), a.authors(), what);
        case "include" -> assertTrue(a.text().contains(v), what);
        case "exclude" -> assertFalse(a.text().contains(v), what);
        default -> throw new AssertionError(page + ": unknown expectation '" + c + "'");
      }
    }
  }

  private static String value(String line) {
    return line.substring(line.indexOf(':') + 1).strip();
  }

  private static String none(String v) {
    return v.equals("-") ? null : v;
  }

  private record Expected(Role role, List<String> checks) {}
}
