package org.dossier.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.http.ApiRoutes;
import org.dossier.http.HttpOptions;
import org.dossier.http.WebServer;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.dossier.web.DossierApi;
import org.dossier.web.SnapshotSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier serve}: the HTTP API and the web interface over a store, read-only. */
@Command(name = "serve", description = "Serve the web interface and the HTTP API over the store.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = HttpOptions.LOOPBACK,
      description = "address to bind (default: ${DEFAULT-VALUE}); any other needs --token")
  String host;

  @Option(names = "--token", description = "access token clients must send (Authorization: Bearer TOKEN)")
  String token;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    HttpOptions options = new HttpOptions(host, port, token, 64 * 1024, 50, 200);
    try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.openForReading(store.store)) {
      DossierApi api = new DossierApi(new SnapshotSource(kb));
      try (WebServer server = WebServer.start(options, app -> ApiRoutes.register(app, api))) {
        spec.commandLine().getErr().println("dossier: serving " + store.store + " at http://"
            + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/ (Ctrl-C stops)");
        spec.commandLine().getErr().flush();
        new CountDownLatch(1).await();
      }
    }
    return 0;
  }
}
