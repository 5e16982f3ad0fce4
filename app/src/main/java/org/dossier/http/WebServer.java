package org.dossier.http;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.function.Consumer;

/**
 * The HTTP API and the web interface in one process: all Javalin set-up lives here, and the
 * framework's types go no further than this package.
 */
public final class WebServer implements AutoCloseable {
  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving; {@code routes} adds the API's GET handlers. */
  public static WebServer start(HttpOptions options, Consumer<Javalin> routes) {
    Guard guard = new Guard(options);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxRequestBytes();
      config.router.ignoreTrailingSlashes = true;
      config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrors()));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
    });
    app.before(ctx -> {
      if (!guard.admit(ctx)) ctx.skipRemainingHandlers();
    });
    routes.accept(app);
    app.error(404, ctx -> {
      if (!"application/problem+json".equals(ctx.res().getContentType())) Problem.send(ctx, 404, "Not found", null);
    });
    app.exception(IllegalArgumentException.class, (e, ctx) -> Problem.send(ctx, 400, "Bad request", e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> Problem.send(ctx, 500, "Internal error", e.getClass().getSimpleName()));
    try {
      app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      stopQuietly(app);
      throw bindFailure(options, e);
    }
    return new WebServer(app);
  }

  /**
   * Why the server could not listen, in words that say which address and what to do: Javalin words every
   * bind failure as "port already in use", even for an address this machine does not have.
   */
  static IllegalStateException bindFailure(HttpOptions options, RuntimeException e) {
    String where = (options.host().contains(":") ? "[" + options.host() + "]" : options.host()) + ":" + options.port();
    String cause = "";
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException || t instanceof java.nio.channels.UnresolvedAddressException
          || t instanceof java.net.SocketException) {
        cause = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (t instanceof java.nio.channels.UnresolvedAddressException) cause = "unresolved";
        break;
      }
    }
    String why;
    if (cause.contains("in use")) {
      why = "the port is already in use by another program; stop it or choose another --port (0 picks a free one)";
    } else if (cause.contains("assign requested address") || cause.contains("unresolved")) {
      why = "this machine has no such address; use --host 127.0.0.1 or one of this machine's addresses";
    } else if (cause.contains("permission denied") || cause.contains("access")) {
      why = "ports below 1024 need privileges; choose a --port of 1024 or more";
    } else {
      why = (cause.isEmpty() ? String.valueOf(e.getMessage()) : cause) + "; check --host and --port";
    }
    return new IllegalStateException("cannot listen on " + org.dossier.core.model.Elision.of(where) + ": " + why, e);
  }

  private static void stopQuietly(Javalin app) {
    try {
      app.stop();
    } catch (RuntimeException ignored) {
      // the bind failure is the news
    }
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
