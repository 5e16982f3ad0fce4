package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.core.model.Article;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.PageProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sweeps {@code fixtures/}: each {@code NAME.html} has a {@code NAME.expect} whose "+ text" lines must
 * appear in the main article, "- text" lines must not, and "title:", "author:", "date:" lines pin metadata.
 * Add a page by dropping both files in the folder.
 */
class FixtureSweepTest {
  static Stream<Path> pages() throws IOException, URISyntaxException {
    Path dir = Path.of(FixtureSweepTest.class.getResource("fixtures").toURI());
    List<Path> html;
    try (Stream<Path> s = Files.list(dir)) {
      html = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    if (html.isEmpty()) throw new IllegalStateException("no fixtures in " + dir);
    return html.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void meetsExpectations(Path html) throws IOException, PageProblem {
    String name = html.getFileName().toString();
    Article main = Pages.EXTRACTOR.extract(Pages.page(name, Files.readAllBytes(html), null)).stream()
        .filter(a -> a.role() == Role.MAIN).findFirst().orElseThrow(() -> new AssertionError(name + ": no main"));
    Path expect = html.resolveSibling(name.replace(".html", ".expect"));
    for (String line : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String value = line.substring(line.indexOf(line.startsWith("+") || line.startsWith("-") ? ' ' : ':') + 1).strip();
      if (line.startsWith("+ ")) assertTrue(main.text().contains(value), name + " lacks '" + value + "':\n" + main.text());
      else if (line.startsWith("- ")) assertFalse(main.text().contains(value), name + " leaks '" + value + "':\n" + main.text());
      else if (line.startsWith("title:")) assertEquals(value, main.title(), name);
      else if (line.startsWith("author:")) assertTrue(main.authors().contains(value), name + ": " + main.authors());
      else if (line.startsWith("date:")) assertEquals(value, String.valueOf(main.published()), name);
      else throw new IllegalStateException(expect + ": unknown line " + line);
    }
  }
}
