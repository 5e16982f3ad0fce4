package org.dossier.extract.page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;

/** Reads one {@code .txt} or {@code .html} file as one page, capped, rejecting empty and binary files. */
final class PlainFileReader {
  private PlainFileReader() {}

  static void read(Path file, PageFormat format, PageSink sink) {
    String source = file.toString();
    byte[] bytes;
    boolean more;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(sink.maxPageBytes());
      more = in.read() >= 0;
    } catch (IOException | RuntimeException e) {
      sink.fail(source, "unreadable", Reasons.of(e));
      return;
    }
    String problem = ContentCheck.problem(bytes);
    if (problem != null) {
      sink.skip(source, problem, problem.equals("empty") ? "the file holds no text" : "not a text file");
      return;
    }
    RawPage page = new RawPage(file.getFileName().toString(), Provenance.ofFile(source), format, bytes, null, more);
    sink.page(ReadItem.Page.of(page, source, sink.maxPageBytes()));
  }
}
