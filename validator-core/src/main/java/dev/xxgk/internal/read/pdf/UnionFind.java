package dev.xxgk.internal.read.pdf;

/** Union-find over array indexes, with path halving. */
final class UnionFind {

  private UnionFind() {}

  static int find(int[] parent, int i) {
    int x = i;
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
