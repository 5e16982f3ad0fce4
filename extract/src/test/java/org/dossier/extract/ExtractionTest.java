package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.Extractor;
import org.junit.jupiter.api.Test;

class ExtractionTest {
  private static Extractor fixed(String text, String language) {
    return page -> List.of(Article.of("a1", page.name(), Role.MAIN, null, null, null, List.of(), null, language,
        List.of(text)));
  }

  private static RawPage page(PageFormat format) {
    return new RawPage("p", Provenance.ofFile("p"), format, "x".getBytes(StandardCharsets.UTF_8), null, false);
  }

  @Test
  void dispatchesByFormatAndSetsTheDetectedLanguage() throws Exception {
    Extraction e = new Extraction(fixed("html words", null), fixed("text words", null),
        text -> text.toString().startsWith("html") ? "fr" : "de");
    Article html = e.extract(page(PageFormat.HTML)).get(0);
    Article text = e.extract(page(PageFormat.TEXT)).get(0);
    assertEquals("html words", html.text());
    assertEquals("fr", html.language());
    assertEquals("text words", text.text());
    assertEquals("de", text.language());
  }

  @Test
  void keepsTheExtractorsLanguageWhenDetectionCannotTell() throws Exception {
    Extraction keeps = new Extraction(fixed("short", "it"), fixed("short", null), text -> null);
    assertEquals("it", keeps.extract(page(PageFormat.HTML)).get(0).language());
    assertNull(keeps.extract(page(PageFormat.TEXT)).get(0).language());
  }

  @Test
  void theStandardExtractionDetectsTheLanguageOfARealPage() throws Exception {
    String html = "<html><body><p>Le conseil municipal a approuvé mardi le projet d'agrandissement du port, "
        + "après plus d'un an de débats.</p></body></html>";
    RawPage page = new RawPage("p.html", Provenance.ofFile("p.html"), PageFormat.HTML,
        html.getBytes(StandardCharsets.UTF_8), null, false);
    List<Article> articles = Extraction.standard().extract(page);
    assertEquals("fr", articles.get(0).language());
  }
}
