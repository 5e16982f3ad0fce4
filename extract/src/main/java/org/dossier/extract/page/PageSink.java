package org.dossier.extract.page;

import java.util.function.Consumer;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;

/** Where the push-style readers put what they find, counting as it goes. Used by one read on one thread. */
final class PageSink {
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

  /** Takes one item of a pull reader. */
  void accept(ReadItem item) {
    switch (item) {
      case ReadItem.Page p -> page(p);
      case ReadItem.Problem p -> problem(p.outcome());
    }
  }

  /** Hands a page on, first passing on its warning when it was cut to the cap. */
  void page(ReadItem.Page p) {
    if (p.warning() != null) {
      truncated++;
      problems.accept(p.warning());
    }
    pageCount++;
    pages.accept(p.page());
  }

  /** Passes a problem on; one that is not a mere warning counts as a rejected file or record. */
  void problem(Outcome o) {
    if (!o.isOk()) rejected++;
    problems.accept(o);
  }

  /** Reports input that is skipped because there is nothing to read in it (empty, binary). */
  void skip(String source, String code, String message) {
    problem(Outcome.skipped(source, ReadItem.STAGE, code, message));
  }

  /** Reports input that could not be read (I/O error). */
  void fail(String source, String code, String message) {
    problem(Outcome.failed(source, ReadItem.STAGE, code, message));
  }

  void ignoredFile() {
    ignoredFiles++;
  }

  void skippedRecords(long n) {
    skippedRecords += n;
  }

  ReadSummary summary() {
    return new ReadSummary(pageCount, truncated, rejected, ignoredFiles, skippedRecords);
  }
}
