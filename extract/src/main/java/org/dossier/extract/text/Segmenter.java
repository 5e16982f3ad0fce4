package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.meta.Byline;

/**
 * Groups classified lines into blocks: a block's head collects headlines, source names, stamps and
 * bylines until body text comes; the next head line after body text, a closing byline or a section label
 * ends it. Chrome, captions and unknown short labels are skipped.
 */
final class Segmenter {
  private Segmenter() {}

  /** The blocks of a page, and the author boxes found anywhere on it (they describe the main article). */
  record Segmentation(List<Block> blocks, List<Byline> authorBoxes) {}

  static Segmentation segment(List<Line> lines) {
    List<Block> blocks = new ArrayList<>();
    List<Byline> boxes = new ArrayList<>();
    Open open = new Open(TextLexicon.Section.NONE);
    for (Line line : lines) {
      switch (line.kind()) {
        case BLANK, CHROME, CAPTION -> { }
        case LABEL -> {
          if (line.section() != TextLexicon.Section.NONE) {
            open = open.closeInto(blocks, line.section());
          } else if (!open.hasBody() && open.head.stream().allMatch(l -> l.kind() == LineClass.TITLE)) {
            open.head.clear(); // headline-shaped lines among menu items are the site's header
          }
        }
        case TITLE, OUTLET, STAMP -> {
          if (open.hasBody()) open = open.closeInto(blocks, open.section);
          open.head.add(line);
        }
        case BYLINE -> {
          if (line.byline().box()) {
            boxes.add(line.byline());
          } else if (open.hasBody()) {
            open.trailer = line;
            open = open.closeInto(blocks, open.section);
          } else {
            open.head.add(line);
          }
        }
        case BODY -> open.addBody(line);
      }
    }
    open.closeInto(blocks, open.section);
    return new Segmentation(joinStandfirsts(blocks), List.copyOf(boxes));
  }

  /**
   * "Headline / one paragraph / byline" is a teaser when something headed follows, but when text without a
   * headline follows, the paragraph was the article's standfirst and the byline its own: join the two.
   */
  private static List<Block> joinStandfirsts(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      boolean standfirst = b.trailer() != null && b.body().size() == 1 && b.title() != null && next != null
          && next.title() == null && next.hasBody() && next.section() == b.section() && !next.sourced();
      if (standfirst) {
        List<Line> head = new ArrayList<>(b.head());
        head.add(b.trailer());
        head.addAll(next.head());
        List<Line> body = new ArrayList<>(b.body());
        body.addAll(next.body());
        out.add(new Block(head, body, next.trailer(), b.section()));
        i++;
      } else {
        out.add(b);
      }
    }
    return List.copyOf(out);
  }

  /** The block being built. */
  private static final class Open {
    final TextLexicon.Section section;
    final List<Line> head = new ArrayList<>();
    final List<Line> body = new ArrayList<>();
    Line trailer;

    Open(TextLexicon.Section section) {
      this.section = section;
    }

    boolean hasBody() {
      return !body.isEmpty();
    }

    /** A feed item's headline often ends with a full stop: after its time stamp, take it as the headline. */
    void addBody(Line line) {
      boolean clocked = head.stream().anyMatch(l -> l.stamp() != null && l.stamp().clockOnly());
      boolean titled = head.stream().anyMatch(l -> l.kind() == LineClass.TITLE);
      if (body.isEmpty() && clocked && !titled && line.words() <= TextRules.MAX_FEED_TITLE_WORDS) {
        head.add(new Line(line.index(), line.text(), LineClass.TITLE, line.section(), null, null, null));
      } else {
        body.add(line);
      }
    }

    Open closeInto(List<Block> blocks, TextLexicon.Section next) {
      if (!head.isEmpty() || !body.isEmpty()) blocks.add(new Block(head, body, trailer, section));
      return new Open(next);
    }
  }
}
