package org.dossier.extract.text;

import java.nio.charset.StandardCharsets;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;

/** Test helper: a text-dump page from lines or bytes. */
final class Pages {
  private Pages() {}

  static RawPage text(String... lines) {
    return bytes(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  static RawPage bytes(byte[] bytes) {
    return new RawPage("page.txt", Provenance.ofFile("page.txt"), PageFormat.TEXT, bytes, null, false);
  }
}
