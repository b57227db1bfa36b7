package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberStatus;

/**
 * Which members are active (approved, not suspended, not deleted), asked of the accounts module's
 * {@link MemberDirectory} for many members in one read: mentoring keeps no copy of members' states
 * and names no accounts table in its SQL.
 */
@Singleton
class ActiveMembers {

  private final MemberDirectory members;

  ActiveMembers(MemberDirectory members) {
    this.members = members;
  }

  /** The active members among these. */
  Set<Long> among(Collection<Long> memberIds) {
    Set<Long> out = new HashSet<>();
    members
        .summaries(memberIds)
        .forEach(
            (id, s) -> {
              if (s.status() == MemberStatus.ACTIVE) {
                out.add(id);
              }
            });
    return out;
  }
}
