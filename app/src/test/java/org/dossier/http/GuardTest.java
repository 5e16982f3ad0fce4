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

  /** Sends raw bytes (the JDK's client will not forge a Host header or a bad request line). */
  private String raw(String request) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
  }

  private String withHost(String host) throws Exception {
    String reply = raw("GET /api/ping HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    return reply.substring(0, reply.indexOf("\r\n"));
  }

  @Test
  void onlyExactLoopbackNamesWithThisPortPassTheHostCheck() throws Exception {
    serve(HttpOptions.local(0));
    int port = server.port();
    for (String good : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port}) {
      assertTrue(withHost(good).contains(" 200 "), good + ": " + withHost(good));
    }
    for (String bad : new String[] {"127.attacker.example:" + port, "127.0.0.1.nip.io:" + port,
        "localhost.attacker.example:" + port, "attacker.example:" + port, "127.0.0.1:1", "localhost:" + port + "0",
        "localhost:abc", "127.0.0.1", "evil.example", "[::1]x:" + port}) {
      String status = withHost(bad);
      assertTrue(status.contains(" 421 ") || status.contains(" 400 "), bad + ": " + status);
    }
  }

  @Test
  void aHostNameThatOnlyStartsLikeLoopbackNeedsAToken() {
    for (String host : new String[] {"127.0.0.1.nip.io", "127.attacker.example", "localhost.example", "0.0.0.0", "::"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new HttpOptions(host, 8080, null, 4096, 10, 10), host);
      assertTrue(e.getMessage().contains("--token"), e.getMessage());
    }
    for (String host : new String[] {"127.0.0.1", "127.0.0.2", "localhost", "LOCALHOST", "::1", "[::1]"}) {
      assertEquals(host, new HttpOptions(host, 8080, null, 4096, 10, 10).host());
    }
  }

  @Test
  void theServersOwnErrorRepliesCarryTheHeadersAndAProblemBody() throws Exception {
    serve(HttpOptions.local(0));
    String host = "Host: 127.0.0.1:" + server.port() + "\r\n";
    java.util.Map<String, String> requests = new java.util.LinkedHashMap<>();
    requests.put("400", "GET /api/ping HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");
    requests.put("414", "GET /api/" + "x".repeat(20_000) + " HTTP/1.1\r\n" + host + "\r\n");
    requests.put("431", "GET /api/ping HTTP/1.1\r\n" + host + "X-Big: " + "y".repeat(20_000) + "\r\n\r\n");
    requests.put("505", "GET /api/ping HTTP/9.9\r\n" + host + "\r\n");
    for (var r : requests.entrySet()) {
      String reply = raw(r.getValue());
      String head = reply.substring(0, Math.max(0, reply.indexOf("\r\n\r\n"))).toLowerCase(java.util.Locale.ROOT);
      assertTrue(head.startsWith("http/1.1 " + r.getKey()), r.getKey() + ": " + head);
      assertTrue(head.contains("content-security-policy: default-src 'none'"), r.getKey() + ": " + head);
      assertTrue(head.contains("x-content-type-options: nosniff"), r.getKey() + ": " + head);
      assertTrue(head.contains("content-type: application/problem+json"), r.getKey() + ": " + head);
    }
  }

  @Test
  void aBindFailureNamesTheAddressAndWhy() throws Exception {
    serve(HttpOptions.local(0));
    IllegalStateException taken = assertThrows(IllegalStateException.class,
        () -> WebServer.start(HttpOptions.local(server.port()), app -> {}));
    assertTrue(taken.getMessage().contains("127.0.0.1:" + server.port()) && taken.getMessage().contains("in use"),
        taken.getMessage());
    IllegalStateException absent = assertThrows(IllegalStateException.class, () -> WebServer.start(
        new HttpOptions("192.0.2.7", 0, "a-long-enough-secret-token", 4096, 10, 10), app -> {}));
    assertTrue(absent.getMessage().contains("192.0.2.7:0") && absent.getMessage().contains("no such address"),
        absent.getMessage());
  }
}
