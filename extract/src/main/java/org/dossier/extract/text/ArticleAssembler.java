package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.core.model.Article;
import org.dossier.core.model.Ids;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Role;
import org.dossier.extract.meta.Byline;
import org.dossier.extract.meta.NewsDates;
import org.dossier.extract.meta.Outlets;
import org.dossier.extract.meta.SiteName;

/**
 * Turns a page's blocks into articles: picks the main article, folds its subheaded sections back into it,
 * gives the other headed blocks with a body their role (feed or related), and fills in the fields.
 */
final class ArticleAssembler {
  /** A sentence ends: a word, then its full stop ("N. Korea" and "U.S." are no sentence ends). */
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!?…]['\"”’)]?(?:\\s|$)");
  private final Outlets outlets;
  private final TextLexicon lexicon;

  ArticleAssembler(Outlets outlets, TextLexicon lexicon) {
    this.outlets = outlets;
    this.lexicon = lexicon;
  }

  /**
   * @param reference the page's date or fetch time, for relative stamps and year-less days; may be null
   */
  List<Article> assemble(String page, List<Line> lines, Segmenter.Segmentation seg, PartialDate reference) {
    List<Block> blocks = new ArrayList<>(seg.blocks());
    int m = mainIndex(blocks);
    if (m < 0) return List.of();
    Block main = blocks.get(m);
    while (m + 1 < blocks.size() && continues(main, blocks.get(m + 1))) main = main.extendedBy(blocks.remove(m + 1));
    blocks.set(m, main);

    BlockMeta mainMeta = new BlockMeta(main, outlets, lexicon, seg.authorBoxes());
    String site = siteOutlet(lines, blocks, main, mainMeta, seg.authorBoxes());
    String mainOutlet = mainMeta.ownOutlet();
    PartialDate mainDate = mainMeta.published(reference);
    if (mainDate == null) mainDate = reference;

    Map<Role, Integer> ordinals = new EnumMap<>(Role.class);
    List<Article> out = new ArrayList<>();
    out.add(article(page, Role.MAIN, ordinals, mainMeta, mainOutlet != null ? mainOutlet : site,
        mainMeta.authors(), mainDate));
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (i == m || !b.hasBody() || b.title() == null) continue;
      BlockMeta meta = new BlockMeta(b, outlets, lexicon, List.of());
      if (!readsAsProse(meta.paragraphs())) continue;
      Role role = feed(b) ? Role.FEED : Role.RELATED;
      String own = meta.ownOutlet();
      String outlet = own != null ? own : role == Role.FEED || b.section() == TextLexicon.Section.NONE ? site : null;
      PartialDate date = role == Role.FEED ? feedDate(meta, mainDate, reference) : meta.published(reference);
      out.add(article(page, role, ordinals, meta, outlet, meta.authors(), date));
    }
    return out;
  }

  /** An embedded article's body has a sentence in it; a headline under a headline is a list, not a body. */
  private static boolean readsAsProse(List<String> paragraphs) {
    for (String p : paragraphs) if (SENTENCE_END.matcher(p).find()) return true;
    return false;
  }

  private static Article article(String page, Role role, Map<Role, Integer> ordinals, BlockMeta meta,
      String outlet, List<String> authors, PartialDate published) {
    int ordinal = ordinals.merge(role, 1, Integer::sum) - 1;
    return Article.of(Ids.article(page, role, ordinal), page, role, outlet, null, meta.title(), authors, published,
        null, meta.paragraphs());
  }

  /**
   * The page's own article: the headed block with the most body text among those that are not feed
   * items, sourced embeds or closed teasers; failing that, the block with the most body text.
   */
  private static int mainIndex(List<Block> blocks) {
    int best = -1;
    int fallback = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!b.hasBody()) continue;
      if (fallback < 0 || chars(b) > chars(blocks.get(fallback))) fallback = i;
      boolean own = b.title() != null && !b.clocked() && !b.sourced() && b.trailer() == null
          && b.section() != TextLexicon.Section.RELATED && b.section() != TextLexicon.Section.FEED;
      if (own && (best < 0 || chars(b) > chars(blocks.get(best)))) best = i;
    }
    return best >= 0 ? best : fallback;
  }

  private static int chars(Block b) {
    return b.body().stream().mapToInt(l -> l.text().length()).sum();
  }

  /** A following block that is only a short subheading and more text, in the same section. */
  private static boolean continues(Block main, Block next) {
    if (!next.hasBody() || next.marked() || next.section() != main.section()) return false;
    Line heading = next.title();
    return heading == null || heading.words() <= TextRules.MAX_SUBHEAD_WORDS;
  }

  private static boolean feed(Block b) {
    if (b.sourced()) return false;
    return b.clocked() || (b.section() == TextLexicon.Section.FEED && !b.stamps().isEmpty());
  }

  /**
   * A feed item's time of day is dated only when it is the main article's own time: a feed runs across
   * days, so a bare time says nothing certain about the day otherwise.
   */
  private static PartialDate feedDate(BlockMeta meta, PartialDate mainDate, PartialDate reference) {
    PartialDate own = meta.published(reference);
    if (own != null) return own;
    NewsDates.Clock c = meta.clock();
    if (c == null || mainDate == null || mainDate.precision() != PartialDate.Precision.MINUTE) return null;
    return mainDate.hour() == c.hour() && mainDate.minute() == c.minute() ? mainDate : null;
  }

  /**
   * The outlet of the site itself: named in the page header above the main article, else in the main
   * byline (unless a wire), else in the closing bylines of the site's own teasers.
   */
  private String siteOutlet(List<Line> lines, List<Block> blocks, Block main, BlockMeta mainMeta,
      List<Byline> boxes) {
    int top = main.head().isEmpty() ? main.body().get(0).index() : main.head().get(0).index();
    for (Line l : lines) {
      if (l.index() >= top) break;
      List<String> named = outlets.mentions(l.text());
      if (!named.isEmpty()) return named.get(0);
    }
    for (int i = lines.size() - 1; i >= 0; i--) {
      String named = lines.get(i).kind() == LineClass.CHROME ? SiteName.find(lines.get(i).text(), outlets) : null;
      if (named != null) return named;
    }
    List<Byline> mainBylines = new ArrayList<>(main.bylines());
    mainBylines.addAll(boxes);
    for (Byline b : mainBylines) if (b.outlet() != null && !outlets.isAgency(b.outlet())) return b.outlet();
    for (Block b : blocks) {
      if (b != main && !b.sourced() && b.trailer() != null && b.trailer().byline().outlet() != null) {
        return b.trailer().byline().outlet();
      }
    }
    return null;
  }
}
