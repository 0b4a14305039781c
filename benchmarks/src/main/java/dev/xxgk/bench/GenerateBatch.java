package dev.xxgk.bench;

import dev.xxgk.fixtures.Draft;
import dev.xxgk.fixtures.Injection;
import dev.xxgk.fixtures.Injections;
import dev.xxgk.fixtures.ReportGenerator;
import dev.xxgk.fixtures.ReportWriter;
import dev.xxgk.fixtures.Generate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes N generated reports into a directory for the batch benchmark: every third one carries an
 * injected defect, and the formats rotate through every writer style of the generator (text,
 * aligned text, JSON, three HTML styles, DOCX).
 *
 * <p>Usage: {@code GenerateBatch N DIR}
 */
public final class GenerateBatch {

  private GenerateBatch() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path dir = Files.createDirectories(Path.of(args[1]));
    List<ReportWriter> writers = Generate.writers();
    List<Injection> injections = Injections.all();
    for (int i = 0; i < n; i++) {
      Injection inj = i % 3 == 0 ? injections.get(i / 3 % injections.size()) : null;
      Draft d = ReportGenerator.generate(i, inj == null ? "2021" : inj.format(),
          inj == null ? 2024 : inj.year());
      if (inj != null) {
        inj.plant().apply(d);
      }
      ReportWriter w = writers.get(i % writers.size());
      Files.write(dir.resolve(String.format("r%06d.%s", i, w.extension())), w.write(d));
    }
    System.out.println("wrote " + n + " reports to " + dir);
  }
}
