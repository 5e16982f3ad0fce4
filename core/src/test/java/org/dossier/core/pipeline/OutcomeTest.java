package org.dossier.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class OutcomeTest {
  @Test
  void controlCharactersFromPageBytesAreEscapedSoTheLineStaysOne() {
    String target = "http://news.example/a\nb\r\u2028\u001b[31m";
    String line = Outcome.failed("f.warc@9", "read", "bad-payload", "unreadable payload of " + target).line();
    assertEquals(1, line.lines().count(), line);
    assertFalse(line.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x2028), line);
    assertEquals("f.warc@9: failed (read/bad-payload): unreadable payload of http://news.example/a\\u000ab"
        + "\\u000d\\u2028\\u001b[31m", line);
  }

  @Test
  void anOrdinaryLineIsLeftAlone() {
    assertEquals("p.html: skipped (extract/no-article): no text — «sic»",
        Outcome.skipped("p.html", "extract", "no-article", "no text — «sic»").line());
  }
}
