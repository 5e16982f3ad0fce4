package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.junit.jupiter.api.Test;

class PageTextTest {
  private static RawPage page(PageFormat format, String body) {
    return new RawPage("p", Provenance.ofFile("p"), format, body.getBytes(StandardCharsets.UTF_8), null, false);
  }

  @Test
  void htmlBecomesOneLinePerBlockWithoutScriptOrStyle() {
    String html = "<html><head><title>T</title><style>p{}</style></head><body><nav>Home <a>News</a></nav>"
        + "<script>var x = 1;</script><p>First <b>bold</b> line.</p><div>Second<br>third</div></body></html>";
    assertEquals("Home News\nFirst bold line.\nSecond\nthird", PageText.of(page(PageFormat.HTML, html)));
  }

  @Test
  void aTextDumpIsItsDecodedTextAndBinaryHtmlHasNone() {
    assertEquals("line one\nline two", PageText.of(page(PageFormat.TEXT, "\uFEFFline one\nline two")));
    RawPage binary = new RawPage("b", Provenance.ofFile("b"), PageFormat.HTML, new byte[] {0, 1, 2, 0, 0, 3}, null,
        false);
    assertEquals("", PageText.of(binary));
  }
}
