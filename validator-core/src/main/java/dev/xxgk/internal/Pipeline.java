package dev.xxgk.internal;

import dev.xxgk.Defect;
import dev.xxgk.FileResult;
import dev.xxgk.Location;
import dev.xxgk.RuleInfo;
import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.extract.Dictionary;
import dev.xxgk.internal.extract.Extractor;
import dev.xxgk.internal.pack.PackException;
import dev.xxgk.internal.pack.PackLoader;
import dev.xxgk.internal.pack.RulePack;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Readers;
import dev.xxgk.internal.read.Source;
import dev.xxgk.internal.read.SourceType;
import dev.xxgk.internal.read.TextDecoder;
import dev.xxgk.internal.report.Messages;
import dev.xxgk.internal.rules.Engine;
import dev.xxgk.internal.rules.Rule;
import dev.xxgk.internal.rules.RuleContext;
import dev.xxgk.internal.rules.RuleKinds;
import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one way through: bytes → sniff → reader → document → extraction → model → engine →
 * defects. Immutable and thread-safe; the facade delegates here.
 */
public final class Pipeline {

  /** Files larger than this are refused before reading: no real report comes near it. */
  public static final long MAX_BYTES = 200L * 1024 * 1024;

  private final Engine engine;
  private final Extractor extractor;
  private final Messages messages;
  private final RulePack base;

  private Pipeline(Map<String, RulePack> packs) {
    this.engine = new Engine(packs);
    this.extractor = new Extractor(Dictionary.of(packs));
    this.messages = new Messages(engine::shape);
    this.base = packs.values().iterator().next();
  }

  public static Pipeline builtIn() {
    try {
      return new Pipeline(new PackLoader().loadBuiltIn());
    } catch (PackException e) {
      throw new IllegalStateException("broken rule pack: " + e.getMessage(), e);
    }
  }

  /** Bytes supplier that may fail with an input problem. */
  @FunctionalInterface
  public interface Bytes {
    byte[] get() throws InputProblem;
  }

  public FileResult check(String name, Bytes bytes, boolean runRules) {
    try {
      AnnualReport report = model(name, bytes.get());
      if (looksLikeNoReport(report)) {
        return new FileResult(name, FileResult.Status.CHECKED, report, null,
            List.of(pipelineDefect("input.not-a-report", Map.of())));
      }
      if (!runRules) {
        return new FileResult(name, FileResult.Status.CHECKED, report, null, List.of());
      }
      return new FileResult(name, FileResult.Status.CHECKED, report,
          engine.packFor(report).name(), engine.check(report));
    } catch (InputProblem p) {
      return unreadable(name, p);
    } catch (OutOfMemoryError e) {
      return unreadable(name, InputProblem.unreadable("out-of-memory"));
    }
  }

  private AnnualReport model(String name, byte[] bytes) throws InputProblem {
    Source source = Source.of(name, bytes);
    if (source.type() == SourceType.JSON) {
      try {
        return ReportJson.read(TextDecoder.decode(bytes, "UTF-8"));
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        throw InputProblem.unreadable("json", String.valueOf(e.getMessage()));
      }
    }
    Document doc;
    try {
      doc = Readers.read(source);
    } catch (RuntimeException e) {
      throw InputProblem.unreadable("corrupt", e.toString());
    }
    if (doc.isBlank()) {
      throw InputProblem.noText("no-text");
    }
    try {
      return extractor.extract(doc);
    } catch (RuntimeException e) {
      // a bug of ours, not a fault of the file: say so, and let the batch go on
      throw InputProblem.unreadable("internal", e.toString());
    }
  }

  private static boolean looksLikeNoReport(AnnualReport r) {
    return r.title() == null && r.sections().isEmpty() && r.tables().isEmpty();
  }

  public FileResult failed(String name, Throwable error) {
    return unreadable(name, InputProblem.unreadable("internal", error.toString()));
  }

  public FileResult timedOut(String name, long seconds) {
    return unreadable(name, InputProblem.unreadable("timeout", String.valueOf(seconds)));
  }

  private FileResult unreadable(String name, InputProblem p) {
    StringBuilder reason = new StringBuilder("@input.reason.").append(p.reason());
    p.reasonArgs().forEach(a -> reason.append('|').append(a.replace('|', '/')));
    Defect d = pipelineDefect(p.rule(), Map.of("reason", reason.toString()));
    return new FileResult(name, FileResult.Status.UNREADABLE, null, null, List.of(d));
  }

  private Defect pipelineDefect(String ruleId, Map<String, String> args) {
    Rule rule = base.rule(ruleId).orElseThrow();
    List<Defect> out = new ArrayList<>();
    var draft = new RuleContext(AnnualReport.builder().build(), base, rule, engine::shape, out)
        .defect().at(Location.NONE);
    args.forEach(draft::arg);
    draft.report();
    return out.get(0);
  }

  public List<Defect> validate(AnnualReport report) {
    return engine.check(report);
  }

  public byte[] readFile(Path file) throws InputProblem {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw InputProblem.unreadable("too-large", Files.size(file) / (1024 * 1024) + " MiB");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw InputProblem.unreadable("not-found");
    } catch (IOException e) {
      throw InputProblem.unreadable("io", String.valueOf(e.getMessage()));
    }
  }

  public byte[] readStream(InputStream in) throws InputProblem {
    try {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw InputProblem.unreadable("too-large", "> " + MAX_BYTES / (1024 * 1024) + " MiB");
      }
      return bytes;
    } catch (IOException e) {
      throw InputProblem.unreadable("io", String.valueOf(e.getMessage()));
    }
  }

  public Messages messages() {
    return messages;
  }

  public List<RuleInfo> rules(Locale locale) {
    Map<String, RuleInfo> out = new LinkedHashMap<>();
    for (RulePack pack : engine.packs().values()) {
      for (Rule r : pack.rules()) {
        RuleInfo prev = out.get(r.id());
        List<String> packs = new ArrayList<>(prev == null ? List.of() : prev.packs());
        packs.add(pack.name());
        out.put(r.id(), new RuleInfo(r.id(), r.severity(), kindName(r), r.basis().name(),
            r.citation(), messages.title(r.id(), locale), packs,
            r.years() == null ? null : r.years().from()));
      }
    }
    return List.copyOf(out.values());
  }

  private static String kindName(Rule r) {
    return RuleKinds.names().stream().filter(n -> RuleKinds.byName(n) == r.kind().getClass())
        .findFirst().orElse("?");
  }
}
