package no.helsebro.mentoring;

import jakarta.inject.Singleton;

/**
 * A counter bumped by every transaction that changes what matching reads (mentor profiles, their
 * load, weights). Each instance compares it with the revision its in-memory pool was built from, so
 * instances behind a load balancer see each other's changes on the next request.
 */
@Singleton
class MentoringRevision {

  private final MentoringRevisionRepository row;

  MentoringRevision(MentoringRevisionRepository row) {
    this.row = row;
  }

  long current() {
    return row.current().orElse(0L);
  }

  /** Call last in a writing transaction: the row lock is then held only until commit. */
  void bump() {
    row.bump();
  }
}
