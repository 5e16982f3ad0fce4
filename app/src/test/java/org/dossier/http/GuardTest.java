package org.dossier.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuardTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private WebServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  private WebServer serve(HttpOptions options) {
    server = WebServer.start(options, app -> app.get("/api/ping", ctx -> ctx.json(java.util.Map.of("ok", true))));
    return server;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  @Test
  void everyResponseCarriesAPolicyThatForbidsInlineScript() throws Exception {
    serve(HttpOptions.local(0));
    for (String path : new String[] {"/api/ping", "/api/missing", "/"}) {
      HttpResponse<String> r = send(get(path));
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }
  }

  @Test
  void writesAreRefusedAndErrorsAreProblemBodies() throws Exception {
    serve(HttpOptions.local(0));
    HttpResponse<String> r = send(get("/api/ping").POST(HttpRequest.BodyPublishers.ofString("x")));
    assertEquals(405, r.statusCode());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.body().contains("\"status\":405"), r.body());
    assertEquals(404, send(get("/api/nothing-here")).statusCode());
  }

  @Test
  void aForeignHostNameIsRefusedOnLoopback() throws Exception {
    serve(HttpOptions.local(0));
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends its own Host header.
    // The JDK's client will not forge a Host header, so speak HTTP by hand.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("GET /api/ping HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          java.nio.charset.StandardCharsets.US_ASCII)).readLine();
      assertTrue(status.contains(" 421 "), status);
    }
  }

  @Test
  void withATokenOnlyRequestsThatPresentItGetIn() throws Exception {
    serve(new HttpOptions("127.0.0.1", 0, "a-long-enough-secret-token", 4096, 100, 100));
    assertEquals(401, send(get("/api/ping")).statusCode());
    assertEquals(401, send(get("/api/ping").header("Authorization", "Bearer wrong")).statusCode());
    assertEquals(200, send(get("/api/ping").header("Authorization", "Bearer a-long-enough-secret-token"))
        .statusCode());
  }

  @Test
  void bindingBeyondLoopbackNeedsAToken() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new HttpOptions("0.0.0.0", 8080, null, 4096, 10, 10));
    assertTrue(e.getMessage().contains("--token"), e.getMessage());
  }

  @Test
  void aClientOverItsBurstIsSlowedDown() throws Exception {
    serve(new HttpOptions("127.0.0.1", 0, null, 4096, 0.001, 5));
    int limited = 0;
    for (int i = 0; i < 8; i++) {
      if (send(get("/api/ping")).statusCode() == 429) limited++;
    }
    assertEquals(3, limited);
  }
}
