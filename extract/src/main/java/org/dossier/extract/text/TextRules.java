package org.dossier.extract.text;

/**
 * Every threshold of the text-dump extractor in one place. Word counts are whitespace-separated tokens.
 * Lexicons and patterns live in the resource files beside this class (chrome.txt; section labels in meta/section-labels.txt).
 */
final class TextRules {
  private TextRules() {}

  /** Lines of at most this many words without sentence punctuation are labels, never titles. */
  static final int MAX_LABEL_WORDS = 3;
  /** Fewest words of a headline. */
  static final int MIN_TITLE_WORDS = 4;
  /** Most words of a headline; longer unpunctuated lines are body text. */
  static final int MAX_TITLE_WORDS = 30;
  /** A line ending in ":" with at most this many words introduces something: a label. */
  static final int MAX_COLON_LABEL_WORDS = 12;
  /** All-capital lines up to this many words are labels ("DOWNLOAD THE APP"). */
  static final int MAX_CAPS_LABEL_WORDS = 6;
  /** Chrome cues (chrome.txt "cue") only drop lines up to this long; longer lines are prose. */
  static final int MAX_CUE_WORDS = 30;
  /** Notices (chrome.txt "strong") drop lines up to this long; in longer lines they are cut as tails. */
  static final int MAX_NOTICE_WORDS = 60;
  /** Distinct reader-appeal phrases that make a line an appeal. */
  static final int MIN_APPEAL_CUES = 2;
  /** Captions are at most this long; longer lines with a credit are body text quoting one. */
  static final int MAX_CAPTION_WORDS = 80;
  /** Fewest comma-separated items of a tag list ("News, Asia, Korea, Defence"). */
  static final int MIN_TAGS = 3;
  /** Most words of one tag. */
  static final int MAX_TAG_WORDS = 4;
  /** Most words of a feed item's headline when the page ends it with a full stop. */
  static final int MAX_FEED_TITLE_WORDS = 25;
  /**
   * A headed block right after the main article whose heading is this short, and that carries no stamp,
   * source or byline, is a subheading of the main article rather than another article.
   */
  static final int MAX_SUBHEAD_WORDS = 8;
  /** Only this many characters of a line are examined by classification patterns (huge lines). */
  static final int MAX_EXAMINED_CHARS = 4000;
  /** A page whose bytes are more than this share control characters is binary, not a text dump. */
  static final double MAX_CONTROL_SHARE = 0.05;
  /** Longest paragraph that may be an author biography ("Jane Roe is our Seoul correspondent."). */
  static final int MAX_BIO_WORDS = 40;
  /** Days a wire stamp may lie from its dateline's day and still confirm one reading of an ambiguous date. */
  static final int DATELINE_SLACK_DAYS = 3;
}
