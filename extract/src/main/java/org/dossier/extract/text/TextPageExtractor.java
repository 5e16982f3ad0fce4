package org.dossier.extract.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.Ids;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.Extractor;
import org.dossier.core.pipeline.PageProblem;

/** Placeholder: the whole dump as the main article. Replaced by the real segmenter. */
public final class TextPageExtractor implements Extractor {
  @Override
  public List<Article> extract(RawPage page) throws PageProblem {
    List<String> lines = Arrays.asList(new String(page.bytes(), StandardCharsets.UTF_8).split("\n"));
    Article a = Article.of(Ids.article(page.name(), Role.MAIN, 0), page.name(), Role.MAIN, null, null,
        lines.isEmpty() ? null : lines.get(0), List.of(), null, null, lines);
    return a.text().isEmpty() ? List.of() : List.of(a);
  }
}
