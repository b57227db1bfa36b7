package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.platform.errors.ApiException;

/**
 * Everything Helsebro holds about a member, as JSON: the account section (never a hash, secret or
 * token) and one section per module that implements {@link PersonalDataContributor}.
 */
@Singleton
class PersonalDataExport {

  @Serdeable
  record Export(Instant exportedAt, AccountSection account, Map<String, Object> sections) {}

  @Serdeable
  record AccountSection(
      long id,
      String displayName,
      @Nullable String email,
      MemberStatus status,
      boolean coordinator,
      String language,
      Instant registeredAt,
      @Nullable Instant approvedAt,
      @Nullable Instant emailConfirmedAt,
      @Nullable String registeredOrganisation,
      boolean twoFactorEnabled,
      @Nullable Instant suspendedUntil,
      @Nullable String suspensionReason,
      List<SessionEntry> sessions) {}

  /** A sign-in that is still valid: when it started and from which browser. */
  @Serdeable
  record SessionEntry(Instant lastUsedAt, Instant expiresAt, @Nullable String userAgent) {}

  private final MemberRepository members;
  private final CredentialsRepository credentials;
  private final RefreshTokenRepository refreshTokens;
  private final List<PersonalDataContributor> contributors;

  PersonalDataExport(
      MemberRepository members,
      CredentialsRepository credentials,
      RefreshTokenRepository refreshTokens,
      List<PersonalDataContributor> contributors) {
    this.members = members;
    this.credentials = credentials;
    this.refreshTokens = refreshTokens;
    this.contributors = contributors;
  }

  Export export(long memberId) {
    MemberEntity m = members.findById(memberId).orElseThrow(() -> ApiException.notFound("Member"));
    var creds = credentials.findById(memberId);
    AccountSection account =
        new AccountSection(
            m.id(),
            m.displayName(),
            m.email(),
            m.status(),
            m.coordinator(),
            m.language(),
            m.createdAt(),
            m.approvedAt(),
            creds.map(Credentials::emailConfirmedAt).orElse(null),
            creds.map(Credentials::registeredOrganisation).orElse(null),
            creds.map(Credentials::totpEnabled).orElse(false),
            m.suspendedUntil(),
            m.suspensionReason(),
            sessions(memberId));
    Map<String, Object> sections = new LinkedHashMap<>();
    for (PersonalDataContributor contributor : contributors) {
      sections.put(contributor.section(), contributor.personalData(memberId));
    }
    return new Export(Instant.now(), account, sections);
  }

  private List<SessionEntry> sessions(long memberId) {
    return refreshTokens.findLive(memberId, Instant.now()).stream()
        .map(t -> new SessionEntry(t.createdAt(), t.expiresAt(), t.userAgent()))
        .toList();
  }
}
