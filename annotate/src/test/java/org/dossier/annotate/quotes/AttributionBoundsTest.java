package org.dossier.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.Quote;
import org.junit.jupiter.api.Test;

/** Attribution from the parse stays bounded and total on bad input. */
class AttributionBoundsTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);

  private static List<Quote> quotes(String text, String... names) {
    return new RuleQuoteAnnotator().quotes(Fixtures.article(text, "The Courier"), new Mentions(Fixtures.mentions(text, names)));
  }

  @Test
  void aThreeHundredTokenSentenceWithManySpeakers() {
    StringBuilder b = new StringBuilder("Officials said that ");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String name = "Person" + (char) ('A' + i % 26) + (char) ('a' + i / 26) + " Smith";
      names.add(name + "=" + name + ":PERSON");
      b.append(name).append(" told reporters, ");
    }
    b.append("\"nothing\" happened, he said.");
    String text = b.toString();
    assertTimeoutPreemptively(LIMIT, () -> quotes(text, names.toArray(String[]::new)));
  }

  @Test
  void unclosedNestedAndMixedMarks() {
    String text = "Dana Reyes said \"the plan 'will \u201cwork' and then \u00abmaybe not.\n\n\"It is over,\" she said. "
        + "\"Never closed\n\nAnother paragraph with \u201d stray marks \u201c and ' quotes.";
    List<Quote> q = assertTimeoutPreemptively(LIMIT, () -> quotes(text, "Dana Reyes=Dana Reyes:PERSON"));
    assertTrue(q.stream().allMatch(x -> x.span().end() <= text.length()));
  }

  @Test
  void allCapsTextAndALongListOfNames() {
    StringBuilder b = new StringBuilder("THE MINISTER SAID \"WE WILL NOT BACK DOWN,\" THE AGENCY REPORTED. Those present: ");
    for (int i = 0; i < 200; i++) b.append("Name").append(i).append(" Jones, ");
    b.append("and others, according to the list.");
    assertTimeoutPreemptively(LIMIT, () -> quotes(b.toString()));
  }
}
