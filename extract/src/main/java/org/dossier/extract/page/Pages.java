package org.dossier.extract.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Outcome;

/** Placeholder reader for .txt/.html files and folders; the real one adds WARC, charsets and caps. */
public final class Pages {
  private Pages() {}

  /** Walks the paths (files or folders, recursively, in name order), handing each page or rejection on. */
  public static void read(List<Path> paths, Consumer<RawPage> pages, Consumer<Outcome> rejects) {
    for (Path root : paths) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      } catch (IOException e) {
        rejects.accept(Outcome.failed(root.toString(), "read", "unreadable", e.getMessage()));
        continue;
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        PageFormat format = lower.endsWith(".txt") ? PageFormat.TEXT
            : lower.endsWith(".html") || lower.endsWith(".htm") ? PageFormat.HTML : null;
        if (format == null) continue;
        try {
          pages.accept(new RawPage(name, Provenance.ofFile(f.toString()), format, Files.readAllBytes(f), null,
              false));
        } catch (IOException e) {
          rejects.accept(Outcome.failed(f.toString(), "read", "unreadable", e.getMessage()));
        }
      }
    }
  }
}
