package org.dossier.extract.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.PageFormat;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.PageProblem;

/** Small helpers to build pages and run the extractor in tests. */
final class Pages {
  static final HtmlPageExtractor EXTRACTOR = new HtmlPageExtractor();

  private Pages() {}

  static RawPage page(String name, byte[] bytes, String charset) {
    return new RawPage(name, Provenance.ofFile(name), PageFormat.HTML, bytes, charset, false);
  }

  static RawPage page(String html) {
    return page("t.html", html.getBytes(StandardCharsets.UTF_8), null);
  }

  static RawPage page(String html, Charset encoding) {
    return page("t.html", html.getBytes(encoding), null);
  }

  static List<Article> extract(String html) throws PageProblem {
    return EXTRACTOR.extract(page(html));
  }

  static Article main(String html) throws PageProblem {
    return extract(html).stream().filter(a -> a.role() == Role.MAIN).findFirst()
        .orElseThrow(() -> new AssertionError("no main article"));
  }

  /** The article's paragraphs as text. */
  static List<String> paragraphs(Article a) {
    return a.paragraphs().stream().map(s -> a.text().substring(s.begin(), s.end())).toList();
  }

  /** A paragraph of filler prose, long enough to read as article text. */
  static String prose(String topic) {
    return "<p>The committee met on Tuesday to discuss " + topic + ", and members said that the plan, which had been"
        + " debated for months, would move forward after a final review by the regional council next spring.</p>";
  }
}
