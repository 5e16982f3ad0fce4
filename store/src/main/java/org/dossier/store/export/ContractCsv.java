package org.dossier.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The export contract as CSV, one table per object type: the columns are the contract object's fields
 * (so the format still lives in {@link ContractJson}); a list becomes its items joined by "; ", a span
 * "begin-end".
 */
public final class ContractCsv {
  private final Writer out;
  private List<String> columns;

  public ContractCsv(Writer out) {
    this.out = out;
  }

  /** Writes one object; the first one fixes the header. */
  public void write(ObjectNode object) throws IOException {
    if (columns == null) {
      columns = new ArrayList<>();
      for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) columns.add(it.next());
      row(columns);
    }
    List<String> cells = new ArrayList<>(columns.size());
    for (String c : columns) cells.add(cell(c, object.get(c)));
    row(cells);
  }

  private static String cell(String column, JsonNode v) {
    if (v == null || v.isNull()) return "";
    if (!v.isArray()) return v.asText();
    List<String> items = new ArrayList<>();
    v.forEach(x -> items.add(x.asText()));
    return String.join("span".equals(column) ? "-" : "; ", items);
  }

  private void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.write(',');
      out.write(quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
