package org.dossier.story;

import java.util.Locale;

/** How a canonical entity name becomes a clustering key. */
final class Names {
  private Names() {}

  /** Lower case, spaces folded: "Kim  Jong Un" and "kim jong un" are one key. */
  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Whether a name says who or where: an unresolved pronoun ("he", "his") does not. */
  static boolean meaningful(String name) {
    return Tokens.of(name).stream().anyMatch(Tokens::content);
  }
}
