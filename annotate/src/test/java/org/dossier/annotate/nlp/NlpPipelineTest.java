package org.dossier.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.core.model.PartialDate;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {
  private static final NlpPipeline NLP = NlpPipeline.shared();
  private static final PartialDate DAY = PartialDate.parse("2024-06-14");

  @Test
  void tokenSpansPointIntoTheText() {
    String text = "The minister met envoys in Berlin on Monday.\n\nTalks ended at 5 p.m. without a deal.";
    ParsedText p = NLP.parse(text, DAY);
    assertEquals(2, p.sentences().size());
    for (Sentence s : p.sentences()) {
      for (Token t : s.tokens()) {
        assertTrue(t.span().fitsIn(text));
        assertFalse(t.span().of(text).isBlank(), t.toString());
      }
    }
    assertEquals("Talks", p.sentences().get(1).tokens().get(0).span().of(text));
    assertEquals(1, p.sentenceAt(text.indexOf("deal")).index());
  }

  @Test
  void findsNamesNumbersAndTimes() {
    String text = "Angela Merkel told Reuters on Monday that Germany would send 300 engineers.";
    ParsedText p = NLP.parse(text, DAY);
    assertEquals("Angela Merkel", p.mentions("PERSON").get(0).text());
    assertEquals("Germany", p.mentions("LOCATION").get(0).text());
    NerMention number = p.mentions("NUMBER").get(0);
    assertEquals("300", number.text());
    assertEquals(300.0, Double.parseDouble(number.normalized()));
    Timex monday = p.timexes().get(0);
    assertEquals("Monday", monday.text());
    assertEquals("DATE", monday.type());
    assertNotNull(monday.value());
  }

  @Test
  void sameTextAndDateIsParsedOnce() {
    String text = "Officials in Seoul confirmed the report.";
    assertSame(NLP.parse(text, DAY), NLP.parse(text, DAY));
  }

  @Test
  void enormousSentenceIsChunkedAndNoted() {
    StringBuilder b = new StringBuilder("Lists name");
    for (int i = 0; i < 400; i++) b.append(" item ").append(i).append(i % 7 == 0 ? "," : "");
    b.append('.');
    ParsedText p = NLP.parse(b.toString(), DAY);
    int max = NLP.settings().maxSentenceTokens();
    assertTrue(p.sentences().size() > 1);
    p.sentences().forEach(s -> assertTrue(s.tokens().size() <= max, "chunk of " + s.tokens().size()));
    assertTrue(p.notes().get(0).contains("split into"), p.notes().toString());
    assertEquals(p.tokenCount(), p.sentences().stream().mapToInt(s -> s.tokens().size()).sum());
  }

  @Test
  void emptyTextIsNotedNotParsed() {
    ParsedText p = NLP.parse("  \n ", DAY);
    assertTrue(p.sentences().isEmpty());
    assertTrue(p.notes().get(0).startsWith("empty text"));
  }

  @Test
  void otherScriptsAndNumberTablesParseWithoutNames() {
    String text = "조선중앙통신은 목요일에 발표했다.\n\n1 2 3 4\n5 6 7 8\n9 10 11 12";
    ParsedText p = NLP.parse(text, null);
    assertFalse(p.sentences().isEmpty());
    assertTrue(p.mentions("PERSON").isEmpty());
  }
}
