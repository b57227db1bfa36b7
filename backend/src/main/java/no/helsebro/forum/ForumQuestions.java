package no.helsebro.forum;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.profiles.TaxonomyService;
import no.helsebro.profiles.TaxonomyTerm;

/** Questions for other modules: the mentoring module routes the ones nobody answers. */
@Singleton
public class ForumQuestions {

  // Hand-written SQL: the unanswered-question filter shared with the lists (Answers.UNANSWERED).

  private final JdbcQueries db;
  private final ForumStore store;

  private final TaxonomyService taxonomy;

  ForumQuestions(JdbcQueries db, ForumStore store, TaxonomyService taxonomy) {
    this.taxonomy = taxonomy;
    this.db = db;
    this.store = store;
  }

  /**
   * Visible, open questions that nobody but their asker has replied to (the rule of docs/adr/0406,
   * kept in one place in the forum) that were asked before {@code askedBefore}, oldest first (those
   * waiting longest come first).
   *
   * @param limit at most this many (1–500)
   */
  public List<UnansweredQuestion> unanswered(Instant askedBefore, int limit) {
    int n = Math.max(1, Math.min(500, limit));
    record Q(long id, String title, long category, Long asker, Instant at, Long workplace) {}
    List<Q> rows =
        db.list(
            "SELECT t.id, t.title, t.category_id, t.author_id, t.created_at, t.workplace_type_id"
                + " FROM forum_topics t"
                + " WHERE t.visible = TRUE AND t.kind = 'QUESTION' AND "
                + Answers.UNANSWERED
                + " AND t.locked = FALSE AND t.closed_at IS NULL AND t.created_at < ?"
                + " ORDER BY t.id LIMIT ?",
            rs ->
                new Q(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getLong(3),
                    JdbcQueries.nullableLong(rs, "author_id"),
                    JdbcQueries.instant(rs, "created_at"),
                    JdbcQueries.nullableLong(rs, "workplace_type_id")),
            askedBefore,
            n);
    Map<Long, List<ForumStore.Label>> labels =
        store.labels(rows.stream().map(Q::id).toList(), false);
    // Workplace types are the profiles module's terms, from its cache (ADR 0024).
    Map<Long, TaxonomyTerm> workplaces =
        taxonomy.byIds(rows.stream().map(Q::workplace).filter(w -> w != null).toList());
    List<UnansweredQuestion> out = new ArrayList<>(rows.size());
    for (Q q : rows) {
      out.add(
          new UnansweredQuestion(
              q.id(),
              q.title(),
              q.category(),
              q.asker(),
              q.at(),
              labels.getOrDefault(q.id(), List.of()).stream()
                  .filter(l -> l.type() == 'S')
                  .map(ForumStore.Label::code)
                  .toList(),
              q.workplace() == null ? null : codeOf(workplaces.get(q.workplace()))));
    }
    return out;
  }

  /**
   * Whether the question would be in {@link #unanswered} now, whatever its age: visible, open and
   * not answered by anyone but its asker. Read fresh, for a caller that holds a lock and must not
   * act on an older list (an answer may have been posted or removed since).
   */
  public boolean stillUnanswered(long topicId) {
    return db.count(
            "SELECT COUNT(*) FROM forum_topics t WHERE t.id = ? AND t.visible = TRUE"
                + " AND t.kind = 'QUESTION' AND "
                + Answers.UNANSWERED
                + " AND t.locked = FALSE AND t.closed_at IS NULL",
            topicId)
        > 0;
  }

  private static String codeOf(TaxonomyTerm term) {
    return term == null ? null : term.code();
  }
}
