package no.helsebro.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.helsebro.forum.ForumFacts;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;
import no.helsebro.platform.idempotency.Idempotency;
import no.helsebro.platform.security.CurrentMember;

/** What members and coordinators change in groups: make, join, leave, follow, ask. */
@Singleton
class GroupWriter {

  private final PeerGroupRepository groups;
  private final GroupMemberRepository memberships;
  private final GroupFollowRepository follows;
  private final GroupQuestionRepository questions;
  private final ForumFacts forum;
  private final ChangeFeed feed;
  private final AuditLog audit;
  private final Idempotency idempotency;

  GroupWriter(
      PeerGroupRepository groups,
      GroupMemberRepository memberships,
      GroupFollowRepository follows,
      GroupQuestionRepository questions,
      ForumFacts forum,
      ChangeFeed feed,
      AuditLog audit,
      Idempotency idempotency) {
    this.groups = groups;
    this.memberships = memberships;
    this.follows = follows;
    this.questions = questions;
    this.forum = forum;
    this.feed = feed;
    this.audit = audit;
    this.idempotency = idempotency;
  }

  /** A coordinator makes a group; audited. */
  @Transactional
  long create(CurrentMember coordinator, NewGroupRequest r) {
    PatientDataGuard.requireNone("nameNb", r.nameNb());
    PatientDataGuard.requireNone("nameEn", r.nameEn());
    PatientDataGuard.requireNone("descriptionNb", blankToEmpty(r.descriptionNb()));
    PatientDataGuard.requireNone("descriptionEn", blankToEmpty(r.descriptionEn()));
    long id =
        groups
            .save(
                PeerGroup.custom(
                    r.nameNb().strip(),
                    r.nameEn().strip(),
                    blankToNull(r.descriptionNb()),
                    blankToNull(r.descriptionEn()),
                    coordinator.id()))
            .id();
    audit.record(
        coordinator.id(), "group.created", "group", id, null, Map.of("name", r.nameNb().strip()));
    return id;
  }

  /** Joins a group, or rejoins one the member left. */
  @Transactional
  void join(CurrentMember me, long groupId) {
    require(groupId);
    String source =
        memberships
            .findByGroupIdAndMemberId(groupId, me.id())
            .map(GroupMember::source)
            .orElse("JOINED");
    if (memberships.set(groupId, me.id(), "ACTIVE", source)) {
      feed.publish(new GroupMembershipChanged(groupId, me.id(), true));
    }
  }

  /** Leaves a group; automatic groups remember it, so the profile does not put the member back. */
  @Transactional
  void leave(CurrentMember me, long groupId) {
    require(groupId);
    var current = memberships.findByGroupIdAndMemberId(groupId, me.id());
    if (current.isEmpty() || !current.get().active()) {
      return;
    }
    memberships.set(groupId, me.id(), "LEFT", current.get().source());
    feed.publish(new GroupMembershipChanged(groupId, me.id(), false));
  }

  @Transactional
  void follow(CurrentMember me, long groupId, boolean following) {
    require(groupId);
    boolean changed =
        following
            ? follows.follow(groupId, me.id(), GroupClock.now()) > 0
            : follows.unfollow(groupId, me.id()) > 0;
    if (changed) {
      feed.publish(new GroupFollowed(groupId, me.id(), following));
    }
  }

  /**
   * Asks a question in the forum (all the forum's checks apply) and puts it in front of the group,
   * in one transaction: a system group's question carries its system. A repeat with the same
   * Idempotency-Key answers the first question (docs/adr/0108).
   */
  Asked ask(CurrentMember me, long groupId, AskGroupRequest r, @Nullable String idemKey) {
    String key = Idempotency.validKey(idemKey);
    String hash = Idempotency.hash("group-question", groupId, r);
    return idempotency.once(
        me.id(),
        key,
        hash,
        "topic",
        () -> new Asked(askNow(me, groupId, r, key, hash), false),
        topicId -> new Asked(topicId, true));
  }

  /** The question's topic; {@code replayed} when an earlier request with the same key asked it. */
  record Asked(long topicId, boolean replayed) {}

  private long askNow(
      CurrentMember me, long groupId, AskGroupRequest r, @Nullable String key, String hash) {
    PeerGroup group = require(groupId);
    List<Long> systems = new ArrayList<>();
    if (group.kind() == GroupKind.SYSTEM && group.termId() != null) {
      systems.add(group.termId());
    }
    long topicId =
        forum.ask(
            me.id(),
            me.roles(),
            new ForumFacts.NewQuestion(
                r.categoryId(),
                r.title(),
                r.body(),
                systems,
                r.tags() == null ? List.of() : r.tags()),
            key,
            hash);
    questions.link(groupId, topicId, me.id(), GroupClock.now());
    feed.publish(new GroupQuestionAsked(groupId, topicId, me.id()));
    return topicId;
  }

  private PeerGroup require(long groupId) {
    return groups.findById(groupId).orElseThrow(() -> ApiException.notFound("Group"));
  }

  private static String blankToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
