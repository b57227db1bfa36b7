package no.helsebro.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import no.helsebro.platform.errors.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of the one idempotency mechanism that the endpoint tests cannot show
 * (IdempotentCreateTest has the behaviour under concurrency; docs/adr/0108).
 */
@MicronautTest(transactional = false)
class IdempotencyTest {

  @Inject Idempotency idempotency;
  @Inject TransactionOperations<Connection> tx;

  @Test
  void onceRefusesToRunInsideAnOpenTransactionAndRunsNothing() {
    AtomicBoolean ran = new AtomicBoolean();

    tx.executeWrite(
        status -> {
          assertThatThrownBy(
                  () ->
                      idempotency.once(
                          1L,
                          "a-key-of-ours",
                          "hash",
                          "topic",
                          () -> ran.getAndSet(true),
                          id -> true))
              .isInstanceOf(IllegalStateException.class);
          return null;
        });

    assertThat(ran).isFalse();
  }

  @Test
  void withoutAKeyTheCreationSimplyRuns() {
    assertThat(idempotency.once(1L, null, "hash", "topic", () -> 42L, id -> -1L)).isEqualTo(42L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"short", "has space in it", "blåbær-nøkkel", "a\u0000bcdefghij"})
  void aKeyOfTheWrongShapeIsRefusedWith400(String key) {
    assertThatThrownBy(() -> Idempotency.validKey(key))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.status().getCode()).isEqualTo(400));
  }

  @Test
  void aUuidIsAGoodKeyAndABlankOneIsNoKey() {
    String uuid = Idempotency.validKey("0f8e5c1a-3b7d-4c2e-9a6f-1d2e3f4a5b6c");
    String blank = Idempotency.validKey("  ");

    assertThat(uuid).isEqualTo("0f8e5c1a-3b7d-4c2e-9a6f-1d2e3f4a5b6c");
    assertThat(blank).isNull();
  }

  @Test
  void theHashTellsPartsApartWhereverTheyAreCut() {
    assertThat(Idempotency.hash("ab", "c")).isNotEqualTo(Idempotency.hash("a", "bc"));
    assertThat(Idempotency.hash("ab", "c")).isEqualTo(Idempotency.hash("ab", "c")).hasSize(64);
  }
}
