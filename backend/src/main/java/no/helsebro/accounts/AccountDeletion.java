package no.helsebro.accounts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import no.helsebro.platform.changes.ChangeEvents;
import no.helsebro.platform.idempotency.Idempotency;

/**
 * Removes a member's personal data at once: e-mail, name, credentials, sessions and mailed links
 * go; the row stays as status {@code DELETED} so that their posts read "deleted member" and audit
 * entries still point somewhere. Other modules remove their part in {@link MemberDeleted}
 * listeners, inside the same transaction.
 */
@Singleton
class AccountDeletion {

  private final MemberRepository members;
  private final CredentialsRepository credentials;
  private final RefreshTokenRepository refreshTokens;
  private final MailTokenRepository mailTokens;
  private final RecoveryCodeRepository recoveryCodes;
  private final AccountAlertRepository sentAlerts;
  private final ChangeEvents events;
  private final Idempotency idempotency;

  AccountDeletion(
      MemberRepository members,
      CredentialsRepository credentials,
      RefreshTokenRepository refreshTokens,
      MailTokenRepository mailTokens,
      RecoveryCodeRepository recoveryCodes,
      AccountAlertRepository sentAlerts,
      ChangeEvents events,
      Idempotency idempotency) {
    this.members = members;
    this.credentials = credentials;
    this.refreshTokens = refreshTokens;
    this.mailTokens = mailTokens;
    this.recoveryCodes = recoveryCodes;
    this.sentAlerts = sentAlerts;
    this.events = events;
    this.idempotency = idempotency;
  }

  @Transactional
  void delete(long memberId) {
    events.publish(new MemberDeleted(memberId));
    idempotency.forget(memberId);
    refreshTokens.deleteByMemberId(memberId);
    mailTokens.deleteByMemberId(memberId);
    recoveryCodes.deleteByMemberId(memberId);
    sentAlerts.deleteByMemberId(memberId);
    credentials.deleteById(memberId);
    members.erase(memberId, Instant.now());
  }
}
