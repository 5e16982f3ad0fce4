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
    app.start(options.host(), options.port());
    return new WebServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
