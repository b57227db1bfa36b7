package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A single-use link sent by e-mail, stored as the SHA-256 of its secret. */
@MappedEntity("account_mail_tokens")
record MailToken(
    @Id @GeneratedValue @Nullable Long id,
    long memberId,
    Purpose purpose,
    String tokenHash,
    Instant createdAt,
    Instant expiresAt,
    @Nullable Instant usedAt) {

  enum Purpose {
    CONFIRM_EMAIL,
    RESET_PASSWORD
  }
}
