package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.core.model.Article;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.ExtractResult;
import org.dossier.core.pipeline.Extractor;
import org.dossier.core.pipeline.PageProblem;
import org.dossier.extract.html.HtmlPageExtractor;
import org.dossier.extract.lang.LanguageDetector;
import org.dossier.extract.lang.LinguaLanguageDetector;
import org.dossier.extract.text.TextPageExtractor;

/**
 * The entry point of extraction: picks the extractor for a page's format, then names each article's
 * language from its text (keeping the extractor's own guess when the text is too short to tell).
 * Thread-safe when its parts are.
 */
public final class Extraction implements Extractor {
  private final Extractor html;
  private final Extractor text;
  private final LanguageDetector languages;

  public Extraction(Extractor html, Extractor text, LanguageDetector languages) {
    this.html = Objects.requireNonNull(html, "html");
    this.text = Objects.requireNonNull(text, "text");
    this.languages = Objects.requireNonNull(languages, "languages");
  }

  /** With the shared Lingua detector, whose models load when the first article needs them. */
  public Extraction(Extractor html, Extractor text) {
    this(html, text, articleText -> LinguaLanguageDetector.shared().detect(articleText));
  }

  /** The extractors Dossier ships with. */
  public static Extraction standard() {
    return new Extraction(new HtmlPageExtractor(), new TextPageExtractor());
  }

  @Override
  public List<Article> extract(RawPage page) throws PageProblem {
    return extractNoting(page).articles();
  }

  @Override
  public ExtractResult extractNoting(RawPage page) throws PageProblem {
    ExtractResult found = switch (page.format()) {
      case HTML -> html.extractNoting(page);
      case TEXT -> text.extractNoting(page);
    };
    List<Article> out = new ArrayList<>(found.articles().size());
    for (Article a : found.articles()) {
      String detected = languages.detect(a.text());
      out.add(detected == null ? a : a.withLanguage(detected));
    }
    return new ExtractResult(out, found.warnings());
  }
}
