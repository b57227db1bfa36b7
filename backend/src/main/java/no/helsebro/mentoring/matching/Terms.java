package no.helsebro.mentoring.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Sorted, duplicate-free arrays of taxonomy term ids: small sets that intersect fast. */
final class Terms {

  static final long[] NONE = new long[0];

  private Terms() {}

  static long[] of(Collection<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return NONE;
    }
    return ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
  }

  static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  static boolean contains(long[] sorted, long id) {
    return Arrays.binarySearch(sorted, id) >= 0;
  }

  static Set<Long> shared(long[] wanted, long[] offered) {
    Set<Long> out = new LinkedHashSet<>();
    for (long id : wanted) {
      if (contains(offered, id)) {
        out.add(id);
      }
    }
    return out;
  }

  static Set<Long> missing(long[] wanted, long[] offered) {
    Set<Long> out = new LinkedHashSet<>();
    for (long id : wanted) {
      if (!contains(offered, id)) {
        out.add(id);
      }
    }
    return out;
  }
}
