package dev.xxgk.cli;

import dev.xxgk.FileResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks files on all cores and hands results on in input order, holding at most a small window
 * of results at a time (memory stays bounded however large the batch). A file that takes longer
 * than the per-file limit becomes an unreadable result and the batch goes on.
 */
final class BatchRunner {

  private final int jobs;
  private final long timeoutSeconds;
  private final Function<Path, FileResult> task;
  private final Function<Path, FileResult> onTimeout;
  private final java.util.function.BiFunction<Path, Throwable, FileResult> onFailure;

  BatchRunner(int jobs, long timeoutSeconds, Function<Path, FileResult> task,
      Function<Path, FileResult> onTimeout,
      java.util.function.BiFunction<Path, Throwable, FileResult> onFailure) {
    this.jobs = Math.max(1, jobs);
    this.timeoutSeconds = timeoutSeconds;
    this.task = task;
    this.onTimeout = onTimeout;
    this.onFailure = onFailure;
  }

  void run(List<Path> files, Consumer<FileResult> sink, Progress progress) {
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "xxgk-check");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Submitted> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < jobs * 4) {
          Path p = files.get(next++);
          window.add(new Submitted(p, pool.submit(() -> task.apply(p))));
        }
        Submitted head = window.poll();
        sink.accept(await(head));
        progress.step(head.path());
      }
    } finally {
      pool.shutdownNow();
      progress.done();
    }
  }

  private FileResult await(Submitted s) {
    try {
      return s.future().get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      s.future().cancel(true);
      return onTimeout.apply(s.path());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return onTimeout.apply(s.path());
    } catch (ExecutionException e) {
      return onFailure.apply(s.path(), e.getCause());
    }
  }

  private record Submitted(Path path, Future<FileResult> future) {}

  /** Progress on standard error for long runs on a terminal. */
  static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private int done;

    Progress(PrintWriter err, int total, boolean enabled) {
      this.err = err;
      this.total = total;
      this.enabled = enabled;
    }

    void step(Path p) {
      done++;
      if (enabled && (done % 10 == 0 || done == total)) {
        double secs = (System.nanoTime() - start) / 1e9;
        err.printf("\r[%d/%d] %.1f files/s", done, total, done / Math.max(secs, 1e-3));
        err.flush();
      }
    }

    void done() {
      if (enabled) {
        err.println();
        err.flush();
      }
    }
  }

}
