package org.dossier.store;

import java.time.LocalDate;

/**
 * A full-text search with optional filters (null: no filter).
 *
 * @param text the query, in Lucene's classic syntax (words, "phrases", AND/OR, -exclusion)
 * @param entity only articles mentioning this canonical entity name
 * @param outlet only articles of this outlet (case-insensitive)
 * @param role only articles of this role wire name (main, related, feed)
 * @param from only articles published on or after this day
 * @param to only articles published on or before this day
 * @param limit most hits returned
 */
public record SearchQuery(String text, String entity, String outlet, String role, LocalDate from, LocalDate to,
    int limit) {
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, 10);
  }
}
