package no.helsebro.platform.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.net.URI;
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
 * The one way a creating request is made safe to repeat (docs/adr/0108, the forum's design of
 * docs/adr/0203 made the platform's). Every POST that takes an {@value #HEADER} header goes through
 * {@link #once}: it runs the creating transaction, which ends by {@link #record recording} the key
 * with what it created, one INSERT on the key's primary key {@code (member_id, idem_key)}. A twin
 * that got there first (a retry, or a concurrent request whose row lock the insert waits for) makes
 * that insert fail; a request refused because of what the first one did fails earlier. Either way
 * the transaction rolls back and what the first request created is answered instead, so concurrent
 * twins never see a duplicate-key error. The same key with a different request is 422 {@code
 * idempotency-key-reused}.
 */
@Singleton
public final class Idempotency {

  /** The request header that carries the key. */
  public static final String HEADER = "Idempotency-Key";

  /** The response header set on an answer that repeats an earlier request's. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");

  private final IdempotencyKeyRepository keys;
  private final TransactionOperations<Connection> tx;
  private final CreatingTransaction creating;

  Idempotency(
      IdempotencyKeyRepository keys,
      TransactionOperations<Connection> tx,
      CreatingTransaction creating) {
    this.keys = keys;
    this.tx = tx;
    this.creating = creating;
  }

  /**
   * The 201 answer to a creating request: {@code body} at {@code location}, with {@value
   * #REPLAYED_HEADER}{@code : true} when it repeats what an earlier request with the key created.
   */
  public static <T> MutableHttpResponse<T> created(T body, String location, boolean replayed) {
    MutableHttpResponse<T> created = HttpResponse.created(body, URI.create(location));
    return replayed ? created.header(REPLAYED_HEADER, "true") : created;
  }

  /** Null when the request had no key; else the key, checked (400 naming the header). */
  public static @Nullable String validKey(@Nullable String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    if (!KEY.matcher(key).matches()) {
      throw ApiException.invalidField(
          HEADER, "validation", "must be 8-100 letters, digits or _.:-");
    }
    return key;
  }

  /** SHA-256 of the parts (their {@code String.valueOf}, each ended by a NUL byte), in hex. */
  public static String hash(Object... parts) {
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
   * Runs {@code create} in a transaction of its own (run again after a deadlock or certification
   * conflict, docs/adr/0013); it must call {@link #record} (last, so the key's row lock is held
   * only until commit). When it fails and an earlier request with the same key and the same request
   * has committed, answers {@code replay} of what that one created; the same key with a different
   * request is refused (422 {@code idempotency-key-reused}). Without a key, {@code create} just
   * runs in its transaction.
   *
   * @throws IllegalStateException when called inside a transaction: the failed insert must roll
   *     back a transaction of its own before the earlier request's row can be read
   */
  public <T> T once(
      long memberId,
      @Nullable String key,
      String requestHash,
      String resourceType,
      Supplier<T> create,
      LongFunction<T> replay) {
    if (tx.findTransactionStatus().isPresent()) {
      throw new IllegalStateException(
          "Idempotency.once runs its own transaction; call it outside one");
    }
    // A deadlock or certification conflict runs the whole transaction again (ADR 0013).
    if (key == null) {
      return creating.run(create);
    }
    try {
      return creating.run(create);
    } catch (RuntimeException e) {
      Optional<Long> earlier = earlier(memberId, key, requestHash, resourceType);
      if (earlier.isPresent()) {
        return replay.apply(earlier.get());
      }
      throw e;
    }
  }

  /**
   * Records that the request with this key created {@code resourceId}, in the creating transaction.
   * Does nothing without a key.
   */
  public void record(
      long memberId,
      @Nullable String key,
      String requestHash,
      String resourceType,
      long resourceId) {
    if (key != null) {
      keys.record(memberId, key, requestHash, resourceType, resourceId);
    }
  }

  /** Forgets a member's keys (their account is deleted). */
  public void forget(long memberId) {
    keys.forget(memberId);
  }

  /** What a committed earlier request with this key created; 422 if it was another request. */
  private Optional<Long> earlier(
      long memberId, String key, String requestHash, String resourceType) {
    Optional<IdempotencyKeyRepository.Earlier> found = keys.find(memberId, key);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    IdempotencyKeyRepository.Earlier e = found.get();
    if (!e.requestHash().equals(requestHash)
        || !resourceType.equals(e.resourceType())
        || e.resourceId() == null) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "idempotency-key-reused",
          "Unprocessable Entity",
          "This Idempotency-Key was already used for a different request.");
    }
    return Optional.of(e.resourceId());
  }
}
