package org.dossier.extract;

import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Extractor;
import org.dossier.core.pipeline.PageProblem;
import org.dossier.extract.html.HtmlPageExtractor;
import org.dossier.extract.text.TextPageExtractor;

/** The entry point of extraction: picks the extractor for a page's format. Thread-safe. */
public final class Extraction implements Extractor {
  private final Extractor html;
  private final Extractor text;

  public Extraction(Extractor html, Extractor text) {
    this.html = html;
    this.text = text;
  }

  /** The extractors Dossier ships with. */
  public static Extraction standard() {
    return new Extraction(new HtmlPageExtractor(), new TextPageExtractor());
  }

  @Override
  public List<Article> extract(RawPage page) throws PageProblem {
    return switch (page.format()) {
      case HTML -> html.extract(page);
      case TEXT -> text.extract(page);
    };
  }
}
