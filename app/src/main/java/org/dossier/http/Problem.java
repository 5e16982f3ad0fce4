package org.dossier.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Errors as RFC 9457 problem bodies ({@code application/problem+json}). */
final class Problem {
  static final String TYPE = "application/problem+json";

  private Problem() {}

  static void send(Context ctx, int status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    if (detail != null) body.put("detail", org.dossier.core.model.Elision.of(detail));
    body.put("instance", org.dossier.core.model.Elision.of(ctx.path()));
    ctx.status(status).contentType(TYPE).result(Json.write(body));
  }
}
