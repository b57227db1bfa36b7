package no.helsebro.moderation;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Creates a post's case row in a transaction of its own, so that callers can lock it. */
@Singleton
class CaseRows {

  private final ModerationCaseRepository cases;

  CaseRows(ModerationCaseRepository cases) {
    this.cases = cases;
  }

  @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
  void ensure(long postId) {
    if (cases.existsById(postId)) {
      return;
    }
    cases.ensure(postId);
  }
}
