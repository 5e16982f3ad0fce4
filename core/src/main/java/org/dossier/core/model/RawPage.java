package org.dossier.core.model;

import java.util.Objects;

/**
 * One page as a crawler saved it, before any extraction.
 *
 * @param name the page's name in exports: the file name, or a WARC record's target URI
 * @param provenance where it came from
 * @param format how to read the bytes
 * @param bytes the payload (after transfer and content decoding)
 * @param charset the charset declared by the transport, or null
 * @param truncated true when the reader capped the bytes it kept
 */
public record RawPage(
    String name, Provenance provenance, PageFormat format, byte[] bytes, String charset, boolean truncated) {
  public RawPage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(bytes, "bytes");
  }
}
