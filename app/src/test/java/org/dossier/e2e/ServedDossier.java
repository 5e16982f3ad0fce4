package org.dossier.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dossier.cli.Main;
import org.dossier.http.ApiRoutes;
import org.dossier.http.HttpOptions;
import org.dossier.http.WebServer;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.dossier.web.DossierApi;
import org.dossier.web.SnapshotSource;

/**
 * A store built by the real ingest from the fixture pages under {@code fixtures/browser} (a news story told
 * by two outlets, an unrelated page, and hostile pages carrying script payloads), served on a free loopback
 * port. Built once per JVM, since annotating even a few pages takes tens of seconds, and shared by every
 * end-to-end test class.
 */
public final class ServedDossier {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ServedDossier shared;

  public final Path store;
  private final WebServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  private ServedDossier(Path store, WebServer server) {
    this.store = store;
    this.server = server;
  }

  public static synchronized ServedDossier get() {
    if (shared == null) shared = build();
    return shared;
  }

  private static ServedDossier build() {
    try {
      Path root = Files.createTempDirectory("dossier-e2e");
      Path store = root.resolve("store");
      Path fixtures = Path.of(ServedDossier.class.getResource("/fixtures/browser").toURI());
      int status = Main.run("ingest", "--store", store.toString(), "--progress", "none",
          fixtures.resolve("news").toString(), fixtures.resolve("hostile").toString());
      if (status != 0) throw new IllegalStateException("ingest of the browser fixtures failed with status " + status);
      LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForReading(store);
      DossierApi api = new DossierApi(new SnapshotSource(kb));
      WebServer server = WebServer.start(HttpOptions.local(0), app -> ApiRoutes.register(app, api));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        kb.close();
        delete(root);
      }));
      return new ServedDossier(store, server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  HttpResponse<String> get(String path) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(base() + path.replaceFirst("^/", ""))).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The JSON body of an API route that must answer 200. */
  JsonNode api(String path) {
    HttpResponse<String> r = get("api/" + path);
    if (r.statusCode() != 200) throw new AssertionError("GET /api/" + path + " answered " + r.statusCode() + ": " + r.body());
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("GET /api/" + path + " is not JSON: " + r.body(), e);
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}
