package org.dossier.extract.html;

import org.jsoup.nodes.Element;

/**
 * Blocks that are article text whatever the classes of their wrappers say: data tables (rankings,
 * specifications, comparisons) and quoted posts (an embedded tweet is a blockquote in a "social" box).
 */
final class ContentBlocks {
  private ContentBlocks() {}

  /**
   * Tells a data table from a layout table the way Readability does: header cells, a caption or a summary
   * mark data; a nested table or a presentation role marks layout; otherwise the size decides.
   */
  static boolean isDataTable(Element table) {
    if (!table.normalName().equals("table")) return false;
    if ("presentation".equals(table.attr("role")) || "0".equals(table.attr("datatable"))) return false;
    if (!table.attr("summary").isBlank()) return true;
    Element caption = table.selectFirst("> caption");
    if (caption != null && !caption.text().isBlank()) return true;
    if (table.selectFirst("col, colgroup, tfoot, thead, th") != null) return true;
    if (table.getElementsByTag("table").size() > 1) return false; // the list includes the table itself
    int rows = 0;
    int columns = 0;
    for (Element tr : table.select("tr")) {
      rows++;
      int cells = 0;
      for (Element td : tr.children()) {
        if (td.normalName().equals("td")) cells += Math.max(1, parseSpan(td.attr("colspan")));
      }
      columns = Math.max(columns, cells);
    }
    return rows >= Heuristics.DATA_TABLE_ROWS || columns > Heuristics.DATA_TABLE_COLUMNS
        || rows * columns > Heuristics.DATA_TABLE_CELLS;
  }

  /** True when most of the element's text is a data table or a quotation: a wrapper of content. */
  static boolean holdsContent(Element e, NodeStats stats) {
    int text = stats.text(e);
    if (text == 0) return false;
    int quoted = 0;
    for (Element q : e.getElementsByTag("blockquote")) {
      if (q.parent() == null || q.parent().closest("blockquote") == null) quoted += stats.text(q);
    }
    if (quoted >= text * Heuristics.QUOTED_POST_SHARE) return true;
    for (Element t : e.getElementsByTag("table")) {
      if (stats.text(t) >= text * Heuristics.DATA_TABLE_SHARE && isDataTable(t)) return true;
    }
    return false;
  }

  private static int parseSpan(String s) {
    try {
      return s.isBlank() ? 1 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
