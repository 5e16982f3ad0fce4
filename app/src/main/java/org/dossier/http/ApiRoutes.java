package org.dossier.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.dossier.web.DossierApi;

/** The API's GET routes: each one reads its parameters and hands them to {@link DossierApi}. */
public final class ApiRoutes {
  private ApiRoutes() {}

  public static void register(Javalin app, DossierApi api) {
    var r = api.records();
    app.get("/api/status", ctx -> send(ctx, api.status()));
    app.get("/api/articles", ctx -> send(ctx, api.articles(params(ctx))));
    app.get("/api/search", ctx -> send(ctx, api.articles(params(ctx))));
    app.get("/api/articles/{id}", ctx -> send(ctx, r.article(ctx.pathParam("id"))));
    app.get("/api/source", ctx -> send(ctx, r.pageSource(required(ctx, "page"))));
    app.get("/api/stories", ctx -> send(ctx, r.stories()));
    app.get("/api/stories/{id}", ctx -> send(ctx, r.story(ctx.pathParam("id"))));
    app.get("/api/entities", ctx -> send(ctx, r.entities(params(ctx))));
    app.get("/api/entities/{id}", ctx -> send(ctx, r.entity(ctx.pathParam("id"))));
    app.get("/api/claims/series", ctx -> send(ctx, r.allSeries()));
    app.get("/api/claims/series/{id}", ctx -> send(ctx, r.series(ctx.pathParam("id"))));
    app.get("/api/timeline", ctx -> send(ctx, r.timeline(params(ctx))));
    app.exception(NoSuchElementException.class, (e, ctx) -> Problem.send(ctx, 404, "Not found", e.getMessage()));
  }

  private static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) throw new IllegalArgumentException("give the '" + name + "' parameter");
    return v;
  }

  private static void send(Context ctx, JsonNode body) {
    ctx.contentType("application/json").result(Json.write(body));
  }

  /** The query string's first value per name; blank values count as absent. */
  private static Map<String, String> params(Context ctx) {
    Map<String, String> p = new HashMap<>();
    ctx.queryParamMap().forEach((k, v) -> {
      if (!v.isEmpty() && !v.get(0).isBlank()) p.put(k, v.get(0));
    });
    return p;
  }

}
