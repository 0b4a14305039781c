package dev.xxgk.internal.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects a page's ruling lines: straight axis-parallel segments of stroked paths, and filled
 * rectangles thin enough to be lines (some producers draw borders that way). White lines are
 * invisible borders and are skipped. Text is not shown at all, which also keeps Type 3 glyph
 * outlines out.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

  private static final float THIN = 3f;
  private static final float AXIS = 0.6f;
  static final int MAX_RULINGS = 20_000;

  private final PageFrame frame;
  private final List<Ruling> rulings = new ArrayList<>();
  private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
  private List<Point2D.Float> current = new ArrayList<>();
  private Point2D.Float last = new Point2D.Float();

  private RulingCollector(PDPage page) {
    super(page);
    this.frame = PageFrame.of(page);
  }

  /** The ruling lines of the page in display space, or none if there are absurdly many. */
  static List<Ruling> collect(PDPage page) throws IOException {
    RulingCollector collector = new RulingCollector(page);
    collector.processPage(page);
    return collector.rulings.size() > MAX_RULINGS ? List.of() : collector.rulings;
  }

  @Override
  public void moveTo(float x, float y) {
    startSubpath();
    current.add(point(x, y));
  }

  @Override
  public void lineTo(float x, float y) {
    if (current.isEmpty()) {
      current.add(last);
    }
    current.add(point(x, y));
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    startSubpath();
    current.add(point(x3, y3));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    startSubpath();
    for (Point2D p : List.of(p0, p1, p2, p3, p0)) {
      current.add(frame.toDisplay(p.getX(), p.getY()));
    }
    startSubpath();
  }

  @Override
  public void closePath() {
    if (current.size() > 1) {
      current.add(current.get(0));
    }
  }

  @Override
  public Point2D getCurrentPoint() {
    return last;
  }

  @Override
  public void strokePath() {
    if (visible(getGraphicsState().getStrokingColor())) {
      startSubpath();
      for (List<Point2D.Float> path : subpaths) {
        for (int i = 1; i < path.size(); i++) {
          addSegment(path.get(i - 1), path.get(i));
        }
      }
    }
    endPath();
  }

  @Override
  public void fillPath(int windingRule) {
    if (visible(getGraphicsState().getNonStrokingColor())) {
      startSubpath();
      subpaths.forEach(this::addThinRectangle);
    }
    endPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    List<List<Point2D.Float>> saved = snapshot();
    fillPath(windingRule);
    subpaths.addAll(saved);
    strokePath();
  }

  @Override
  public void endPath() {
    subpaths.clear();
    current = new ArrayList<>();
  }

  @Override
  public void clip(int windingRule) {
    // clipping paths are ended by a following 'n' or painted by a following operator
  }

  @Override
  public void drawImage(PDImage image) {
    // images carry no ruling lines
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // shadings are backgrounds, not lines
  }

  @Override
  public void showTextString(byte[] string) {
    // text is read by GlyphCollector
  }

  @Override
  public void showTextStrings(COSArray array) {
    // text is read by GlyphCollector
  }

  private Point2D.Float point(float x, float y) {
    last = frame.toDisplay(x, y);
    return last;
  }

  private void startSubpath() {
    if (current.size() > 1) {
      subpaths.add(current);
    }
    current = new ArrayList<>();
  }

  private List<List<Point2D.Float>> snapshot() {
    startSubpath();
    return new ArrayList<>(subpaths);
  }

  private void addSegment(Point2D.Float a, Point2D.Float b) {
    if (Math.abs(a.y - b.y) <= AXIS && Math.abs(a.x - b.x) > AXIS) {
      rulings.add(Ruling.of(true, (a.y + b.y) / 2, a.x, b.x));
    } else if (Math.abs(a.x - b.x) <= AXIS && Math.abs(a.y - b.y) > AXIS) {
      rulings.add(Ruling.of(false, (a.x + b.x) / 2, a.y, b.y));
    }
  }

  /** A filled axis-parallel rectangle thinner than {@link #THIN} is a line along its middle. */
  private void addThinRectangle(List<Point2D.Float> path) {
    if (path.size() < 4 || path.size() > 5) {
      return;
    }
    float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE;
    float minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
    for (Point2D.Float p : path) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    for (Point2D.Float p : path) {
      boolean onX = Math.abs(p.x - minX) <= AXIS || Math.abs(p.x - maxX) <= AXIS;
      boolean onY = Math.abs(p.y - minY) <= AXIS || Math.abs(p.y - maxY) <= AXIS;
      if (!onX || !onY) {
        return;
      }
    }
    float w = maxX - minX;
    float h = maxY - minY;
    if (h <= THIN && w > THIN) {
      rulings.add(Ruling.of(true, (minY + maxY) / 2, minX, maxX));
    } else if (w <= THIN && h > THIN) {
      rulings.add(Ruling.of(false, (minX + maxX) / 2, minY, maxY));
    }
  }

  private static boolean visible(PDColor color) {
    try {
      return (color.toRGB() & 0xFFFFFF) != 0xFFFFFF;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }
}
