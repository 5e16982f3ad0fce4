package org.dossier.extract.page;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;

/**
 * The entry point of page reading: walks files and folders (recursively, in path order) and hands on each
 * page of every {@code .txt}, {@code .html}/{@code .htm}, {@code .warc} and {@code .warc.gz} file, one at
 * a time. Problems with one file or record become {@link Outcome}s (stage "read") and the read goes on;
 * nothing per-file is thrown. Other files are ignored and counted.
 */
public final class Pages {
  private Pages() {}

  /** Reads with the default cap of {@value ReadLimits#MAX_PAGE_BYTES} bytes per page. */
  public static ReadSummary read(List<Path> paths, Consumer<RawPage> pages, Consumer<Outcome> problems) {
    return read(paths, ReadLimits.MAX_PAGE_BYTES, pages, problems);
  }

  /**
   * Reads every page under the paths.
   *
   * @param maxPageBytes bytes kept per page; a longer page is cut, marked {@link RawPage#truncated()} and
   *     reported by a warning outcome
   * @param pages receives each page; what it throws ends the read
   * @param problems receives one outcome per rejected file or record, and one warning per truncated page
   */
  public static ReadSummary read(List<Path> paths, int maxPageBytes, Consumer<RawPage> pages,
      Consumer<Outcome> problems) {
    if (maxPageBytes < 1) throw new IllegalArgumentException("maxPageBytes must be positive, was " + maxPageBytes);
    PageSink sink = new PageSink(Objects.requireNonNull(pages), Objects.requireNonNull(problems), maxPageBytes);
    for (Path root : paths) {
      for (Path file : Walk.files(root, sink)) {
        readFile(file, sink);
      }
    }
    return sink.summary();
  }

  private static void readFile(Path file, PageSink sink) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      PlainFileReader.read(file, PageFormat.TEXT, sink);
    } else if (name.endsWith(".html") || name.endsWith(".htm")) {
      PlainFileReader.read(file, PageFormat.HTML, sink);
    } else if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      WarcFileReader.read(file, sink);
    } else {
      sink.ignoredFile();
    }
  }
}
