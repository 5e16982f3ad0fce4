package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, export and search through the command line, in this JVM. */
class StoreCommandsTest {
  @TempDir Path tmp;

  @Test
  void ingestingTwiceChangesNothing() throws Exception {
    Path pages = tmp.resolve("pages");
    GeneratedPages.write(pages, 12, 7);
    Files.writeString(pages.resolve("empty.txt"), "");
    String store = tmp.resolve("store").toString();
    CliRun first = CliRun.of("ingest", "--store", store, pages.toString());
    assertEquals(0, first.status(), first.err());
    assertTrue(first.err().contains("13 pages read: 12 stored"), first.err());
    assertTrue(first.err().contains("empty.txt"), "the empty page is reported: " + first.err());
    String export = CliRun.of("export", "--store", store).out();
    assertEquals(12, lines(export, "\"type\":\"article\"").size());

    CliRun second = CliRun.of("ingest", "--store", store, pages.toString());
    // The reader rejects the empty file again (and says so); every stored page is left as it was.
    assertTrue(second.err().contains("13 pages read: 0 stored, 12 unchanged, 1 skipped"), second.err());
    assertEquals(export, CliRun.of("export", "--store", store).out());
  }

  @Test
  void exportFiltersByTypeAndWritesCsv() throws Exception {
    Path pages = tmp.resolve("pages");
    GeneratedPages.write(pages, 3, 11);
    String store = tmp.resolve("store").toString();
    CliRun.of("ingest", "--store", store, pages.toString());
    CliRun stories = CliRun.of("export", "--store", store, "--type", "story,entity");
    assertEquals(0, stories.status());
    assertTrue(lines(stories.out(), "\"type\":\"article\"").isEmpty());
    Path csv = tmp.resolve("csv");
    assertEquals(0, CliRun.of("export", "--store", store, "--format", "csv", "--out", csv.toString()).status());
    List<String> rows = Files.readAllLines(csv.resolve("article.csv"));
    assertTrue(rows.get(0).startsWith("type,id,page,role"), rows.get(0));
    String table = Files.readString(csv.resolve("article.csv"));
    assertEquals(4, table.split("\r\n", -1).length - 1, "a header and three records; line breaks in texts stay quoted");
    assertEquals(3, rows.stream().filter(r -> r.startsWith("article,")).count());
  }

  @Test
  void searchPrintsBestFirstWithSnippets() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("a.txt"), "Ferry strike ends\n\nThe ferry strike ended on Monday; ferry crews "
        + "said the strike was over.\n");
    Files.writeString(pages.resolve("b.txt"), "Council meets\n\nThe council talked briefly about the ferry strike "
        + "among many other things on its long agenda for the year.\n");
    String store = tmp.resolve("store").toString();
    CliRun.of("ingest", "--store", store, pages.toString());
    CliRun found = CliRun.of("search", "--store", store, "ferry", "strike");
    assertEquals(0, found.status(), found.err());
    assertEquals(2, lines(found.out(), "\t").size(), found.out());
    List<String> snippets = lines(found.out(), "    ");
    assertTrue(snippets.get(0).contains("ended"), "the article about the strike comes first: " + found.out());
    assertTrue(snippets.get(1).contains("council"), found.out());
  }

  @Test
  void badArgumentsFailWithOneLine() {
    CliRun missing = CliRun.of("ingest", "--store", tmp.resolve("s").toString(), tmp.resolve("nope").toString());
    assertNotEquals(0, missing.status());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
    assertTrue(missing.err().contains("no such file or folder"), missing.err());
    CliRun noStore = CliRun.of("export", "--store", tmp.resolve("none").toString());
    assertNotEquals(0, noStore.status());
    assertEquals(1, noStore.err().strip().lines().count(), noStore.err());
    CliRun badDate = CliRun.of("search", "--store", tmp.resolve("none").toString(), "--from", "June", "x");
    assertNotEquals(0, badDate.status());
  }

  private static List<String> lines(String text, String containing) {
    return Arrays.stream(text.split("\n")).filter(l -> l.contains(containing)).toList();
  }

  @Test
  void everyCommandAnswersHelpAndVersion() {
    for (List<String> command : List.of(List.of("ingest"), List.of("annotate"), List.of("bench", "store"))) {
      List<String> args = new java.util.ArrayList<>(command);
      args.add("--help");
      CliRun help = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, help.status(), help.err());
      assertTrue(help.out().contains("Usage: dossier " + String.join(" ", command)), help.out());
    }
    CliRun version = CliRun.of("search", "--version");
    assertEquals(0, version.status(), version.err());
    assertTrue(version.out().startsWith("dossier "), version.out());
  }
}
