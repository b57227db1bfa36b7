package no.helsebro.accounts;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.platform.audit.AuditLog;
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
  private final JdbcOperations jdbc;
  private final AuditLog audit;
  private final AccountMails mails;
  private final AccountDeletion deletion;
  private final ApplicationEventPublisher<MemberActivated> activated;
  private final ApplicationEventPublisher<MemberSuspended> suspended;
  private final ChangeFeed feed;

  MemberAdministration(
      MemberRepository members,
      JdbcOperations jdbc,
      AuditLog audit,
      AccountMails mails,
      AccountDeletion deletion,
      ApplicationEventPublisher<MemberActivated> activated,
      ApplicationEventPublisher<MemberSuspended> suspended,
      ChangeFeed feed) {
    this.members = members;
    this.jdbc = jdbc;
    this.audit = audit;
    this.mails = mails;
    this.deletion = deletion;
    this.activated = activated;
    this.suspended = suspended;
    this.feed = feed;
  }

  MemberAccountPage list(
      @Nullable MemberStatus status, @Nullable String query, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE m.status <> 'DELETED'");
    List<Object> args = new ArrayList<>();
    if (status != null) {
      where.append(" AND m.status = ?");
      args.add(status.name());
    }
    if (query != null && !query.isBlank()) {
      where.append(" AND (m.display_name LIKE ? OR m.email LIKE ?)");
      String like =
          "%" + query.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      args.add(like);
      args.add(like.toLowerCase(java.util.Locale.ROOT));
    }
    String order =
        status == MemberStatus.PENDING_APPROVAL
            ? " ORDER BY m.created_at, m.id"
            : " ORDER BY m.display_name, m.id";
    String select =
        "SELECT m.id, m.display_name, m.email, m.status, m.coordinator, c.registered_organisation,"
            + " m.created_at, m.suspended_until, m.suspension_reason FROM members m"
            + " LEFT JOIN account_credentials c ON c.member_id = m.id";
    return jdbc.execute(
        c -> {
          long total;
          try (var ps = c.prepareStatement("SELECT COUNT(*) FROM members m" + where)) {
            bind(ps, args);
            try (var rs = ps.executeQuery()) {
              rs.next();
              total = rs.getLong(1);
            }
          }
          List<MemberAccountView> items = new ArrayList<>();
          try (var ps = c.prepareStatement(select + where + order + " LIMIT ? OFFSET ?")) {
            bind(ps, args);
            ps.setInt(args.size() + 1, size);
            ps.setLong(args.size() + 2, (long) page * size);
            try (var rs = ps.executeQuery()) {
              while (rs.next()) {
                items.add(view(rs));
              }
            }
          }
          return new MemberAccountPage(items, page, size, total);
        });
  }

  MemberAccountView get(long id) {
    return jdbc.execute(
        c -> {
          try (var ps =
              c.prepareStatement(
                  "SELECT m.id, m.display_name, m.email, m.status, m.coordinator,"
                      + " c.registered_organisation, m.created_at, m.suspended_until,"
                      + " m.suspension_reason FROM members m LEFT JOIN account_credentials c"
                      + " ON c.member_id = m.id WHERE m.id = ? AND m.status <> 'DELETED'")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
              if (!rs.next()) {
                throw ApiException.notFound("Member");
              }
              return view(rs);
            }
          }
        });
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
    MemberActivated event = new MemberActivated(id);
    activated.publishEvent(event);
    feed.publish(event);
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
    MemberSuspended event = new MemberSuspended(id, until);
    suspended.publishEvent(event);
    feed.publish(event);
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

  private static void bind(java.sql.PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }

  private static MemberAccountView view(ResultSet rs) throws SQLException {
    Instant suspendedUntil = instant(rs.getTimestamp(8));
    return new MemberAccountView(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        MemberStatus.valueOf(rs.getString(4)),
        rs.getBoolean(5),
        rs.getString(6),
        rs.getTimestamp(7).toInstant(),
        suspendedUntil,
        rs.getString(9),
        SuspensionDays.lastDay(suspendedUntil));
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
