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

  public static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("::1") || host.equals("[::1]") || host.startsWith("127.");
  }
}
