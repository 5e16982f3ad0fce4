package org.dossier.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers: a short hash of what makes a thing itself, so re-ingesting yields the same ids. */
public final class Ids {
  private Ids() {}

  /** 16 hex digits of SHA-256 over the parts, joined with a separator no part can contain. */
  public static String hash(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** A page's bytes as 32 hex digits of SHA-256: unchanged bytes need no new processing. */
  public static String contentHash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** An article is itself by its page, role and position among the page's articles of that role. */
  public static String article(String page, Role role, int ordinal) {
    return "a" + hash(page, role.wire(), Integer.toString(ordinal));
  }
}
