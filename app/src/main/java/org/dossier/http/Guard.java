package org.dossier.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Runs before every request: security headers, read-only methods, Host check against DNS rebinding,
 * the access token when one is set, and the per-client rate limit. Everything the server shows comes
 * from untrusted pages, so the Content-Security-Policy forbids inline script and any outside origin.
 */
final class Guard {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  static final String TOKEN_COOKIE = "dossier_token";
  private static final int MAX_URL_CHARS = 4096;

  private final HttpOptions options;
  private final RateLimiter limiter;
  private final HostNames hosts;

  Guard(HttpOptions options) {
    this.options = options;
    this.hosts = HostNames.of(options.host());
    this.limiter = new RateLimiter(options.requestsPerSecond(), options.burst());
  }

  /** Returns false, with the response already written, when the request must go no further. */
  boolean admit(Context ctx) {
    headers(ctx);
    String method = ctx.method().name();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      ctx.header("Allow", "GET, HEAD");
      Problem.send(ctx, 405, "Method not allowed", "the dossier is read-only over HTTP");
      return false;
    }
    if (ctx.fullUrl().length() > MAX_URL_CHARS) {
      Problem.send(ctx, 414, "URI too long", "at most " + MAX_URL_CHARS + " characters");
      return false;
    }
    if (!hosts.admits(ctx.header("Host"), ctx.req().getLocalPort())) {
      Problem.send(ctx, 421, "Misdirected request", "this server answers only to " + hosts);
      return false;
    }
    if (options.token() != null && !tokenPresented(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer");
      Problem.send(ctx, 401, "Unauthorized", "send the access token as 'Authorization: Bearer TOKEN'");
      return false;
    }
    if (!limiter.allow(ctx.ip(), System.nanoTime())) {
      ctx.header("Retry-After", "1");
      Problem.send(ctx, 429, "Too many requests", "slow down: the limit is per client address");
      return false;
    }
    return true;
  }

  /** The headers every reply carries, the server's own error replies included ({@link ServerErrors}). */
  static final java.util.Map<String, String> HEADERS = java.util.Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY",
      "Cross-Origin-Opener-Policy", "same-origin",
      "Cross-Origin-Resource-Policy", "same-origin");

  static void headers(Context ctx) {
    HEADERS.forEach(ctx::header);
  }

  private boolean tokenPresented(Context ctx) {
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : ctx.cookie(TOKEN_COOKIE);
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        options.token().getBytes(StandardCharsets.UTF_8));
  }
}
