package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page as the lines a reader sees (every block element or line break ends one), each with what its
 * markup says: set as a heading, as a link or in bold, holding a {@code <time>}, inside a caption, marked
 * as a byline by its class. Every element knows the range of lines inside it. One iterative pass.
 */
final class PageLines {
  /** Class or id parts that mark a byline or contributor line on sites of every kind. */
  private static final Pattern AUTHOR_HINT =
      Pattern.compile("(?i)(^|[-_ ])(byline|author|authors|contributor|contributors|writer)(s?)([-_ ]|$)");
  /** A quick test before {@link #AUTHOR_HINT}: most class names hold none of its words. */
  private static final List<String> HINT_WORDS = List.of("author", "byline", "contributor", "writer");

  /**
   * One line.
   *
   * @param index its position on the page
   * @param text its whitespace-collapsed text
   * @param block the nearest block element around its text
   * @param headingLevel 1 to 6 when the line is set as a heading, 7 when it is otherwise emphasised (a link
   *     or bold text as a whole), 0 for plain text
   * @param linkChars characters inside links
   * @param links how many links the line holds
   * @param time the {@code <time>} element in the line, or null
   * @param authorHint true when an element around it is classed as a byline or author
   * @param caption true inside a figure or its caption
   * @param words how many words the line has
   */
  record Line(int index, String text, Element block, int headingLevel, int linkChars, int links, Element time,
      boolean authorHint, boolean caption, int words) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

  }

  private final List<Line> lines = new ArrayList<>();
  private final List<Element> marked = new ArrayList<>();
  private final Predicate<Element> mark;

  /** Words of a whitespace-collapsed line. */
  private static int words(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) != ' ' && (i == 0 || s.charAt(i - 1) == ' ')) n++;
    return n;
  }
  private final Map<Element, int[]> ranges = new IdentityHashMap<>();

  private PageLines(Predicate<Element> mark) {
    this.mark = mark;
  }

  /** The lines under {@code root}; the elements that {@code mark} accepts are noted on the way. */
  static PageLines of(Element root, Predicate<Element> mark) {
    PageLines p = new PageLines(mark);
    NodeTraversor.traverse(p.new Pass(), root);
    return p;
  }

  List<Line> lines() {
    return lines;
  }

  /** The elements the pass was asked to note, in page order. */
  List<Element> marked() {
    return marked;
  }

  /** The lines inside {@code e}, in order (empty for an element the pass did not see). */
  List<Line> inside(Element e) {
    int[] r = ranges.get(e);
    return r == null ? List.of() : lines.subList(r[0], Math.max(r[0], r[1]));
  }

  private final class Pass implements NodeVisitor {
    private final StringBuilder text = new StringBuilder();
    private int linkDepth;
    private int boldDepth;
    private int heading; // level of the heading being read, 0 outside
    private int captionDepth;
    private int authorDepth;
    private int linkChars;
    private int links;
    private int emphasisChars;
    private Element time;
    private boolean author;
    private final List<Element> openBlocks = new ArrayList<>();
    private final java.util.ArrayDeque<Boolean> hints = new java.util.ArrayDeque<>();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return;
      }
      if (!(node instanceof Element e)) return;
      String tag = e.normalName();
      boolean block = !Tags.isInline(e) || tag.equals("br");
      if (block) flush();
      ranges.put(e, new int[] {lines.size(), lines.size()});
      if (mark.test(e)) marked.add(e);
      if (!Tags.isInline(e)) openBlocks.add(e);
      switch (tag) {
        case "a" -> {
          linkDepth++;
          links++;
        }
        case "b", "strong" -> boldDepth++;
        case "time" -> time = e;
        case "figure", "figcaption" -> captionDepth++;
        default -> { }
      }
      if (Tags.HEADINGS.contains(tag) && heading == 0) heading = tag.charAt(1) - '0';
      boolean hint = hinted(e);
      hints.push(hint);
      if (hint) authorDepth++;
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) return;
      String tag = e.normalName();
      if (!Tags.isInline(e)) flush();
      switch (tag) {
        case "a" -> linkDepth--;
        case "b", "strong" -> boldDepth--;
        case "figure", "figcaption" -> captionDepth--;
        default -> { }
      }
      if (Tags.HEADINGS.contains(tag) && heading == tag.charAt(1) - '0') heading = 0;
      if (!hints.isEmpty() && hints.pop()) authorDepth--;
      if (!Tags.isInline(e)) openBlocks.remove(openBlocks.size() - 1);
      int[] r = ranges.get(e);
      if (r != null) r[1] = lines.size();
    }

    private boolean hinted(Element e) {
      if (e.attributesSize() == 0) return false;
      String c = e.className();
      return (Words.mentionsAny(c, HINT_WORDS) && AUTHOR_HINT.matcher(c).find())
          || "author".equals(e.attr("itemprop")) || "author".equals(e.attr("rel"));
    }

    private void append(String s) {
      int before = text.length();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
          if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') text.append(' ');
        } else {
          text.append(c);
        }
      }
      int added = text.length() - before;
      if (linkDepth > 0) linkChars += added;
      if (linkDepth > 0 || boldDepth > 0 || heading > 0) emphasisChars += added;
      if (authorDepth > 0 && added > 0) author = true;
    }

    private void flush() {
      String s = text.toString().strip();
      if (!s.isEmpty()) {
        int level = heading > 0 ? heading : emphasisChars >= s.length() * 0.9 ? 7 : 0;
        Element block = openBlocks.isEmpty() ? null : openBlocks.get(openBlocks.size() - 1);
        lines.add(new Line(lines.size(), s, block, level, Math.min(linkChars, s.length()), links, time, author,
            captionDepth > 0, words(s)));
      }
      text.setLength(0);
      linkChars = 0;
      links = 0;
      emphasisChars = 0;
      time = null;
      author = false;
    }
  }
}
