package no.helsebro.mentoring.matching;

import java.util.Arrays;

/**
 * A binary min-heap of (key, node) pairs with lazy deletion: the priority queue of {@link
 * CohortAssignment}'s shortest-path search.
 */
final class NodeHeap {
  private long[] keys;
  private int[] nodes;
  private int size;

  NodeHeap(int capacity) {
    keys = new long[Math.max(16, capacity)];
    nodes = new int[keys.length];
  }

  void clear() {
    size = 0;
  }

  boolean isEmpty() {
    return size == 0;
  }

  long peekKey() {
    return keys[0];
  }

  int peekNode() {
    return nodes[0];
  }

  void push(int node, long key) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      nodes = Arrays.copyOf(nodes, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (keys[parent] <= key) {
        break;
      }
      keys[i] = keys[parent];
      nodes[i] = nodes[parent];
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  void pop() {
    size--;
    if (size == 0) {
      return;
    }
    long key = keys[size];
    int node = nodes[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && keys[child + 1] < keys[child]) {
        child++;
      }
      if (keys[child] >= key) {
        break;
      }
      keys[i] = keys[child];
      nodes[i] = nodes[child];
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
  }
}
