package org.dossier.core.model;

/** How a raw page's bytes are to be read. */
public enum PageFormat {
  /** A plain-text dump of a rendered page, one visual line per line. */
  TEXT,
  /** An HTML document. */
  HTML
}
