package org.dossier.extract.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.Ids;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.Extractor;
import org.dossier.core.pipeline.PageProblem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Placeholder: every paragraph of the body as the main article. Replaced by the real extractor. */
public final class HtmlPageExtractor implements Extractor {
  @Override
  public List<Article> extract(RawPage page) throws PageProblem {
    Document doc = Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8));
    List<String> paragraphs = new ArrayList<>();
    for (Element p : doc.select("p")) paragraphs.add(p.text());
    Article a = Article.of(Ids.article(page.name(), Role.MAIN, 0), page.name(), Role.MAIN, null, null,
        doc.title(), List.of(), null, null, paragraphs);
    return a.text().isEmpty() ? List.of() : List.of(a);
  }
}
