package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes content elements out as paragraphs: every block element or line break ends a paragraph. On the
 * way it prunes containers that look like widgets or link lists, and drops paragraphs that are link
 * lists, boilerplate sentences (see {@link Patterns#isChromeText}) or the headline again.
 */
final class ParagraphWriter {
  private static final Pattern BARE_URL = Pattern.compile("\\s*(https?://|www\\.)\\S+\\s*");
  private final Patterns patterns;

  ParagraphWriter(Patterns patterns) {
    this.patterns = patterns;
  }

  /** The paragraphs of the content elements; {@code title} (may be null) is left out if repeated. */
  List<String> write(List<Element> content, NodeStats stats, String title) {
    List<Block> blocks = new ArrayList<>();
    for (Element root : content) {
      Collector c = new Collector(root, stats, blocks);
      NodeTraversor.filter(c, root);
      c.flush();
    }
    String key = title == null || key(title).isEmpty() ? null : key(title);
    blocks.removeIf(b -> key != null && key(b.text()).equals(key));
    while (!blocks.isEmpty() && blocks.get(blocks.size() - 1).heading()) blocks.remove(blocks.size() - 1);
    List<String> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) out.add(b.text());
    return out;
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("(?U)\\W+", "");
  }

  /** Readability's conditional cleaning: a container that reads like a widget, a gallery or a link list. */
  boolean isFishy(Element e, NodeStats stats, int rootProse) {
    if (stats.commas(e) >= Heuristics.PROSE_COMMAS || stats.prose(e) > rootProse * Heuristics.PROTECTED_PROSE_SHARE) {
      return false;
    }
    if (ContentBlocks.holdsContent(e, stats)) return false;
    int weight = patterns.weight(e);
    if (weight < 0) return true;
    String tag = e.normalName();
    boolean list = tag.equals("ul") || tag.equals("ol");
    double links = stats.linkDensity(e);
    if (list) return links > Heuristics.MAX_LIST_LINK_DENSITY;
    int p = stats.proseBlocks(e);
    int img = stats.images(e);
    int li = stats.items(e);
    return (img > 1 && (double) p / img < 0.5) || li - Heuristics.LIST_ITEM_ALLOWANCE > p
        || (weight < Heuristics.CLASS_WEIGHT && links > Heuristics.MAX_CONTAINER_LINK_DENSITY)
        || (weight >= Heuristics.CLASS_WEIGHT && links > Heuristics.MAX_CONTENT_CONTAINER_LINK_DENSITY);
  }

  /** Walks one content root, gathering text into blocks. */
  private final class Collector implements NodeFilter {
    private final Element root;
    private final NodeStats stats;
    private final List<Block> blocks;
    private final int rootProse;
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private boolean heading;
    private int listDepth;
    /** The data table being written, whose rows become paragraphs and are never pruned; or null. */
    private Element dataTable;

    Collector(Element root, NodeStats stats, List<Block> blocks) {
      this.root = root;
      this.stats = stats;
      this.blocks = blocks;
      this.rootProse = stats.prose(root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) return FilterResult.CONTINUE;
      String tag = e.normalName();
      if (tag.equals("h1") && e != root) return FilterResult.SKIP_ENTIRELY;
      if (dataTable == null && tag.equals("table") && ContentBlocks.isDataTable(e)) dataTable = e;
      if (e != root && dataTable == null && Tags.PRUNABLE.contains(tag) && isFishy(e, stats, rootProse)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e != root && isNestedArticle(e)) return FilterResult.SKIP_ENTIRELY;
      if (isCountedLink(e)) linkDepth++;
      if (isCell(e)) append(" ");
      else if (tag.equals("br") || !Tags.isInline(e)) flush();
      // a heading inside a list item is a styled item, never a stranded section title
      if (Tags.HEADINGS.contains(tag) && listDepth == 0) heading = true;
      if (tag.equals("li")) listDepth++;
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (isCountedLink(e)) linkDepth--;
        if (isCell(e)) append(" ");
        else if (!Tags.isInline(e)) flush();
        if (e.normalName().equals("li")) listDepth--;
        if (e == dataTable) dataTable = null;
      }
      return FilterResult.CONTINUE;
    }

    /** A link counts towards link density unless it shows its own address, which the author means as text. */
    private static boolean isCountedLink(Element e) {
      return e.normalName().equals("a") && !BARE_URL.matcher(e.text()).matches();
    }

    /** A cell of a data table: cells of one row are written as one paragraph. */
    private boolean isCell(Element e) {
      return dataTable != null && (e.normalName().equals("td") || e.normalName().equals("th"));
    }

    /** An article inside an article is another one (a teaser, a comment) unless it holds the prose. */
    private boolean isNestedArticle(Element e) {
      if (!e.normalName().equals("article") || stats.prose(e) > rootProse * Heuristics.PROTECTED_PROSE_SHARE) {
        return false;
      }
      for (Element p = e.parent(); p != null; p = p.parent()) if (p.normalName().equals("article")) return true;
      return false;
    }

    private void append(String s) {
      int before = text.length();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean ws = Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B';
        if (ws) {
          if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') text.append(' ');
        } else {
          text.append(c);
        }
      }
      if (linkDepth > 0) linkChars += text.length() - before;
    }

    void flush() {
      String s = text.toString().strip();
      boolean wasHeading = heading;
      double density = s.isEmpty() ? 0 : (double) linkChars / s.length();
      boolean item = listDepth > 0 || dataTable != null;
      double maxDensity = item ? Heuristics.MAX_LIST_LINK_DENSITY : Heuristics.MAX_PARAGRAPH_LINK_DENSITY;
      text.setLength(0);
      linkChars = 0;
      heading = false;
      if (s.isEmpty() || (density > maxDensity && !wasHeading) || patterns.isChromeText(s)) return;
      blocks.add(new Block(s, wasHeading));
    }
  }
}
