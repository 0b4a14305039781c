package dev.xxgk.internal.read;

/** What a file's bytes are, decided from content (magic bytes and markup), not from its name. */
public enum SourceType {
  EMPTY("application/x-empty"),
  TEXT("text/plain"),
  HTML("text/html"),
  JSON("application/json"),
  PDF("application/pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  DOC("application/msword"),
  ZIP("application/zip"),
  BINARY("application/octet-stream");

  private final String mediaType;

  SourceType(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }
}
