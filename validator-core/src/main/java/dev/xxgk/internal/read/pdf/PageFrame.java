package dev.xxgk.internal.read.pdf;

import java.awt.geom.Point2D;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps default user space to display space the way PDFBox's {@code TextPosition.getX()/getY()}
 * do: relative to the crop box, page rotation applied, y downwards. Ruling lines go through this
 * so that they meet the glyphs in one coordinate system.
 */
record PageFrame(float llx, float lly, float width, float height, int rotation) {

  static PageFrame of(PDPage page) {
    PDRectangle crop = page.getCropBox();
    int rotation = ((page.getRotation() % 360) + 360) % 360;
    return new PageFrame(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(),
        crop.getHeight(), rotation);
  }

  /** Height of the page as displayed. */
  float displayHeight() {
    return rotation == 90 || rotation == 270 ? width : height;
  }

  /** Width of the page as displayed. */
  float displayWidth() {
    return rotation == 90 || rotation == 270 ? height : width;
  }

  Point2D.Float toDisplay(double userX, double userY) {
    float x = (float) (userX - llx);
    float y = (float) (userY - lly);
    return switch (rotation) {
      case 90 -> new Point2D.Float(y, x);
      case 180 -> new Point2D.Float(width - x, y);
      case 270 -> new Point2D.Float(height - y, width - x);
      default -> new Point2D.Float(x, height - y);
    };
  }
}
