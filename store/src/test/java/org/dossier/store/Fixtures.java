package org.dossier.store;

import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.EventKind;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.Ids;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.Qualifier;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.core.pipeline.Outcome;

/** Small hand-made articles with one annotation of every kind, written for these tests. */
public final class Fixtures {
  private Fixtures() {}

  public static PageRecord page(String name) {
    return new PageRecord(name, Provenance.ofFile("/in/" + name), "h-" + name, "extract", Outcome.ok(name));
  }

  public static Article article(String page, String outlet, String title, String published, String... paragraphs) {
    return Article.of(Ids.article(page, Role.MAIN, 0), page, Role.MAIN, outlet, null, title, List.of("A. Writer"),
        PartialDate.parse(published), "en", List.of(paragraphs));
  }

  /** An article about a harbour opening, with one annotation of each kind found by searching its text. */
  public static AnnotatedArticle harbour(String page) {
    Article a = article(page, "Coast Herald", "Mayor Lena Ortiz opens the new harbour", "2024-03-05",
        "Mayor Lena Ortiz opened the new harbour in Port Alden on Tuesday.",
        "\"This harbour will bring work for a decade,\" Ortiz said. The works cost 40 million dollars, "
            + "the council said.");
    String t = a.text();
    List<Annotation> xs = new ArrayList<>();
    xs.add(new EntityMention(at(t, "Mayor Lena Ortiz"), "Mayor Lena Ortiz", "Lena Ortiz", EntityKind.PERSON));
    xs.add(new EntityMention(at(t, "Ortiz said"), "Ortiz", "Lena Ortiz", EntityKind.PERSON));
    xs.add(new EntityMention(at(t, "Port Alden"), "Port Alden", "Port Alden", EntityKind.LOCATION));
    xs.add(new TimeMention(at(t, "Tuesday"), "Tuesday", "2024-03-05", TimeMention.Kind.DATE));
    Span quoted = at(t, "This harbour will bring work for a decade,");
    xs.add(new Quote(quoted, quoted.of(t), "Lena Ortiz", List.of("Coast Herald"), new Span(0, 10)));
    xs.add(new Claim(at(t, "40 million dollars"), 40_000_000, "USD", Qualifier.EXACT, "cost of the harbour works",
        "Port Alden", "2024", "council", List.of()));
    xs.add(new EventMention(new Span(0, t.indexOf('.') + 1), EventKind.BUILD, at(t, "opened"),
        List.of("Lena Ortiz"), PartialDate.parse("2024-03-05"), "Port Alden", "Lena Ortiz opened the harbour"));
    return new AnnotatedArticle(a, xs);
  }

  public static Span at(String text, String words) {
    int i = text.indexOf(words);
    if (i < 0) throw new IllegalArgumentException("'" + words + "' is not in the fixture text");
    return new Span(i, i + words.length());
  }
}
