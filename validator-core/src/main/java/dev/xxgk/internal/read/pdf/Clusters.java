package dev.xxgk.internal.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One-dimensional clustering of coordinates. */
final class Clusters {

  private Clusters() {}

  /**
   * Sorted cluster centres of the values: a value within {@code tolerance} of the first value of
   * the running cluster joins it.
   */
  static float[] centres(float[] values, float tolerance) {
    float[] sorted = values.clone();
    Arrays.sort(sorted);
    List<Float> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      double sum = 0;
      while (j < sorted.length && sorted[j] - sorted[i] <= tolerance) {
        sum += sorted[j++];
      }
      out.add((float) (sum / (j - i)));
      i = j;
    }
    float[] result = new float[out.size()];
    for (int k = 0; k < result.length; k++) {
      result[k] = out.get(k);
    }
    return result;
  }

  /** Index of the interval [edges[i], edges[i+1]) holding v, or -1 (with slack at the ends). */
  static int interval(float[] edges, float v, float slack) {
    int n = edges.length;
    if (n < 2 || v < edges[0] - slack || v > edges[n - 1] + slack) {
      return -1;
    }
    int i = Arrays.binarySearch(edges, v);
    int idx = i >= 0 ? i : -i - 2;
    return Math.max(0, Math.min(n - 2, idx));
  }

  /** Index of the value in sorted values nearest to v, if within tolerance, else -1. */
  static int nearest(float[] sorted, float v, float tolerance) {
    int best = -1;
    float bestDist = tolerance;
    for (int i = 0; i < sorted.length; i++) {
      float d = Math.abs(sorted[i] - v);
      if (d <= bestDist) {
        best = i;
        bestDist = d;
      }
    }
    return best;
  }
}
