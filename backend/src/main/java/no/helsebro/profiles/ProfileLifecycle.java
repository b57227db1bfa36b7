package no.helsebro.profiles;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import no.helsebro.accounts.MemberDeleted;
import no.helsebro.accounts.MemberRegistered;

/** Starts a profile when someone registers and removes it when the account is deleted. */
@Singleton
class ProfileLifecycle {

  private final JdbcOperations jdbc;

  ProfileLifecycle(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void onRegistered(MemberRegistered event) {
    jdbc.execute(
        c -> {
          try (var ps =
              c.prepareStatement(
                  "INSERT INTO member_profiles (member_id, organisation) VALUES (?, ?)")) {
            ps.setLong(1, event.memberId());
            ps.setString(2, event.organisation());
            return ps.executeUpdate();
          }
        });
  }

  @EventListener
  void onDeleted(MemberDeleted event) {
    jdbc.execute(
        c -> {
          try (var a = c.prepareStatement("DELETE FROM member_profile_terms WHERE member_id = ?");
              var b = c.prepareStatement("DELETE FROM member_profiles WHERE member_id = ?")) {
            a.setLong(1, event.memberId());
            a.executeUpdate();
            b.setLong(1, event.memberId());
            return b.executeUpdate();
          }
        });
  }
}
