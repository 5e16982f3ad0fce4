package org.dossier.extract.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;

/** Everything one read handed on, for assertions. */
record Collected(List<RawPage> pages, List<Outcome> problems, ReadSummary summary) {
  static Collected read(int cap, Path... paths) {
    List<RawPage> pages = new ArrayList<>();
    List<Outcome> problems = new ArrayList<>();
    ReadSummary summary = Pages.read(List.of(paths), cap, pages::add, problems::add);
    return new Collected(pages, problems, summary);
  }

  static Collected read(Path... paths) {
    return read(ReadLimits.MAX_PAGE_BYTES, paths);
  }

  List<String> codes() {
    return problems.stream().map(Outcome::code).toList();
  }

  List<String> names() {
    return pages.stream().map(RawPage::name).toList();
  }
}
