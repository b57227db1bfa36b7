package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeEvents;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/**
 * What coordinators do to accounts: approve or reject waiting members, suspend and lift, promote
 * and demote coordinators. Every action is written to the audit log in its own transaction.
 */
@Singleton
class MemberAdministration {

  private final MemberRepository members;
  private final MemberAccountRepository accounts;
  private final AuditLog audit;
  private final AccountMails mails;
  private final AccountDeletion deletion;
  private final ChangeEvents events;
  private final ChangeFeed feed;

  MemberAdministration(
      MemberRepository members,
      MemberAccountRepository accounts,
      AuditLog audit,
      AccountMails mails,
      AccountDeletion deletion,
      ChangeEvents events,
      ChangeFeed feed) {
    this.members = members;
    this.accounts = accounts;
    this.audit = audit;
    this.mails = mails;
    this.deletion = deletion;
    this.events = events;
    this.feed = feed;
  }

  MemberAccountPage list(
      @Nullable MemberStatus status, @Nullable String query, int page, int size) {
    String like = query == null || query.isBlank() ? null : LikePatterns.containing(query.trim());
    String emailLike = like == null ? null : like.toLowerCase(Locale.ROOT);
    long total = accounts.count(status, like, emailLike);
    long offset = (long) page * size;
    List<MemberAccountRepository.AccountRow> rows =
        status == MemberStatus.PENDING_APPROVAL
            ? accounts.approvalQueue(like, emailLike, size, offset)
            : accounts.pageByName(status, like, emailLike, size, offset);
    return new MemberAccountPage(
        rows.stream().map(MemberAdministration::view).toList(), page, size, total);
  }

  MemberAccountView get(long id) {
    return accounts
        .findAccount(id)
        .map(MemberAdministration::view)
        .orElseThrow(() -> ApiException.notFound("Member"));
  }

  @Transactional
  MemberAccountView approve(CurrentMember actor, long id) {
    MemberEntity member = existing(id);
    if (member.status() != MemberStatus.PENDING_APPROVAL) {
      throw ApiException.conflict("not-pending", "The member is not waiting for approval");
    }
    Instant now = Instant.now();
    members.updateStatus(id, MemberStatus.ACTIVE, now, now);
    record(actor, "member.approved", id, null, null);
    events.publish(new MemberActivated(id));
    mails.sendApproved(member);
    return get(id);
  }

  @Transactional
  void reject(CurrentMember actor, long id, @Nullable String reason) {
    MemberEntity member = existing(id);
    if (member.status() != MemberStatus.PENDING_APPROVAL) {
      throw ApiException.conflict("not-pending", "The member is not waiting for approval");
    }
    record(actor, "member.rejected", id, reason, null);
    deletion.delete(id);
  }

  @Transactional
  MemberAccountView suspend(CurrentMember actor, long id, @Nullable Instant until, String reason) {
    MemberEntity member = existing(id);
    if (member.id() == actor.id()) {
      throw ApiException.conflict("not-yourself", "You cannot suspend yourself");
    }
    if (member.status() != MemberStatus.ACTIVE && member.status() != MemberStatus.SUSPENDED) {
      throw ApiException.conflict("not-active", "Only active members can be suspended");
    }
    Instant now = Instant.now();
    members.updateSuspension(id, MemberStatus.SUSPENDED, until, reason.trim(), now);
    Map<String, Object> details = new HashMap<>();
    details.put("until", until == null ? "indefinite" : until.toString());
    record(actor, "member.suspended", id, reason.trim(), details);
    events.publish(new MemberSuspended(id, until));
    return get(id);
  }

  @Transactional
  MemberAccountView lift(CurrentMember actor, long id) {
    MemberEntity member = existing(id);
    if (member.status() != MemberStatus.SUSPENDED) {
      throw ApiException.conflict("not-suspended", "The member is not suspended");
    }
    members.updateSuspension(id, MemberStatus.ACTIVE, null, null, Instant.now());
    record(actor, "member.suspension-lifted", id, null, null);
    feed.publish(new MemberAccessChanged(id, MemberAccessChanged.What.SUSPENSION_LIFTED));
    return get(id);
  }

  @Transactional
  MemberAccountView setCoordinator(CurrentMember actor, long id, boolean coordinator) {
    MemberEntity member = existing(id);
    if (coordinator && member.status() != MemberStatus.ACTIVE) {
      throw ApiException.conflict("not-active", "Only active members can become coordinators");
    }
    if (!coordinator && member.id() == actor.id()) {
      throw ApiException.conflict("not-yourself", "Ask another coordinator to remove your role");
    }
    if (member.coordinator() == coordinator) {
      return get(id);
    }
    members.updateCoordinator(id, coordinator, Instant.now());
    record(actor, coordinator ? "member.promoted" : "member.demoted", id, null, null);
    feed.publish(new MemberAccessChanged(id, MemberAccessChanged.What.ROLES_CHANGED));
    return get(id);
  }

  private MemberEntity existing(long id) {
    return members
        .findById(id)
        .filter(m -> m.status() != MemberStatus.DELETED)
        .orElseThrow(() -> ApiException.notFound("Member"));
  }

  private void record(
      CurrentMember actor,
      String action,
      long target,
      @Nullable String reason,
      @Nullable Map<String, Object> details) {
    String actorName = members.findById(actor.id()).map(MemberEntity::displayName).orElse("");
    audit.record(actor.id(), actorName, action, "member", target, reason, details);
  }

  private static MemberAccountView view(MemberAccountRepository.AccountRow row) {
    return new MemberAccountView(
        row.id(),
        row.displayName(),
        row.email(),
        row.status(),
        row.coordinator(),
        row.registeredOrganisation(),
        row.createdAt(),
        row.suspendedUntil(),
        row.suspensionReason(),
        SuspensionDays.lastDay(row.suspendedUntil()));
  }
}
