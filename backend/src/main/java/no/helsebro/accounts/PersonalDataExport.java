package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
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
  private final JdbcOperations jdbc;
  private final List<PersonalDataContributor> contributors;

  PersonalDataExport(
      MemberRepository members,
      CredentialsRepository credentials,
      JdbcOperations jdbc,
      List<PersonalDataContributor> contributors) {
    this.members = members;
    this.credentials = credentials;
    this.jdbc = jdbc;
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
    return jdbc.execute(
        c -> {
          List<SessionEntry> result = new ArrayList<>();
          try (var ps =
              c.prepareStatement(
                  "SELECT created_at, expires_at, user_agent FROM refresh_tokens WHERE member_id = ?"
                      + " AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?"
                      + " ORDER BY created_at DESC")) {
            ps.setLong(1, memberId);
            ps.setTimestamp(2, java.sql.Timestamp.from(Instant.now()));
            try (var rs = ps.executeQuery()) {
              while (rs.next()) {
                result.add(
                    new SessionEntry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3)));
              }
            }
          }
          return result;
        });
  }
}
