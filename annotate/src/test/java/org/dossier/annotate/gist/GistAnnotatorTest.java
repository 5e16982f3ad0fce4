package org.dossier.annotate.gist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.quotes.Fixtures;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Gist;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.junit.jupiter.api.Test;

class GistAnnotatorTest {
  private static final GistAnnotator STANDARD = GistAnnotator.standard();

  private static Gist gist(GistAnnotator a, String title, String text) {
    Article article = new Article("a1", "p", Role.MAIN, null, null, title, List.of(), null, "en", text,
        List.of(new Span(0, text.length())));
    List<Annotation> found = a.annotate(article, List.of());
    assertEquals(1, found.size(), "one gist per article");
    return (Gist) found.get(0);
  }

  private static double cosine(Gist a, Gist b) {
    float[] x = a.unit(), y = b.unit();
    double dot = 0;
    for (int i = 0; i < x.length; i++) dot += x[i] * y[i];
    return dot;
  }

  @Test
  void reportsOfOneHappeningAreCloserThanReportsOfAnotherOfTheSameKind() {
    Gist fired = gist(STANDARD, "Harbour club dismisses its coach",
        "The Harbour City basketball club dismissed head coach Ana Ruiz on Monday after a run of eleven defeats.");
    Gist firedAgain = gist(STANDARD, null,
        "Ana Ruiz is out as coach of Harbour City after the club lost eleven games in a row, its owners said.");
    Gist arrested = gist(STANDARD, "Harbour guard held after crash",
        "Police arrested a Harbour City guard early on Sunday on suspicion of driving while drunk.");
    assertTrue(cosine(fired, firedAgain) > cosine(fired, arrested) + 0.1,
        "same happening " + cosine(fired, firedAgain) + " vs another " + cosine(fired, arrested));
    assertEquals(384, fired.unit().length);
  }

  @Test
  void theLeadEndsAtASentenceWithinItsLengthAndTheSpanSaysSo() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 3 * GistAnnotator.LEAD_CHARS) text.append("The council met again on the harbour plan. ");
    List<String> seen = new ArrayList<>();
    Gist g = gist(new GistAnnotator(s -> {
      seen.add(s);
      return new float[] {1, 2, 2};
    }, "test"), "Council meets", text.toString());
    int end = g.span().end();
    assertTrue(end <= GistAnnotator.LEAD_CHARS && end > GistAnnotator.LEAD_CHARS / 2, "lead end " + end);
    assertEquals('.', text.charAt(end - 1));
    assertEquals("Council meets\n" + text.substring(0, end).strip(), seen.get(0), "headline, then the lead");
    assertEquals(0, g.span().begin());
  }

  @Test
  void aLeadWithoutSentenceEndsIsCutAtItsLengthNeverInsideACharacter() {
    String text = "x".repeat(GistAnnotator.LEAD_CHARS - 1) + "\uD83D\uDE00" + "y".repeat(100);
    assertEquals(GistAnnotator.LEAD_CHARS - 1, GistAnnotator.leadEnd(text));
    assertEquals(GistAnnotator.LEAD_CHARS, GistAnnotator.leadEnd("z".repeat(2 * GistAnnotator.LEAD_CHARS)));
    assertEquals(5, GistAnnotator.leadEnd("short"));
  }

  @Test
  void anArticleWithNothingToEmbedOrAZeroVectorHasNoGist() {
    GistAnnotator zero = new GistAnnotator(s -> new float[3], "test");
    assertTrue(zero.annotate(Fixtures.article("Some text.", null), List.of()).isEmpty());
    assertTrue(STANDARD.annotate(Fixtures.article("   ", null), List.of()).isEmpty());
  }
}
