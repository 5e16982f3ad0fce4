package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.extract.html.Patterns.Verdict;
import org.junit.jupiter.api.Test;

class PatternsTest {
  private final Patterns patterns = Patterns.standard();

  @Test
  void splitsClassesIntoPartsAndSkipsUtilityClasses() {
    assertEquals(List.of("related", "articles", "share", "bar"), patterns.parts("relatedArticles share_bar"));
    assertEquals(List.of("story"), patterns.parts("story md:hidden overflow-hidden item-has-image"));
  }

  @Test
  void judgesClassValues() {
    assertEquals(Verdict.CHROME, patterns.judge("article-comments"));
    assertEquals(Verdict.CHROME, patterns.judge("socialShareBar"));
    assertEquals(Verdict.CONTENT, patterns.judge("entry-content"));
    assertEquals(Verdict.CONTENT, patterns.judge("post-meta"));
    assertEquals(Verdict.WEAK_CHROME, patterns.judge("meta"));
    assertEquals(Verdict.NEUTRAL, patterns.judge("field--label-hidden"));
    assertEquals(Verdict.NEUTRAL, patterns.judge("shadow-box"));
  }

  @Test
  void joinsAdjacentPartsAndOnlyWeighsPageBuilderWidgets() {
    assertEquals(Verdict.CHROME, patterns.judge("author-box"));
    assertEquals(Verdict.CHROME, patterns.judge("shared-counts share-bar"));
    assertEquals(Verdict.WEAK_CHROME, patterns.judge("box author"), "parts join only in their order");
    assertEquals(Verdict.CONTENT, patterns.judge("elementor-widget elementor-widget-text-editor"));
    assertEquals(Verdict.WEAK_CHROME, patterns.judge("elementor-widget-wrap"));
    assertEquals(Verdict.WEAK_CHROME, patterns.judge("readmore-wrapper"));
  }

  @Test
  void recognisesBoilerplateParagraphsAndHeadings() {
    assertTrue(patterns.isChromeText("Sign up for our newsletter to get the best stories in your inbox."));
    assertTrue(patterns.isChromeText("This audio is created with AI assistance"));
    assertTrue(patterns.isChromeText("Photo: Getty Images"));
    assertFalse(patterns.isChromeText("The minister said the newsletter of the party was banned in 1998 by a court."));
    assertTrue(patterns.isChromeText("18 Nov 2019, 19:09"));
    assertTrue(patterns.isChromeText("August 13, 2018"));
    assertFalse(patterns.isChromeText("On August 13, 2018, the court ruled against the mining company."));
    assertTrue(patterns.isChromeText("Donate today to keep our newsroom independent."));
    assertFalse(patterns.isChromeText("When I upgrade, I donate what I am replacing."));
    assertTrue(patterns.isChromeHeading("Related articles"));
    assertTrue(patterns.isChromeHeading("About the author"));
    assertTrue(patterns.isChromeHeading("You might also like"));
    assertFalse(patterns.isChromeHeading("What the treaty says about artillery"));
  }
}
