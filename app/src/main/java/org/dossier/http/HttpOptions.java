package org.dossier.http;

/**
 * How the server listens and what it allows.
 *
 * @param host the address to bind; anything but loopback requires {@code token}
 * @param port the port (0 picks a free one)
 * @param token the access token clients must send as {@code Authorization: Bearer ...}, or null
 * @param maxRequestBytes the largest request body accepted
 * @param requestsPerSecond sustained requests per second allowed to one client address
 * @param burst requests one client may make at once before the rate applies
 */
public record HttpOptions(String host, int port, String token, long maxRequestBytes, double requestsPerSecond,
    int burst) {
  public static final String LOOPBACK = "127.0.0.1";

  public HttpOptions {
    if (!isLoopback(host) && (token == null || token.length() < 16)) {
      throw new IllegalArgumentException("binding to " + host + " exposes the dossier beyond this machine: give "
          + "--token with at least 16 characters (clients send it as 'Authorization: Bearer TOKEN'), or bind to "
          + LOOPBACK);
    }
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is not in 0..65535");
  }

  /** Loopback only, no token, limits fit for one person's browser and scripts. */
  public static HttpOptions local(int port) {
    return new HttpOptions(LOOPBACK, port, null, 64 * 1024, 50, 200);
  }

  /**
   * Whether binding to {@code host} keeps the server on this machine: {@code localhost}, an IPv4 literal in
   * 127.0.0.0/8 or the IPv6 loopback, case-insensitive. A name that merely starts so
   * ({@code 127.0.0.1.nip.io}, {@code localhost.example}) resolves elsewhere and is not loopback.
   */
  public static boolean isLoopback(String host) {
    String h = bare(host);
    return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || LOOPBACK_V4.matcher(h).matches();
  }

  /** Whether {@code host} binds every interface, where no Host name can be known beforehand. */
  public static boolean isWildcard(String host) {
    String h = bare(host);
    return h.isEmpty() || h.equals("0.0.0.0") || h.equals("::") || h.equals("0:0:0:0:0:0:0:0");
  }

  /** The host name in lower case, an IPv6 literal without its brackets. */
  static String bare(String host) {
    String h = host.strip().toLowerCase(java.util.Locale.ROOT);
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }

  private static final java.util.regex.Pattern LOOPBACK_V4 =
      java.util.regex.Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
}
