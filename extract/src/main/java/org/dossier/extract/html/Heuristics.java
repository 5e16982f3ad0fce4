package org.dossier.extract.html;

/**
 * Every threshold of the HTML extractor in one place. Lengths count characters of whitespace-collapsed
 * text. Values were tuned on the dev splits of the extraction benchmarks; change them only with a fresh
 * dev run of {@code score.py}.
 */
final class Heuristics {
  private Heuristics() {}

  // --- scoring (readability-style: text blocks vote for the containers around them) ---
  /** A block shorter than this does not vote for its containers. */
  static final int MIN_VOTING_BLOCK = 25;
  /** Blocks with more link text than this share are navigation and do not vote. */
  static final double MAX_VOTING_LINK_DENSITY = 0.5;
  /** How many container levels above a block receive its vote. */
  static final int VOTE_LEVELS = 5;
  /** One length point per this many characters of a block, capped at {@link #MAX_LENGTH_POINTS}. */
  static final int CHARS_PER_LENGTH_POINT = 100;
  static final double MAX_LENGTH_POINTS = 3;
  /** Score added for a content-looking class or id, subtracted for a chrome-looking one. */
  static final int CLASS_WEIGHT = 25;
  /** Top candidates within this share of the best score that share an ancestor promote it. */
  static final double ALTERNATIVE_SHARE = 0.75;
  static final int ALTERNATIVES_TO_PROMOTE = 3;
  /** A sibling joins the content when its score reaches this share of the top score (and at least 10). */
  static final double SIBLING_SHARE = 0.2;
  static final double MIN_SIBLING_SCORE = 10;
  /** The top widens to its parent when at least this share of the text the parent adds is prose ... */
  static final double EXPANSION_PROSE_SHARE = 0.7;
  /** ... and the parent's link share stays under this. */
  static final double EXPANSION_MAX_LINK_DENSITY = 0.25;
  /** A parent that adds no more text than this (a "read more" button, a label) is taken at once. */
  static final int EXPANSION_SLACK_CHARS = 40;
  /** A sibling paragraph joins when longer than this with a link share under the next value. */
  static final int SIBLING_PARAGRAPH_CHARS = 80;
  static final double SIBLING_PARAGRAPH_LINK_DENSITY = 0.25;
  /** A sibling block of the top's kind joins when at least this share of its text is prose (and links are rare). */
  static final double SIBLING_PROSE_SHARE = 0.5;
  /** Two blocks are of one kind when they share this share of their class tokens (numbered ones aside). */
  static final double SAME_KIND_SHARE = 0.67;

  // --- pruning inside the chosen content ---
  /** A paragraph whose link share exceeds this is a link list or a teaser, not prose. */
  static final double MAX_PARAGRAPH_LINK_DENSITY = 0.75;
  /** The same for a list item, a table row and a whole list: "Title by Author" items carry more link text. */
  static final double MAX_LIST_LINK_DENSITY = 0.8;
  /** A non-list container is a link farm when its list items outnumber its prose blocks by this many. */
  static final int LIST_ITEM_ALLOWANCE = 10;
  /** Containers with at least this many commas are prose and are never pruned as a whole. */
  static final int PROSE_COMMAS = 10;
  /** A container (list, table, div) with a link share above this is navigation when its class is neutral. */
  static final double MAX_CONTAINER_LINK_DENSITY = 0.33;
  /** The same for containers whose class looks like content. */
  static final double MAX_CONTENT_CONTAINER_LINK_DENSITY = 0.5;

  /** A table without header cells or caption holds data (and is kept whole) from this many rows, ... */
  static final int DATA_TABLE_ROWS = 10;
  /** ... or more columns than this, or more cells than the next value. */
  static final int DATA_TABLE_COLUMNS = 4;
  static final int DATA_TABLE_CELLS = 10;
  /** A container is judged as the data table inside it when the table holds this share of its text. */
  static final double DATA_TABLE_SHARE = 0.5;

  /** A chrome section announced by a heading is cut with its container up to this share of the prose. */
  static final double MAX_CUT_SECTION_SHARE = 0.3;
  /** The top stops widening once it holds this share of the page's prose. */
  static final double EXPANSION_ENOUGH_SHARE = 0.7;

  // --- cleaning ---
  /** A chrome-looking element is still kept when it holds more than this share of the page's prose. */
  static final double PROTECTED_PROSE_SHARE = 0.6;
  /** A chrome-looking wrapper whose text is at least this share blockquote is a quoted post, kept. */
  static final double QUOTED_POST_SHARE = 0.8;

  // --- cascade ---
  /** A result shorter than this falls short and the next extractor in the cascade is tried. */
  static final int MIN_MAIN_CHARS = 400;
  /** JSON-LD articleBody replaces the DOM result when the DOM result is shorter than this share of it. */
  static final double JSON_BODY_PREFERRED_BELOW = 0.5;

  // --- segmentation ---
  /** A headline has at least this many words and characters, and at most the next many words. */
  static final int MIN_HEADLINE_WORDS = 3;
  static final int MIN_HEADLINE_CHARS = 15;
  static final int MAX_HEADLINE_WORDS = 40;
  /** An embedded article's body (its prose after the headline) holds at least this many characters. */
  static final int MIN_UNIT_BODY = 80;
  /** A linked line is a card's summary, not a link, from this many words ending in a sentence. */
  static final int MIN_LINKED_BODY_WORDS = 10;
  /** A line without sentence punctuation is still prose from this many words (a summary bullet). */
  static final int MIN_UNPUNCTUATED_BODY_WORDS = 12;
  /** A unit's container holds at most this much text of some length before its headline. */
  static final int MAX_UNIT_LEAD = 200;
  /** Siblings after a bare headline that may join its unit. */
  static final int MAX_UNIT_SIBLINGS = 12;
  /** Stamp lines and outlet lines are short. */
  static final int MAX_STAMP_LINE = 100;
  static final int MAX_STAMP_WORDS = 14;
  /** Stamps, outlets and bylines are looked for this many lines after a unit's headline, no further. */
  static final int MAX_META_LINES = 15;
  static final int MAX_SOURCE_WORDS = 6;
  /** On a page without h1, the leading unit's body has at least this share of the largest unit body. */
  static final double LEADING_UNIT_SHARE = 0.5;
  /** A unit in article markup without stamp or source is an article from this much body, in so many paragraphs. */
  static final int MIN_RELATED_BODY = 300;
  static final int MIN_RELATED_PARAGRAPHS = 2;
  /** Units examined on one page, and embedded articles kept: a page of thousands of teasers stays bounded. */
  static final int MAX_UNITS = 5000;
  static final int MAX_SEGMENTS = 60;
  /** A feed item needs at least this much text besides its time stamp. */
  static final int MIN_FEED_ITEM = 60;
  /** A feed needs at least this many time-stamped items. */
  static final int MIN_FEED_ITEMS = 3;
}
