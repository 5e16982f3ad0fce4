package org.dossier.extract;

import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.PageProblem;
import org.dossier.extract.html.PageParser;
import org.dossier.extract.page.Decoding;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A page's own visible text, one block a line, kept beside its articles so a reader can see what the
 * extractor took and what it left out. Never throws: a page it cannot read has no text.
 */
public final class PageText {
  private static final String INVISIBLE = "script, style, noscript, template, svg, iframe, object, head";

  private PageText() {}

  public static String of(RawPage page) {
    return switch (page.format()) {
      case TEXT -> Decoding.decode(page.bytes(), page.charset()).text();
      case HTML -> html(page);
    };
  }

  private static String html(RawPage page) {
    try {
      var doc = PageParser.parse(page);
      doc.select(INVISIBLE).remove();
      StringBuilder out = new StringBuilder();
      doc.body().traverse(new NodeVisitor() {
        @Override
        public void head(Node node, int depth) {
          if (node instanceof TextNode t) {
            String s = t.text();
            if (!s.isBlank()) {
              if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != ' ') out.append(' ');
              out.append(s.strip());
            }
          } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
            newline(out);
          }
        }

        @Override
        public void tail(Node node, int depth) {
          if (node instanceof Element e && e.isBlock()) newline(out);
        }
      });
      return out.toString().strip();
    } catch (PageProblem | RuntimeException e) {
      return "";
    }
  }

  private static void newline(StringBuilder out) {
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
  }
}
