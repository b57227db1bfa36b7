package no.helsebro.forum;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import no.helsebro.platform.errors.ApiException;

/**
 * Makes creating requests safe to repeat (docs/adr/0203). Call {@link #claim} first in the creating
 * transaction: the key row is inserted with the transaction, so a concurrent twin waits on its lock
 * and then finds the finished result; a twin after a rollback starts afresh.
 */
@Singleton
class Idempotency {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");

  private final Db db;

  Idempotency(Db db) {
    this.db = db;
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
   * Claims the key for this request, or returns the id of what an earlier request with the same key
   * created. The same key with a different request is refused (422).
   */
  Optional<Long> claim(long memberId, String key, String requestHash, String resourceType) {
    if (key == null) {
      return Optional.empty();
    }
    int inserted =
        db.update(
            "INSERT IGNORE INTO forum_idempotency_keys (member_id, idem_key, request_hash,"
                + " resource_type) VALUES (?, ?, ?, ?)",
            memberId,
            key,
            requestHash,
            resourceType);
    if (inserted == 1) {
      return Optional.empty();
    }
    // A locking read sees the committed row of the first request, whatever our snapshot.
    record Earlier(String hash, String type, Long id) {}
    Earlier earlier =
        db.one(
                "SELECT request_hash, resource_type, resource_id FROM forum_idempotency_keys"
                    + " WHERE member_id = ? AND idem_key = ? LOCK IN SHARE MODE",
                rs ->
                    new Earlier(
                        rs.getString(1), rs.getString(2), Db.nullableLong(rs, "resource_id")),
                memberId,
                key)
            .orElseThrow();
    if (!earlier.hash().equals(requestHash)
        || !resourceType.equals(earlier.type())
        || earlier.id() == null) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "idempotency-key-reused",
          "Unprocessable Entity",
          "This Idempotency-Key was already used for a different request.");
    }
    return Optional.of(earlier.id());
  }

  void complete(long memberId, String key, long resourceId) {
    if (key != null) {
      db.update(
          "UPDATE forum_idempotency_keys SET resource_id = ? WHERE member_id = ? AND idem_key = ?",
          resourceId,
          memberId,
          key);
    }
  }
}
