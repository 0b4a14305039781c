package dev.xxgk.internal.read;

import dev.xxgk.internal.doc.Document;

/** Turns the bytes of one format into the common document layout. One implementation a format. */
public interface DocumentReader {

  /**
   * Reads the source.
   *
   * @throws InputProblem when the file cannot be read; never any other exception for bad input
   */
  Document read(Source source) throws InputProblem;
}
