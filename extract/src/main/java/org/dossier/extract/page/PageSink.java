package org.dossier.extract.page;

import java.util.function.Consumer;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;

/** Where the readers put what they find, counting as it goes. Used by one read on one thread. */
final class PageSink {
  static final String STAGE = "read";

  private final Consumer<RawPage> pages;
  private final Consumer<Outcome> problems;
  private final int maxPageBytes;
  private long pageCount;
  private long truncated;
  private long rejected;
  private long ignoredFiles;
  private long skippedRecords;

  PageSink(Consumer<RawPage> pages, Consumer<Outcome> problems, int maxPageBytes) {
    this.pages = pages;
    this.problems = problems;
    this.maxPageBytes = maxPageBytes;
  }

  int maxPageBytes() {
    return maxPageBytes;
  }

  /** Hands a page on, first warning when it was cut to the cap. */
  void page(RawPage page, String source) {
    if (page.truncated()) {
      truncated++;
      warn(source, "truncated", "page larger than the cap; only its first " + size(maxPageBytes) + " were kept");
    }
    pageCount++;
    pages.accept(page);
  }

  /** Reports something the user should hear of that rejects nothing. */
  void warn(String source, String code, String message) {
    problems.accept(Outcome.warning(source, STAGE, code, message));
  }

  /** Reports input that is skipped because there is nothing to read in it (empty, binary). */
  void skip(String source, String code, String message) {
    rejected++;
    problems.accept(Outcome.skipped(source, STAGE, code, message));
  }

  /** Reports input that could not be read (I/O error, broken record). */
  void fail(String source, String code, String message) {
    rejected++;
    problems.accept(Outcome.failed(source, STAGE, code, message));
  }

  void ignoredFile() {
    ignoredFiles++;
  }

  void skippedRecord() {
    skippedRecords++;
  }

  private static String size(int bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }

  ReadSummary summary() {
    return new ReadSummary(pageCount, truncated, rejected, ignoredFiles, skippedRecords);
  }
}
