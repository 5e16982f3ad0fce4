package org.dossier.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
  @Test
  void joinsParagraphsWithBlankLinesAndKeepsTheirSpans() {
    Article a = Article.of("a1", "p.txt", Role.MAIN, null, null, "T", List.of(), null, null,
        List.of("  First one. ", "", "Second."));
    assertEquals("First one.\n\nSecond.", a.text());
    assertEquals(List.of(new Span(0, 10), new Span(12, 19)), a.paragraphs());
    assertEquals("Second.", a.paragraphs().get(1).of(a.text()));
  }

  @Test
  void refusesParagraphSpansOutsideTheText() {
    assertThrows(IllegalArgumentException.class, () -> new Article("a", "p", Role.MAIN, null, null, null,
        List.of(), null, null, "short", List.of(new Span(0, 6))));
  }

  @Test
  void idsAreStableAndDependOnPageRoleAndPosition() {
    assertEquals(Ids.article("p.html", Role.MAIN, 0), Ids.article("p.html", Role.MAIN, 0));
    assertNotEquals(Ids.article("p.html", Role.MAIN, 0), Ids.article("p.html", Role.RELATED, 0));
    assertNotEquals(Ids.article("p.html", Role.FEED, 0), Ids.article("p.html", Role.FEED, 1));
    assertNotEquals(Ids.hash("ab", "c"), Ids.hash("a", "bc"));
  }

  @Test
  void controlCharactersFromThePageDoNotReachTheTextOrTheLabels() {
    Article a = Article.of("a1", "p.html", Role.MAIN, "Out\u0007let", null, "Head\u001b[2Jline", List.of("A\u0000. Writer"),
        null, null, List.of("Talks \u001b[31mresume\u0085 in\tVienna,\r\nsays 😀 one.\rEnd.", "\u0001\u0002"));
    assertEquals("Talks [31mresume in\tVienna,\nsays 😀 one.\nEnd.", a.text());
    assertEquals(1, a.paragraphs().size());
    assertEquals("Head[2Jline", a.title());
    assertEquals("Outlet", a.outlet());
    assertEquals(List.of("A. Writer"), a.authors());
  }
}
