package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.meta.Byline;
import org.dossier.extract.meta.Stamp;

/**
 * A run of lines that may be one article: its head (headlines, source names, stamps, bylines), its body
 * lines, the byline that closed it (teasers end with one), and the page section it sits in.
 */
record Block(List<Line> head, List<Line> body, Line trailer, TextLexicon.Section section) {
  Block {
    head = List.copyOf(head);
    body = List.copyOf(body);
  }

  boolean hasBody() {
    return !body.isEmpty();
  }

  /** A feed item: opened by a time of day that carries no date of its own. */
  boolean clocked() {
    return stamps().stream().anyMatch(Stamp::clockOnly);
  }

  /** Names its own source in its head ("Business Insider", "- Mint"). */
  boolean sourced() {
    return head.stream().anyMatch(l -> l.kind() == LineClass.OUTLET
        || (l.stamp() != null && l.stamp().source() != null && l.stamp().relative() != null));
  }

  /** Carries any sign of being an article of its own: a source, stamp, byline or closing byline. */
  boolean marked() {
    return trailer != null || head.stream().anyMatch(l -> l.kind() != LineClass.TITLE);
  }

  /**
   * The headline: the last headline-shaped line before the byline when there is one, else the first
   * (later headline-shaped lines before the body are decks or captions).
   */
  Line title() {
    Line first = null;
    Line beforeByline = null;
    for (Line l : head) {
      if (l.kind() == LineClass.BYLINE && beforeByline != null) return beforeByline;
      if (l.kind() == LineClass.TITLE) {
        if (first == null) first = l;
        beforeByline = l;
      }
    }
    return first;
  }

  List<Stamp> stamps() {
    List<Stamp> out = new ArrayList<>();
    for (Line l : head) if (l.stamp() != null) out.add(l.stamp());
    return out;
  }

  /** The bylines of its head, then the closing one. */
  List<Byline> bylines() {
    List<Byline> out = new ArrayList<>();
    for (Line l : head) if (l.byline() != null) out.add(l.byline());
    if (trailer != null) out.add(trailer.byline());
    return out;
  }

  /** The first source name in its head, or null. */
  String source() {
    for (Line l : head) {
      if (l.outlet() != null) return l.outlet();
      if (l.stamp() != null && l.stamp().relative() != null && l.stamp().source() != null) return l.stamp().source();
    }
    return null;
  }

  /** This block with another's body appended (a subheaded section of the same article). */
  Block extendedBy(Block next) {
    List<Line> lines = new ArrayList<>(body);
    Line heading = next.title();
    if (heading != null) lines.add(heading);
    lines.addAll(next.body());
    return new Block(head, lines, trailer, section);
  }
}
