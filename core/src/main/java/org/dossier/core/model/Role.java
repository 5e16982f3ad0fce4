package org.dossier.core.model;

import java.util.Locale;

/** What an article is to the page that carries it. */
public enum Role {
  /** The page's own article. */
  MAIN,
  /** Another article's text embedded in the page (related-articles blocks, teasers with a body). */
  RELATED,
  /** An item of a time-stamped news feed or live blog. */
  FEED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
