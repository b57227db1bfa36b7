package no.helsebro.platform.mail;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * The rows of {@code mail_outbox}: {@link MailOutbox} writes them, {@link MailOutboxWorker} leases
 * a batch with one conditional, ordered, limited UPDATE and records each send's outcome.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MailOutboxRepository extends GenericRepository<MailOutboxRepository.OutboxRow, Long> {

  /** A row of {@code mail_outbox}; the statements below name their columns. */
  @MappedEntity("mail_outbox")
  record OutboxRow(@Id long id, String messageId) {}

  /** A row a worker has leased, as it is sent. */
  @Introspected
  record Leased(
      long id,
      String messageId,
      String recipient,
      String subject,
      String bodyText,
      @Nullable String bodyHtml,
      String language,
      @Nullable String headers,
      int attempts) {

    OutgoingMail mail() {
      return new OutgoingMail(recipient, subject, bodyText, bodyHtml, language);
    }
  }

  @Query(
      "INSERT INTO mail_outbox (message_id, recipient, subject, body_text, body_html, language,"
          + " headers, next_attempt_at, created_at) VALUES (:messageId, :recipient, :subject,"
          + " :text, :html, :language, :headers, :now, :now)")
  void enqueue(
      String messageId,
      String recipient,
      String subject,
      String text,
      @Nullable String html,
      String language,
      @Nullable String headers,
      Instant now);

  /** Leases up to {@code batch} due rows nobody holds (or whose lease ran out) to {@code owner}. */
  @Query(
      "UPDATE mail_outbox SET lease_owner = :owner, lease_until = :until WHERE status = 'PENDING'"
          + " AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until < :now)"
          + " ORDER BY id LIMIT :batch")
  int lease(String owner, Instant until, Instant now, int batch);

  @Query(
      "SELECT id, message_id, recipient, subject, body_text, body_html, language, headers,"
          + " attempts FROM mail_outbox WHERE lease_owner = :owner AND status = 'PENDING'")
  List<Leased> leasedBy(String owner);

  @Query(
      "UPDATE mail_outbox SET attempts = :attempts, status = :status, next_attempt_at = :next,"
          + " last_error = :error, lease_owner = NULL, lease_until = NULL"
          + " WHERE id = :id AND lease_owner = :owner")
  int failed(long id, String owner, int attempts, String status, Instant next, String error);

  @Query(
      "UPDATE mail_outbox SET status = 'SENT', sent_at = :now, attempts = attempts + 1,"
          + " lease_owner = NULL, lease_until = NULL WHERE id = :id AND lease_owner = :owner")
  int sent(long id, String owner, Instant now);
}
