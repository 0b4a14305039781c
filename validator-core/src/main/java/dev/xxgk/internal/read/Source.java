package dev.xxgk.internal.read;

/**
 * The bytes of one input file with what sniffing found out about them.
 *
 * @param name the file name as given (for messages and as a weak format hint only)
 * @param bytes the whole file
 * @param type the sniffed type
 */
public record Source(String name, byte[] bytes, SourceType type) {

  public static Source of(String name, byte[] bytes) {
    return new Source(name, bytes, Sniffer.sniff(bytes, name));
  }
}
