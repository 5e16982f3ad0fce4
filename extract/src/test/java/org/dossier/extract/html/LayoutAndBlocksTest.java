package org.dossier.extract.html;

import static org.dossier.extract.html.Pages.main;
import static org.dossier.extract.html.Pages.paragraphs;
import static org.dossier.extract.html.Pages.prose;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.core.model.Article;
import org.dossier.core.pipeline.PageProblem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Page-builder layouts, data tables, quoted posts and link-heavy lines inside the article. */
class LayoutAndBlocksTest {
  private static final String SIDEBAR = "<aside class=sidebar><ul>"
      + "<li><a href=/x>Another story about something else entirely</a></li>".repeat(8) + "</ul></aside>";

  @Test
  void joinsSiblingBlocksOfOnePageBuilderKind() throws PageProblem {
    String block = "<div class='lay-unit lay-unit-%d lay-plain'><div class=lay-inner>%s</div></div>";
    String links = "<div class=lay-links><ul>" + "<li><a href=/y>A guide to something quite unrelated here</a></li>"
        .repeat(8) + "</ul></div>";
    String html = "<body>" + SIDEBAR + "<div class=lay-section>"
        + block.formatted(1, prose("the harbour"))
        + block.formatted(2, prose("the dredging") + prose("the pier") + prose("the cranes") + prose("the quay"))
        + links + block.formatted(3, prose("the ferries"))
        + "<div class=note-box><div class=note-inner>" + prose("an unrelated note") + "</div></div>"
        + "</div></body>";
    Article a = main(html);
    for (String topic : new String[] {"the harbour", "the dredging", "the quay", "the ferries"}) {
      assertTrue(a.text().contains("discuss " + topic), topic + " missing from: " + a.text());
    }
    assertFalse(a.text().contains("unrelated note"), "a block of another kind joined: " + a.text());
    assertFalse(a.text().contains("quite unrelated"), a.text());
  }

  @Test
  void keepsDataTablesRowByRowEvenWithLinkedCellsAndOddRowClasses() throws PageProblem {
    StringBuilder rows = new StringBuilder("<tr><th>Team</th><th>Points</th><th>Wins</th></tr>");
    String[] teams = {"Northern Rovers", "Harbour City", "Valley United", "Port Athletic"};
    for (int i = 0; i < teams.length; i++) {
      rows.append("<tr class='player-%d oddrow'><td><a href=/t%d>%s</a></td><td>%d</td><td>%d</td></tr>"
          .formatted(i, i, teams[i], 40 - i * 3, 12 - i));
    }
    String html = "<body>" + SIDEBAR + "<article>" + prose("the league") + prose("the table")
        + "<figure class=wp-block-table><div class=scroll-box><table>" + rows + "</table></div></figure>"
        + prose("the final round") + "</article></body>";
    Article a = main(html);
    assertTrue(paragraphs(a).contains("Northern Rovers 40 12"), paragraphs(a).toString());
    assertTrue(paragraphs(a).contains("Port Athletic 31 9"), paragraphs(a).toString());
    assertTrue(a.text().contains("discuss the final round"));
  }

  @Test
  void tellsDataTablesFromLayoutTables() {
    Element layout = Jsoup.parse("<table><tr><td>menu</td><td>story</td></tr></table>").selectFirst("table");
    Element headed = Jsoup.parse("<table><tr><th>a</th></tr><tr><td>1</td></tr></table>").selectFirst("table");
    Element large = Jsoup.parse("<table>" + "<tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>".repeat(3)
        + "</table>").selectFirst("table");
    Element nested = Jsoup.parse("<table><tr><td><table><tr><td>x</td></tr></table></td></tr>"
        + "<tr><td>y</td></tr></table>").selectFirst("table");
    assertFalse(ContentBlocks.isDataTable(layout));
    assertTrue(ContentBlocks.isDataTable(headed));
    assertTrue(ContentBlocks.isDataTable(large));
    assertFalse(ContentBlocks.isDataTable(nested));
  }

  @Test
  void keepsListsOfStyledHeadingsAtTheEnd() throws PageProblem {
    String html = "<body>" + SIDEBAR + "<article>" + prose("the materials") + prose("the suppliers")
        + "<h2>Linen Works</h2><ul><li><h3>organic flax</h3></li><li><h3>natural dyes</h3></li></ul></article></body>";
    Article a = main(html);
    assertTrue(paragraphs(a).contains("Linen Works"), paragraphs(a).toString());
    assertTrue(paragraphs(a).contains("natural dyes"), paragraphs(a).toString());
  }

  @Test
  void keepsQuotedPostsInsideSocialEmbedBoxes() throws PageProblem {
    String html = "<body>" + SIDEBAR + "<article>" + prose("the campaign") + prose("the reaction")
        + "<div class=social-media-embed><blockquote class=twitter-tweet><p>This campaign slogan is the strangest"
        + " thing I have read all week, honestly</p>— A Reader (@reader) <a href=/s/1>November 18</a></blockquote>"
        + "</div>" + prose("the governor") + "</article></body>";
    Article a = main(html);
    assertTrue(a.text().contains("strangest thing I have read"), a.text());
  }

  @Test
  void keepsShownAddressesAndLinkedHeadingsButDropsTeaserLinks() throws PageProblem {
    String html = "<body>" + SIDEBAR + "<article>" + prose("the offers") + "<p><a href=https://ex.org/a1>"
        + "https://ex.org/a1</a></p><h2><a href=/lamp>Brass desk lamp</a></h2>" + prose("the lamp")
        + "<p><a href=/other>Another story you should not miss today</a></p>" + prose("the prices")
        + "</article></body>";
    Article a = main(html);
    assertTrue(paragraphs(a).contains("https://ex.org/a1"), paragraphs(a).toString());
    assertTrue(paragraphs(a).contains("Brass desk lamp"), paragraphs(a).toString());
    assertFalse(a.text().contains("should not miss"), a.text());
  }
}
