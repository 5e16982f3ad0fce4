package org.dossier.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.core.model.Span;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static List<String> quoted(String text) {
    return QuoteMarks.find(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void findsStraightCurlyAndSingleQuotesButNotApostrophes() {
    assertEquals(List.of("we will win"), quoted("The minister's aide said \"we will win,\" he added."));
    assertEquals(List.of("a new era"), quoted("It marks “a new era” for the region."));
    assertEquals(List.of("reckless move"), quoted("Officials slam 'reckless move' as the country's envoy leaves"));
  }

  @Test
  void unbalancedMarksYieldNoRunawayQuote() {
    assertEquals(List.of(), quoted("He said \"we will never accept this\n\nThe talks ended."));
    assertEquals(List.of("fine"), quoted("It was \"fine\" and then \" nothing closed"));
  }

  @Test
  void manyOpeningMarksStayBounded() {
    String text = "‘a ".repeat(20_000);
    List<Span> found = QuoteMarks.find(text, 0, text.length());
    assertTrue(found.isEmpty());
  }
}
