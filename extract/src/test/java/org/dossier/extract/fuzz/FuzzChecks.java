package org.dossier.extract.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.core.model.Article;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Span;
import org.dossier.core.pipeline.Outcome;
import org.dossier.core.pipeline.PageProblem;
import org.dossier.extract.Extraction;
import org.dossier.extract.page.Decoding;
import org.dossier.extract.page.Pages;
import org.dossier.extract.page.ReadSummary;

/** Runs one fuzz input through a reader or the extractor and checks what must hold for any input. */
final class FuzzChecks {
  static final int CAP = 64 << 10;
  private static final Set<String> READ_CODES =
      Set.of("unreadable", "empty", "binary", "broken-record", "truncated-record", "bad-payload", "truncated", "bad-trailer");

  private FuzzChecks() {}

  /** Reads the bytes saved under {@code fileName}; no exception, sane pages and outcomes. */
  static List<RawPage> read(byte[] bytes, String fileName) {
    try {
      Path dir = Files.createTempDirectory("dossier-fuzz");
      Path file = Files.write(dir.resolve(fileName), bytes);
      try {
        return readChecked(file);
      } finally {
        Files.delete(file);
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<RawPage> readChecked(Path file) throws IOException {
    List<RawPage> pages = new ArrayList<>();
    List<Outcome> problems = new ArrayList<>();
    ReadSummary summary = Pages.read(List.of(file), CAP, pages::add, problems::add);
    long size = Files.size(file);
    for (RawPage p : pages) {
      Provenance where = p.provenance();
      assertEquals(file.toString(), where.path());
      assertTrue(where.warcOffset() >= -1 && where.warcOffset() < size,
          "offset " + where.warcOffset() + " of page " + p.name() + " in a file of " + size + " bytes");
      assertTrue(p.bytes().length > 0 && p.bytes().length <= CAP, "page size " + p.bytes().length);
    }
    for (Outcome o : problems) {
      assertEquals("read", o.stage(), o.line());
      assertTrue(READ_CODES.contains(o.code()), o.line());
      assertTrue(o.source().startsWith(file.toString()), o.line());
      assertTrue(o.line().lines().count() == 1, "one line: " + o.line());
    }
    assertEquals(pages.size(), summary.pages());
    return pages;
  }

  /** Extracts the page; only a {@link PageProblem} may come out, and articles must be well formed. */
  static void extract(Extraction extraction, byte[] bytes, PageFormat format) {
    RawPage page = new RawPage("fuzz." + format.name().toLowerCase(), Provenance.ofFile("fuzz"), format, bytes,
        null, false);
    Decoding.text(bytes); // must not throw either
    List<Article> articles;
    try {
      articles = extraction.extract(page);
    } catch (PageProblem expected) {
      assertNotNull(expected.code());
      return;
    } catch (RuntimeException | StackOverflowError e) {
      fail(format + " extraction threw " + e + " on input of " + bytes.length + " bytes", e);
      return;
    }
    for (Article a : articles) {
      for (Span s : a.paragraphs()) assertTrue(s.fitsIn(a.text()));
      assertTrue(a.language() == null || a.language().matches("[a-z]{2}"), a.language());
    }
  }
}
