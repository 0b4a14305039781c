package dev.xxgk.internal.read.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
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
 * Collects a page's ruling lines from its painted paths (see {@link RulingSink} for which count),
 * clipped to the clipping region. White lines are invisible borders and are skipped. Text is not
 * shown at all, which also keeps Type 3 glyph outlines out.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

  static final int MAX_RULINGS = 20_000;

  private final PageFrame frame;
  private final RulingSink sink = new RulingSink();
  private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
  private List<Point2D.Float> current = new ArrayList<>();
  private Point2D.Float last = new Point2D.Float();
  /** The current path in user space, kept for clipping. */
  private final GeneralPath userPath = new GeneralPath();
  private int pendingClip = -1;

  private RulingCollector(PDPage page) {
    super(page);
    this.frame = PageFrame.of(page);
  }

  /** The ruling lines of the page in display space, or none if there are absurdly many. */
  static List<Ruling> collect(PDPage page) throws IOException {
    RulingCollector collector = new RulingCollector(page);
    collector.processPage(page);
    List<Ruling> rulings = collector.sink.rulings();
    return rulings.size() > MAX_RULINGS ? List.of() : rulings;
  }

  @Override
  public void moveTo(float x, float y) {
    userPath.moveTo(x, y);
    startSubpath();
    current.add(point(x, y));
  }

  @Override
  public void lineTo(float x, float y) {
    userPath.lineTo(x, y);
    if (current.isEmpty()) {
      current.add(last);
    }
    current.add(point(x, y));
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    userPath.curveTo(x1, y1, x2, y2, x3, y3);
    startSubpath();
    current.add(point(x3, y3));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    userPath.moveTo(p0.getX(), p0.getY());
    userPath.lineTo(p1.getX(), p1.getY());
    userPath.lineTo(p2.getX(), p2.getY());
    userPath.lineTo(p3.getX(), p3.getY());
    userPath.closePath();
    startSubpath();
    for (Point2D p : List.of(p0, p1, p2, p3, p0)) {
      current.add(frame.toDisplay(p.getX(), p.getY()));
    }
    startSubpath();
  }

  @Override
  public void closePath() {
    userPath.closePath();
    if (current.size() > 1) {
      current.add(current.get(0));
    }
  }

  @Override
  public Point2D getCurrentPoint() {
    Point2D p = userPath.getCurrentPoint();
    return p == null ? new Point2D.Float() : p;
  }

  @Override
  public void strokePath() {
    if (visible(getGraphicsState().getStrokingColor())) {
      startSubpath();
      Rectangle2D clip = clipBounds();
      for (List<Point2D.Float> path : subpaths) {
        for (int i = 1; i < path.size(); i++) {
          sink.segment(path.get(i - 1), path.get(i), clip);
        }
      }
    }
    endPath();
  }

  @Override
  public void fillPath(int windingRule) {
    if (visible(getGraphicsState().getNonStrokingColor())) {
      startSubpath();
      Rectangle2D clip = clipBounds();
      subpaths.forEach(path -> sink.thinRectangle(path, clip));
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
    if (pendingClip >= 0) {
      userPath.setWindingRule(pendingClip);
      getGraphicsState().intersectClippingPath(new GeneralPath(userPath));
      pendingClip = -1;
    }
    userPath.reset();
    subpaths.clear();
    current = new ArrayList<>();
  }

  /** The clip takes effect when the path is ended or painted, as in PDF. */
  @Override
  public void clip(int windingRule) {
    pendingClip = windingRule;
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

  /**
   * The bounding box of the current clipping region in display space: the intersection of the
   * clipping paths' boxes (exact for the rectangles producers clip table cells with).
   */
  private Rectangle2D clipBounds() {
    Rectangle2D box = null;
    for (Path2D path : getGraphicsState().getCurrentClippingPaths()) {
      Rectangle2D b = path.getBounds2D();
      box = box == null ? b : box.createIntersection(b);
    }
    if (box == null) {
      return new Rectangle2D.Float(-1e6f, -1e6f, 2e6f, 2e6f);
    }
    Point2D.Float p = frame.toDisplay(box.getMinX(), box.getMinY());
    Point2D.Float q = frame.toDisplay(box.getMaxX(), box.getMaxY());
    return new Rectangle2D.Float(Math.min(p.x, q.x), Math.min(p.y, q.y), Math.abs(p.x - q.x),
        Math.abs(p.y - q.y));
  }

  private static boolean visible(PDColor color) {
    try {
      return (color.toRGB() & 0xFFFFFF) != 0xFFFFFF;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }
}
