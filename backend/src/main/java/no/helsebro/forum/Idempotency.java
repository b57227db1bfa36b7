package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import no.helsebro.platform.errors.ApiException;

/**
 * Makes creating requests safe to repeat (docs/adr/0203). {@link #once} runs the creating
 * transaction, which ends by {@link #record recording} the key with what it created: one INSERT on
 * the key's primary key. A twin that got there first (a retry, or a concurrent request that the
 * insert waits for) makes that insert fail; a request refused because of what the first one did
 * (the topic was locked since) fails earlier. Either way the transaction rolls back and what the
 * first request created is answered instead.
 */
@Singleton
class Idempotency {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");

  private final Db db;
  private final TransactionOperations<Connection> tx;

  Idempotency(Db db, TransactionOperations<Connection> tx) {
    this.db = db;
    this.tx = tx;
  }

  /** Null when the request had no key; else the validated key. */
  static String validKey(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    if (!KEY.matcher(key).matches()) {
      throw ApiException.invalidField(
          "Idempotency-Key", "validation", "must be 8-100 letters, digits or _.:-");
    }
    return key;
  }

  static String hash(Object... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Object p : parts) {
        sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs {@code create} in a transaction of its own; it must call {@link #record} last. When it
   * fails and an earlier request with the same key and the same request has committed, answers
   * {@code replay} of what that one created; the same key with a different request is refused (422
   * {@code idempotency-key-reused}). Without a key, {@code create} just runs.
   */
  <T> T once(
      long memberId,
      @Nullable String key,
      String requestHash,
      String resourceType,
      Supplier<T> create,
      LongFunction<T> replay) {
    if (key == null) {
      return tx.executeWrite(status -> create.get());
    }
    try {
      return tx.executeWrite(status -> create.get());
    } catch (RuntimeException e) {
      Optional<Long> earlier = earlier(memberId, key, requestHash, resourceType);
      if (earlier.isPresent()) {
        return replay.apply(earlier.get());
      }
      throw e;
    }
  }

  /**
   * Records that the request with this key created {@code resourceId}; the creating transaction's
   * last statement, so the key's row lock is held only until commit.
   */
  void record(
      long memberId,
      @Nullable String key,
      String requestHash,
      String resourceType,
      long resourceId) {
    if (key != null) {
      db.update(
          "INSERT INTO forum_idempotency_keys (member_id, idem_key, request_hash, resource_type,"
              + " resource_id) VALUES (?, ?, ?, ?, ?)",
          memberId,
          key,
          requestHash,
          resourceType,
          resourceId);
    }
  }

  /** What a committed earlier request with this key created; 422 if it was another request. */
  private Optional<Long> earlier(
      long memberId, String key, String requestHash, String resourceType) {
    record Earlier(String hash, String type, Long id) {}
    Optional<Earlier> found =
        db.one(
            "SELECT request_hash, resource_type, resource_id FROM forum_idempotency_keys"
                + " WHERE member_id = ? AND idem_key = ?",
            rs -> new Earlier(rs.getString(1), rs.getString(2), Db.nullableLong(rs, "resource_id")),
            memberId,
            key);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Earlier e = found.get();
    if (!e.hash().equals(requestHash) || !resourceType.equals(e.type()) || e.id() == null) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "idempotency-key-reused",
          "Unprocessable Entity",
          "This Idempotency-Key was already used for a different request.");
    }
    return Optional.of(e.id());
  }
}
