package org.dossier.extract.html;

import org.jsoup.nodes.Element;

/**
 * Tells data tables (rankings, specifications, comparisons: article content) from layout tables, the way
 * Readability does: header cells, a caption or a summary mark data; a nested table or a presentation role
 * marks layout; otherwise the size decides.
 */
final class DataTables {
  private DataTables() {}

  static boolean isData(Element table) {
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

  private static int parseSpan(String s) {
    try {
      return s.isBlank() ? 1 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
