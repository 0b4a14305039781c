package dev.xxgk.internal.read.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns painted path pieces into ruling lines: straight axis-parallel segments of stroked paths,
 * and filled rectangles thin enough to be lines (some producers draw borders that way); only the
 * part inside the clipping box counts.
 */
final class RulingSink {

  private static final float THIN = 3f;
  private static final float AXIS = 0.6f;

  private final List<Ruling> rulings = new ArrayList<>();

  List<Ruling> rulings() {
    return rulings;
  }

  void segment(Point2D.Float a, Point2D.Float b, Rectangle2D clip) {
    if (Math.abs(a.y - b.y) <= AXIS && Math.abs(a.x - b.x) > AXIS) {
      add(Ruling.of(true, (a.y + b.y) / 2, a.x, b.x), clip);
    } else if (Math.abs(a.x - b.x) <= AXIS && Math.abs(a.y - b.y) > AXIS) {
      add(Ruling.of(false, (a.x + b.x) / 2, a.y, b.y), clip);
    }
  }

  /** Adds the part of the ruling that the clipping path lets through, if any. */
  private void add(Ruling r, Rectangle2D clip) {
    float slack = 1f;
    double atLo = r.horizontal() ? clip.getMinY() : clip.getMinX();
    double atHi = r.horizontal() ? clip.getMaxY() : clip.getMaxX();
    double lo = r.horizontal() ? clip.getMinX() : clip.getMinY();
    double hi = r.horizontal() ? clip.getMaxX() : clip.getMaxY();
    if (r.at() < atLo - slack || r.at() > atHi + slack) {
      return;
    }
    float from = (float) Math.max(r.from(), lo);
    float to = (float) Math.min(r.to(), hi);
    if (to - from > AXIS) {
      rulings.add(new Ruling(r.horizontal(), r.at(), from, to));
    }
  }

  /** A filled axis-parallel rectangle thinner than {@link #THIN} is a line along its middle. */
  void thinRectangle(List<Point2D.Float> path, Rectangle2D clip) {
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
      add(Ruling.of(true, (minY + maxY) / 2, minX, maxX), clip);
    } else if (w <= THIN && h > THIN) {
      add(Ruling.of(false, (minX + maxX) / 2, minY, maxY), clip);
    }
  }
}
