package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds ruled tables: ruling lines that touch each other form one table; their x and y positions
 * are the column and row edges; which borders are actually drawn tells merged cells apart.
 */
final class LatticeFinder {

  /** Lines this close (points) meet. */
  private static final float MEET = 2f;
  /** Edges this close are one edge; no text fits in a narrower row or column. */
  private static final float SNAP = 3.5f;
  /** A border counts as drawn when lines cover this share of it. */
  private static final float DRAWN = 0.5f;
  private static final int MAX_LINES = 3000;
  private static final int MAX_CELLS = 20_000;

  private LatticeFinder() {}

  static List<Frame> find(List<Ruling> rulings) {
    List<Ruling> lines = new ArrayList<>(merge(rulings, true));
    lines.addAll(merge(rulings, false));
    if (lines.size() > MAX_LINES) {
      return List.of();
    }
    List<Frame> frames = new ArrayList<>();
    for (List<Ruling> group : connected(lines)) {
      Frame frame = frame(group);
      if (frame != null) {
        frames.add(frame);
      }
    }
    frames.sort(Comparator.comparingDouble(f -> f.ys()[0]));
    return frames;
  }

  /** Collinear pieces of one orientation joined into longer lines. */
  static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
    List<Ruling> sorted = new ArrayList<>();
    for (Ruling r : rulings) {
      if (r.horizontal() == horizontal) {
        sorted.add(r);
      }
    }
    sorted.sort(Comparator.comparingDouble(Ruling::at).thenComparingDouble(Ruling::from));
    List<Ruling> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j).at() - sorted.get(i).at() <= 1f) {
        j++;
      }
      List<Ruling> same = new ArrayList<>(sorted.subList(i, j));
      same.sort(Comparator.comparingDouble(Ruling::from));
      float at = (float) same.stream().mapToDouble(Ruling::at).average().orElse(0);
      Ruling run = null;
      for (Ruling r : same) {
        if (run != null && r.from() <= run.to() + MEET) {
          run = new Ruling(horizontal, at, run.from(), Math.max(run.to(), r.to()));
        } else {
          if (run != null) {
            out.add(run);
          }
          run = new Ruling(horizontal, at, r.from(), r.to());
        }
      }
      out.add(run);
      i = j;
    }
    return out;
  }

  private static List<List<Ruling>> connected(List<Ruling> lines) {
    int[] parent = new int[lines.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        if (touch(lines.get(i), lines.get(j))) {
          UnionFind.union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Ruling>> groups = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      groups.computeIfAbsent(UnionFind.find(parent, i), k -> new ArrayList<>()).add(lines.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static boolean touch(Ruling a, Ruling b) {
    if (a.horizontal() == b.horizontal()) {
      return Math.abs(a.at() - b.at()) <= MEET && a.from() <= b.to() + MEET
          && b.from() <= a.to() + MEET;
    }
    return b.at() >= a.from() - MEET && b.at() <= a.to() + MEET
        && a.at() >= b.from() - MEET && a.at() <= b.to() + MEET;
  }

  private static @Nullable Frame frame(List<Ruling> group) {
    List<Ruling> hs = group.stream().filter(Ruling::horizontal).toList();
    List<Ruling> vs = group.stream().filter(r -> !r.horizontal()).toList();
    if (hs.size() < 2 || vs.size() < 2) {
      return null;
    }
    float[] xs = edges(vs, hs);
    float[] ys = edges(hs, vs);
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    if (rows < 1 || cols < 1 || rows * cols < 2 || rows * cols > MAX_CELLS) {
      return null;
    }
    boolean[][] vertical = new boolean[rows][xs.length];
    for (int r = 0; r < rows; r++) {
      for (int e = 0; e < xs.length; e++) {
        vertical[r][e] = drawn(vs, xs[e], ys[r], ys[r + 1]);
      }
    }
    boolean[][] horizontal = new boolean[ys.length][cols];
    for (int e = 0; e < ys.length; e++) {
      for (int c = 0; c < cols; c++) {
        horizontal[e][c] = drawn(hs, ys[e], xs[c], xs[c + 1]);
      }
    }
    return new Frame(xs, ys, vertical, horizontal);
  }

  /**
   * Edges across the lines {@code across} (x positions of vertical lines, say), widened to where
   * the other lines reach: a table without side borders still ends where its rules end.
   */
  private static float[] edges(List<Ruling> across, List<Ruling> along) {
    List<Float> values = new ArrayList<>();
    across.forEach(r -> values.add(r.at()));
    float min = (float) along.stream().mapToDouble(Ruling::from).min().orElse(0);
    float max = (float) along.stream().mapToDouble(Ruling::to).max().orElse(0);
    float lo = (float) across.stream().mapToDouble(Ruling::at).min().orElse(0);
    float hi = (float) across.stream().mapToDouble(Ruling::at).max().orElse(0);
    if (min < lo - SNAP) {
      values.add(min);
    }
    if (max > hi + SNAP) {
      values.add(max);
    }
    float[] raw = new float[values.size()];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = values.get(i);
    }
    return Clusters.centres(raw, SNAP);
  }

  private static boolean drawn(List<Ruling> lines, float at, float lo, float hi) {
    float covered = 0;
    for (Ruling r : lines) {
      if (Math.abs(r.at() - at) <= SNAP) {
        covered += r.overlap(lo, hi);
      }
    }
    return covered >= DRAWN * (hi - lo);
  }
}
