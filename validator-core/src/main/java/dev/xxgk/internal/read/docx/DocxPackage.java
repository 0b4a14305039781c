package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.read.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jspecify.annotations.Nullable;

/**
 * Opens the OOXML package with POI and takes out the three parts the reader needs, found through
 * the package relationships rather than by fixed names. External targets are never followed.
 *
 * @param document the main document part ({@code word/document.xml} as a rule)
 * @param numbering the numbering definitions, if the document has any
 * @param styles the style definitions, if the document has any
 */
record DocxPackage(byte[] document, byte @Nullable [] numbering, byte @Nullable [] styles) {

  private static final String NUMBERING =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
  private static final String STRICT_NUMBERING =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/numbering";
  private static final String STYLES =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
  private static final String STRICT_STYLES =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/styles";

  static {
    tightenPoiLimits(DocxLimits.DEFAULTS);
  }

  /**
   * POI's zip-bomb limits are JVM-wide statics. They are set here explicitly as a second line
   * behind {@link ZipGuard}, and only ever made stricter, so that an application embedding the
   * library keeps any stricter limits it set for itself.
   */
  static void tightenPoiLimits(DocxLimits limits) {
    double minRatio = 1.0 / limits.maxInflateRatio();
    if (ZipSecureFile.getMinInflateRatio() < minRatio) {
      ZipSecureFile.setMinInflateRatio(minRatio);
    }
    if (ZipSecureFile.getMaxEntrySize() > limits.maxEntryBytes()) {
      ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
    }
    if (ZipSecureFile.getMaxFileCount() > limits.maxEntries()) {
      ZipSecureFile.setMaxFileCount(limits.maxEntries());
    }
  }

  static DocxPackage open(byte[] bytes) throws InputProblem {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (IOException | InvalidFormatException | RuntimeException e) {
      throw DocxReader.corrupt(e);
    }
    try {
      PackagePart main = mainPart(pkg);
      return new DocxPackage(read(main), related(main, NUMBERING, STRICT_NUMBERING),
          related(main, STYLES, STRICT_STYLES));
    } catch (IOException | InvalidFormatException | RuntimeException e) {
      throw DocxReader.corrupt(e);
    } finally {
      pkg.revert();
    }
  }

  private static PackagePart mainPart(OPCPackage pkg) throws InputProblem {
    PackageRelationshipCollection rels =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (rels.isEmpty()) {
      rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    PackageRelationship rel = rels.isEmpty() ? null : rels.getRelationship(0);
    PackagePart part = rel == null || rel.getTargetMode() == TargetMode.EXTERNAL
        ? null : pkg.getPart(rel);
    if (part == null) {
      throw InputProblem.unreadable("corrupt", "no main document part");
    }
    return part;
  }

  private static byte @Nullable [] related(PackagePart main, String... types)
      throws InvalidFormatException, IOException {
    for (String type : types) {
      for (PackageRelationship rel : main.getRelationshipsByType(type)) {
        if (rel.getTargetMode() != TargetMode.EXTERNAL) {
          PackagePart part = main.getRelatedPart(rel);
          if (part != null) {
            return read(part);
          }
        }
      }
    }
    return null;
  }

  private static byte[] read(PackagePart part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    }
  }
}
