package org.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dossier.extract.meta.Outlets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineClassifierTest {
  private final LineClassifier classifier = new LineClassifier(TextLexicon.standard(), Outlets.standard());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'' | BLANK",
      "Edit post | CHROME",
      "Skip to content | CHROME",
      "★ ✦ ✧ | CHROME",
      "This audio is created with AI assistance | CHROME",
      "Download the NewsNow app today from your app store. | CHROME",
      "News, Asia, North Korea, Missiles | CHROME",
      "Reporting by Lee Min; Editing by Ana Ruiz | CHROME",
      "Related Articles | LABEL",
      "Most popular | LABEL",
      "Weather outlook | LABEL",
      "9:51 PM | STAMP",
      "14:05 | STAMP",
      "time11 minutes ago | STAMP",
      "AFP03-02-2024 | STAMP",
      "Business Insider | OUTLET",
      "- The Harbour Courier | OUTLET",
      "by Ana Ruiz March 2, 2024 8:05 AM 3 min read | BYLINE",
      "Authors: Lena Park, Omar Haddad | BYLINE",
      "The Kyiv IndependentOlga Petrenko | BYLINE",
      "Soldiers march in a parade in the capital on Monday (Reuters/Jane Roe) | CAPTION",
      "Rescue teams reach flooded villages as rains continue | TITLE",
      "Is the ceasefire holding? | TITLE",
      "Rescue teams reached the flooded villages on Sunday. | BODY",
      "Officials said the talks would resume next week, according to the ministry, | BODY",
  })
  void classifiesLines(String line, LineClass expected) {
    assertEquals(expected, classifier.classify(0, line).kind(), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Related Articles | RELATED", "News Feed | FEED", "Live updates: | FEED"})
  void labelsAnnounceSections(String line, TextLexicon.Section section) {
    assertEquals(section, classifier.classify(0, line).section());
  }
}
