package no.helsebro.accounts;

import jakarta.inject.Singleton;
import java.util.Optional;
import no.helsebro.platform.audit.ActorNames;

/** The audit log's actor names, from the members this module owns. */
@Singleton
class AuditActorNames implements ActorNames {

  private final MemberDirectory members;

  AuditActorNames(MemberDirectory members) {
    this.members = members;
  }

  @Override
  public Optional<String> displayName(long memberId) {
    return members.displayName(memberId);
  }
}
