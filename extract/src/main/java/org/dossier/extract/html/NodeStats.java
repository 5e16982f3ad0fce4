package org.dossier.extract.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one iterative pass (no recursion, so deep
 * pages are safe). "Own" text is the text whose nearest block element is the element itself.
 */
final class NodeStats {
  /** Counters for one element; mutable only while the pass runs. */
  private static final class Counts {
    int text;
    int links;
    int own;
    int ownLinks;
    int ownCommas;
    int commas;
    int paragraphs;
    int blocks;
    int images;
    int items;
  }

  private static final Counts NONE = new Counts();
  private final Map<Element, Counts> table = new IdentityHashMap<>();

  private NodeStats() {}

  static NodeStats of(Element root) {
    NodeStats s = new NodeStats();
    NodeTraversor.traverse(s.new Pass(), root);
    return s;
  }

  /** All text below the element. */
  int text(Element e) {
    return get(e).text;
  }

  /** Text below the element that sits inside links. */
  int links(Element e) {
    return get(e).links;
  }

  double linkDensity(Element e) {
    Counts c = get(e);
    return c.text == 0 ? 0 : (double) c.links / c.text;
  }

  int own(Element e) {
    return get(e).own;
  }

  double ownLinkDensity(Element e) {
    Counts c = get(e);
    return c.own == 0 ? 0 : (double) c.ownLinks / c.own;
  }

  int ownCommas(Element e) {
    return get(e).ownCommas;
  }

  /** Commas anywhere below the element (a sign of prose). */
  int commas(Element e) {
    return get(e).commas;
  }

  /** Characters of prose blocks (voting-size own text, few links) below and including the element. */
  int prose(Element e) {
    return get(e).paragraphs;
  }

  /** Number of prose blocks (as counted by {@link #prose}) that are not list items or headings. */
  int proseBlocks(Element e) {
    return get(e).blocks;
  }

  /** Images and list items below the element (signs of galleries and link lists). */
  int images(Element e) {
    return get(e).images;
  }

  int items(Element e) {
    return get(e).items;
  }

  private Counts get(Element e) {
    return table.getOrDefault(e, NONE);
  }

  private Counts counts(Element e) {
    return table.computeIfAbsent(e, k -> new Counts());
  }

  static boolean isComma(char c) {
    return c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C';
  }

  /** Length of the text once runs of whitespace are collapsed to one space. */
  static int collapsedLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ws = Character.isWhitespace(c) || c == '\u00A0';
      if (!ws) n++;
      else if (!space) n++;
      space = ws;
    }
    return n;
  }

  private final class Pass implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t && node.parent() instanceof Element parent) {
        String s = t.getWholeText();
        Counts c = counts(parent);
        int len = collapsedLength(s);
        c.text += len;
        c.own += len;
        for (int i = 0; i < s.length(); i++) {
          if (isComma(s.charAt(i))) {
            c.ownCommas++;
            c.commas++;
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) return;
      Counts c = counts(e);
      switch (e.normalName()) {
        case "a" -> {
          c.links = c.text;
          c.ownLinks = c.own;
        }
        case "img" -> c.images++;
        case "li" -> c.items++;
        default -> { }
      }
      boolean block = !Tags.isInline(e);
      if (block && c.own >= Heuristics.MIN_VOTING_BLOCK && c.ownLinks <= c.own * Heuristics.MAX_VOTING_LINK_DENSITY) {
        c.paragraphs += c.own;
        if (!Tags.NON_VOTING.contains(e.normalName())) c.blocks++;
      }
      Element parent = e.parent();
      if (parent == null) return;
      Counts p = counts(parent);
      p.text += c.text;
      p.links += c.links;
      p.paragraphs += c.paragraphs;
      p.commas += c.commas;
      p.blocks += c.blocks;
      p.images += c.images;
      p.items += c.items;
      if (!block) {
        p.own += c.own;
        p.ownLinks += c.ownLinks;
        p.ownCommas += c.ownCommas;
      }
    }
  }
}
