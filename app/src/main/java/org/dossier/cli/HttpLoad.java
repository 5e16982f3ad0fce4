package org.dossier.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.bench.Latencies;

/**
 * A bounded load on one HTTP server: {@code clients} threads, each with its own HTTP/1.1 client and
 * keep-alive connection, take requests from a shared budget until it is spent or the deadline passes.
 * The i-th request goes to {@code paths[i % paths.size()]}, so the mix is the same on every run.
 */
final class HttpLoad {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /** One request's outcome: its path, HTTP status (0 when it failed without an answer) and latency. */
  record Sample(String path, int status, long nanos) {}

  /** What a run did: every sample in the order the requests were issued, and the wall-clock time. */
  record Result(List<Sample> samples, double seconds) {
    long count(int status) {
      return samples.stream().filter(s -> s.status() == status).count();
    }

    /** Answers that are neither 200 nor the rate limiter's 429, and requests that got no answer. */
    long errors() {
      return samples.stream().filter(s -> s.status() != 200 && s.status() != 429).count();
    }

    /** The latencies of the given samples. */
    static Latencies latencies(List<Sample> of) {
      Latencies l = new Latencies();
      of.forEach(s -> l.add(s.nanos()));
      return l;
    }
  }

  private HttpLoad() {}

  static Result run(URI base, List<String> paths, int clients, int requests, Duration limit)
      throws InterruptedException {
    Sample[] samples = new Sample[requests];
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(pool.submit(() -> client(base, paths, samples, next, deadline)));
      }
      for (Future<?> f : running) f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Sample> done = Arrays.stream(samples).filter(s -> s != null).toList();
    return new Result(done, seconds);
  }

  private static Void client(URI base, List<String> paths, Sample[] samples, AtomicInteger next, long deadline) {
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      for (int i = next.getAndIncrement(); i < samples.length && System.nanoTime() < deadline;
          i = next.getAndIncrement()) {
        String path = paths.get(i % paths.size());
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT).build();
        long t0 = System.nanoTime();
        int status;
        try {
          status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
          status = 0;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        }
        samples[i] = new Sample(path, status, System.nanoTime() - t0);
      }
    }
    return null;
  }
}
