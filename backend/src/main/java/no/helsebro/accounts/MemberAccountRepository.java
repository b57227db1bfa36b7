package no.helsebro.accounts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Accounts as coordinators list them: members with the organisation they registered with. Deleted
 * members are never listed. A filter given as null matches everyone; {@code like} is a LIKE pattern
 * on the name, {@code emailLike} the same in lower case on the address.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MemberAccountRepository extends GenericRepository<MemberEntity, Long> {

  /** One listed account (a projection: columns by the components' snake-case names). */
  @Introspected
  record AccountRow(
      long id,
      String displayName,
      @Nullable String email,
      MemberStatus status,
      boolean coordinator,
      @Nullable String registeredOrganisation,
      Instant createdAt,
      @Nullable Instant suspendedUntil,
      @Nullable String suspensionReason) {}

  @Query(
      "SELECT m.id, m.display_name, m.email, m.status, m.coordinator, c.registered_organisation,"
          + " m.created_at, m.suspended_until, m.suspension_reason FROM members m"
          + " LEFT JOIN account_credentials c ON c.member_id = m.id"
          + " WHERE m.id = :id AND m.status <> 'DELETED'")
  Optional<AccountRow> findAccount(long id);

  /** A page of accounts by name. */
  @Query(
      "SELECT m.id, m.display_name, m.email, m.status, m.coordinator, c.registered_organisation,"
          + " m.created_at, m.suspended_until, m.suspension_reason FROM members m"
          + " LEFT JOIN account_credentials c ON c.member_id = m.id"
          + " WHERE m.status <> 'DELETED' AND (:status IS NULL OR m.status = :status)"
          + " AND (:like IS NULL OR m.display_name LIKE :like OR m.email LIKE :emailLike)"
          + " ORDER BY m.display_name, m.id LIMIT :limit OFFSET :offset")
  List<AccountRow> pageByName(
      @Nullable MemberStatus status,
      @Nullable String like,
      @Nullable String emailLike,
      int limit,
      long offset);

  /** A page of the approval queue: the members waiting longest first. */
  @Query(
      "SELECT m.id, m.display_name, m.email, m.status, m.coordinator, c.registered_organisation,"
          + " m.created_at, m.suspended_until, m.suspension_reason FROM members m"
          + " LEFT JOIN account_credentials c ON c.member_id = m.id"
          + " WHERE m.status = 'PENDING_APPROVAL'"
          + " AND (:like IS NULL OR m.display_name LIKE :like OR m.email LIKE :emailLike)"
          + " ORDER BY m.created_at, m.id LIMIT :limit OFFSET :offset")
  List<AccountRow> approvalQueue(
      @Nullable String like, @Nullable String emailLike, int limit, long offset);

  @Query(
      "SELECT COUNT(*) FROM members m WHERE m.status <> 'DELETED'"
          + " AND (:status IS NULL OR m.status = :status)"
          + " AND (:like IS NULL OR m.display_name LIKE :like OR m.email LIKE :emailLike)")
  long count(@Nullable MemberStatus status, @Nullable String like, @Nullable String emailLike);
}
