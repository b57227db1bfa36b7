package no.helsebro.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, Long> {

  Optional<RefreshToken> findByTokenHash(String tokenHash);

  /** Uses a token once: 1 when this call used it, 0 when it was used or revoked before. */
  @Query(
      "UPDATE refresh_tokens SET used_at = :now WHERE id = :id AND used_at IS NULL"
          + " AND revoked_at IS NULL")
  int use(long id, Instant now);

  /** The token as last committed, locked until the transaction ends (a locking read). */
  @Query("SELECT * FROM refresh_tokens WHERE id = :id FOR UPDATE")
  Optional<RefreshToken> lockById(long id);

  @Query(
      "UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :familyId"
          + " AND revoked_at IS NULL")
  int revokeFamily(String familyId, Instant now);

  @Query(
      "UPDATE refresh_tokens SET revoked_at = :now WHERE member_id = :memberId"
          + " AND revoked_at IS NULL")
  int revokeAllOf(long memberId, Instant now);

  /** The member's sessions that still work: neither used, revoked nor expired; newest first. */
  @Query(
      "SELECT * FROM refresh_tokens WHERE member_id = :memberId AND used_at IS NULL"
          + " AND revoked_at IS NULL AND expires_at > :now ORDER BY created_at DESC")
  List<RefreshToken> findLive(long memberId, Instant now);

  void deleteByMemberId(long memberId);
}
