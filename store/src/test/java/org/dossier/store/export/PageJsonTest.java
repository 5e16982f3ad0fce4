package org.dossier.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.EventKind;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.Gist;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.Qualifier;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.core.pipeline.Outcome;
import org.junit.jupiter.api.Test;

class PageJsonTest {
  @Test
  void aPageWithEveryAnnotationKindReadsBackEqual() {
    Article a = Article.of("a1", "https://x.example/1", Role.MAIN, "Harbour Post", null, "Title", List.of("Ann Lind"),
        PartialDate.parse("2025-06-04T07:35"), "en", List.of("Ann Lind said \u201Cnot yet\u201D on Friday.", "12 ships left."));
    AnnotatedArticle aa = new AnnotatedArticle(a, List.of(
        new EntityMention(new Span(0, 8), "Ann Lind", "Ann Lind", EntityKind.PERSON),
        new TimeMention(new Span(30, 36), "Friday", "2025-05-30", TimeMention.Kind.DATE),
        new Quote(new Span(15, 22), "not yet", "Ann Lind", List.of("Harbour Post"), new Span(0, 37)),
        new Claim(new Span(39, 47), 12, "ships", Qualifier.values()[0], "ships that left", null, "2025", null, List.of()),
        new EventMention(new Span(39, 53), EventKind.values()[0], new Span(48, 52), List.of("Ann Lind"),
            PartialDate.parse("2025-06"), null, "ships left"),
        Gist.of(new Span(0, 37), "test-model", new float[] {0.5f, -0.25f, 1})));
    PageJson.Page page = new PageJson.Page("https://x.example/1",
        new Provenance("s3a://b/c.warc.gz", 1234, "https://x.example/1", Instant.parse("2025-06-05T10:00:00Z")),
        "abc", "extract,entities", Outcome.ok("https://x.example/1"), List.of(aa));
    assertEquals(page, PageJson.read(PageJson.write(page)));
    assertEquals(aa, PageJson.readArticle(PageJson.writeArticle(aa)));
  }

  @Test
  void aRejectedPageKeepsItsOutcome() {
    Outcome o = Outcome.failed("f.warc.gz@99", "read", "broken-record", "broken record");
    PageJson.Page page = new PageJson.Page("f.warc.gz@99", Provenance.ofFile("f.warc.gz@99"), null, "extract", o, List.of());
    assertEquals(page, PageJson.read(PageJson.write(page)));
  }

  @Test
  void aLineFromElsewhereIsRefusedWithAReason() {
    assertThrows(IllegalArgumentException.class, () -> PageJson.read("{\"type\":\"article\"}"));
    assertThrows(IllegalArgumentException.class, () -> PageJson.read("not json"));
  }
}
