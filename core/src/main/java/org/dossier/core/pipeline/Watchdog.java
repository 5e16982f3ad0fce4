package org.dossier.core.pipeline;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts a task that overruns its time, so that work which honours interrupts (CoreNLP's taggers and
 * parser stop with an exception) ends at the deadline and the thread is free for the next page. The
 * interrupt can only reach the task it was meant for: it is sent under the task's lock, and the flag is
 * cleared before the thread goes back to its pool.
 */
public final class Watchdog implements AutoCloseable {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "page-watchdog");
    t.setDaemon(true);
    return t;
  });

  /** Runs the task on this thread, interrupting it if it is still running after {@code limit}. */
  public <T> T run(Duration limit, Callable<T> task) throws Exception {
    Thread worker = Thread.currentThread();
    Object lock = new Object();
    boolean[] over = {false};
    // Again every second past the limit: code that swallows one interrupt must not keep the thread.
    ScheduledFuture<?> alarm = timer.scheduleAtFixedRate(() -> {
      synchronized (lock) {
        if (!over[0]) worker.interrupt();
      }
    }, limit.toNanos(), TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
    try {
      return task.call();
    } finally {
      synchronized (lock) {
        over[0] = true;
      }
      alarm.cancel(false);
      Thread.interrupted(); // an interrupt that came as the task ended is not the next task's
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
