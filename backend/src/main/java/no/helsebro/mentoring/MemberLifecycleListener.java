package no.helsebro.mentoring;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import no.helsebro.accounts.MemberDeleted;
import no.helsebro.accounts.MemberSuspended;

/**
 * Keeps mentoring in step with accounts: a suspended member leaves no open requests behind; a
 * deleted member's mentor profile, needs and requests go and their mentorships end. Runs inside the
 * accounts transaction that published the event.
 */
@Singleton
class MemberLifecycleListener {

  private final MentoringService mentoring;

  MemberLifecycleListener(MentoringService mentoring) {
    this.mentoring = mentoring;
  }

  @EventListener
  void onSuspended(MemberSuspended event) {
    mentoring.memberSuspended(event.memberId());
  }

  @EventListener
  void onDeleted(MemberDeleted event) {
    mentoring.memberDeleted(event.memberId());
  }
}
