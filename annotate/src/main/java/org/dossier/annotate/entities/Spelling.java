package org.dossier.annotate.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.core.model.EntityKind;

/**
 * One spelling per name within an article: a name set in capitals (a dateline "SEOUL", a byline "ANN
 * LEE") takes the spelling the article uses elsewhere ("Seoul"), and a person or place written only in
 * capitals is set in title case. Acronyms stay as they are: they are short, or not people and places.
 */
final class Spelling {
  private Spelling() {}

  static List<Candidate> unify(List<Candidate> named) {
    Map<String, String> mixed = new HashMap<>();
    for (Candidate c : named) {
      if (c.canonical() != null && !isCapitals(c.canonical())) mixed.putIfAbsent(key(c.canonical()), c.canonical());
    }
    List<Candidate> out = new ArrayList<>(named.size());
    for (Candidate c : named) {
      String name = c.canonical();
      if (name == null || !isCapitals(name)) {
        out.add(c);
      } else if (mixed.containsKey(key(name))) {
        out.add(c.resolved(mixed.get(key(name)), c.kind()));
      } else if ((c.kind() == EntityKind.PERSON || c.kind() == EntityKind.LOCATION) && name.replaceAll("[^\\p{L}]", "").length() >= 5) {
        out.add(c.resolved(titleCase(name), c.kind()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean isCapitals(String s) {
    return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
  }

  /** "NEW DELHI" to "New Delhi", "JEAN-PAUL" to "Jean-Paul". */
  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (char ch : s.toCharArray()) {
      b.append(start ? ch : Character.toLowerCase(ch));
      start = !Character.isLetter(ch) && ch != '\'' && ch != '’';
    }
    return b.toString();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
