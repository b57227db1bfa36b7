package no.helsebro.moderation;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.helsebro.platform.database.JdbcQueries;

/** Creates a post's case row in a transaction of its own, so that callers can lock it. */
@Singleton
class CaseRows {

  private final JdbcQueries db;

  CaseRows(JdbcQueries db) {
    this.db = db;
  }

  @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
  void ensure(long postId) {
    if (db.count("SELECT COUNT(*) FROM moderation_cases WHERE post_id = ?", postId) > 0) {
      return;
    }
    db.update("INSERT IGNORE INTO moderation_cases (post_id) VALUES (?)", postId);
  }
}
