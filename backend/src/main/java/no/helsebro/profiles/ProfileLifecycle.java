package no.helsebro.profiles;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import no.helsebro.accounts.MemberDeleted;
import no.helsebro.accounts.MemberRegistered;

/** Starts a profile when someone registers and removes it when the account is deleted. */
@Singleton
class ProfileLifecycle {

  private final MemberProfileRepository profiles;
  private final MemberProfileTermRepository terms;

  ProfileLifecycle(MemberProfileRepository profiles, MemberProfileTermRepository terms) {
    this.profiles = profiles;
    this.terms = terms;
  }

  @EventListener
  void onRegistered(MemberRegistered event) {
    profiles.start(event.memberId(), event.organisation());
  }

  @EventListener
  void onDeleted(MemberDeleted event) {
    terms.deleteByMemberId(event.memberId());
    profiles.deleteByMemberId(event.memberId());
  }
}
