package org.dossier.extract.text;

/** What one line of a text dump is, as far as the line alone can tell. */
enum LineClass {
  /** Nothing on it. */
  BLANK,
  /** Site chrome: menus, buttons, promos, appeals, notices, stray symbols. */
  CHROME,
  /** A short section heading or widget name ("Related Articles", "Most popular"). */
  LABEL,
  /** Only a time stamp: a date, a clock time, a relative age, an agency stamp. */
  STAMP,
  /** Only a source name ("Business Insider", "- Mint"). */
  OUTLET,
  /** A byline, an author box, or a source name joined to an author. */
  BYLINE,
  /** A photo caption or credit. */
  CAPTION,
  /** Headline-shaped: several words, no closing sentence punctuation. */
  TITLE,
  /** Prose. */
  BODY
}
