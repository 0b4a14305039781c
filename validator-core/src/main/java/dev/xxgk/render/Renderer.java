package dev.xxgk.render;

import dev.xxgk.FileResult;
import java.io.IOException;

/** Writes results one file at a time, then a summary. Call {@link #file} in output order. */
public interface Renderer {

  void file(FileResult result) throws IOException;

  /** Writes the summary and flushes. */
  void finish(Summary summary) throws IOException;
}
