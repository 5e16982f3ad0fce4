package org.dossier.core.model;

import java.time.Instant;

/**
 * Where a raw page came from.
 *
 * @param path the file it was read from
 * @param warcOffset byte offset of the WARC record in {@code path}, or -1 for a plain file
 * @param targetUri the URI the page was fetched from, or null when unknown
 * @param fetched when the page was fetched, or null when unknown
 */
public record Provenance(String path, long warcOffset, String targetUri, Instant fetched) {
  public static Provenance ofFile(String path) {
    return new Provenance(path, -1, null, null);
  }
}
