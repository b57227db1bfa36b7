package no.helsebro.forum;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generation number of what the topic lists show (docs/adr/0207). Every forum write through
 * {@link Db} raises it when the statement runs and again when its transaction ends, so a list read
 * that began before the commit is never served once the change is visible. Writes to tables that no
 * list row shows (reading state, drafts, idempotency keys, follows, bookmarks, member totals) leave
 * it alone, so reading a topic does not empty the list cache.
 */
@Singleton
class ForumChanges {

  /** Tables whose rows never appear in a topic list. */
  private static final Set<String> NOT_IN_LISTS =
      Set.of(
          "forum_reads",
          "forum_drafts",
          "forum_idempotency_keys",
          "forum_member_stats",
          "forum_bookmarks",
          "forum_topic_follows",
          "forum_category_follows",
          "forum_feed_tokens",
          "forum_reactions",
          "forum_training_uses",
          "forum_post_revisions");

  private static final Pattern TARGET =
      Pattern.compile(
          "^\\s*(?:INSERT\\s+(?:IGNORE\\s+)?INTO|REPLACE\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+`?(\\w+)",
          Pattern.CASE_INSENSITIVE);

  private final AtomicLong generation = new AtomicLong();
  private final TransactionOperations<Connection> tx;

  ForumChanges(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  long generation() {
    return generation.get();
  }

  /** Called after a write statement ran (on the caller's transaction, if any). */
  void wrote(String sql) {
    Matcher m = TARGET.matcher(sql);
    if (m.find() && NOT_IN_LISTS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return;
    }
    generation.incrementAndGet();
    tx.findTransactionStatus()
        .ifPresent(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCompletion(Status s) {
                        generation.incrementAndGet();
                      }
                    }));
  }
}
