package dev.xxgk.bench;

import dev.xxgk.FileResult;
import dev.xxgk.Xxgk;
import dev.xxgk.fixtures.Draft;
import dev.xxgk.fixtures.JsonWriter;
import dev.xxgk.fixtures.ReportGenerator;
import dev.xxgk.fixtures.TextWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to check one report end to end (sniff, read, extract, run every rule), per format. The PDF
 * case uses {@code ../shared/samples/huaian-city-2024.pdf} (6 pages) when it is present and the
 * {@code xxgk.bench.pdf} system property does not name another file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {

  private Xxgk xxgk;
  private byte[] text;
  private byte[] aligned;
  private byte[] json;
  private byte[] pdf;

  @Setup
  public void setup() throws Exception {
    xxgk = Xxgk.create();
    Draft d = ReportGenerator.generate(42, "2021", 2024);
    text = new TextWriter(false).write(d);
    aligned = new TextWriter(true).write(d);
    json = new JsonWriter().write(d);
    Path p = Path.of(System.getProperty("xxgk.bench.pdf", "../shared/samples/huaian-city-2024.pdf"));
    pdf = Files.exists(p) ? Files.readAllBytes(p) : null;
  }

  @Benchmark
  public FileResult checkText() {
    return xxgk.check("report.txt", text);
  }

  @Benchmark
  public FileResult checkAlignedText() {
    return xxgk.check("report.txt", aligned);
  }

  @Benchmark
  public FileResult checkJson() {
    return xxgk.check("report.json", json);
  }

  @Benchmark
  public FileResult checkPdf() {
    if (pdf == null) {
      throw new IllegalStateException("no PDF: put ../shared/samples/huaian-city-2024.pdf in place "
          + "or pass -Dxxgk.bench.pdf=FILE");
    }
    return xxgk.check("report.pdf", pdf);
  }
}
