package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.helsebro.platform.changes.ChangeFeed;

/**
 * The accounts module's facade for other modules: who a member is and whether they may act. Reads
 * go straight to the database (indexed by primary key); callers showing lists should use {@link
 * #summaries} once per page rather than one call per row.
 */
@Singleton
public class MemberDirectory {

  private final MemberRepository members;
  private final ChangeFeed feed;

  MemberDirectory(MemberRepository members, ChangeFeed feed) {
    this.members = members;
    this.feed = feed;
  }

  /** The member's display name; empty for an unknown id, "" for a deleted member. */
  public Optional<String> displayName(long memberId) {
    return members
        .findById(memberId)
        .map(m -> m.status() == MemberStatus.DELETED ? "" : m.displayName());
  }

  /** Active (approved, not suspended, not deleted). */
  public boolean isActive(long memberId) {
    return members.findById(memberId).map(m -> m.status() == MemberStatus.ACTIVE).orElse(false);
  }

  public Optional<MemberSummary> summary(long memberId) {
    return members.findById(memberId).map(MemberDirectory::toSummary);
  }

  /** Summaries of the given members, in the order of the ids given; unknown ids are left out. */
  public Map<Long, MemberSummary> summaries(Collection<Long> memberIds) {
    Map<Long, MemberSummary> byId = new LinkedHashMap<>();
    if (memberIds.isEmpty()) {
      return byId;
    }
    Map<Long, MemberSummary> found = new LinkedHashMap<>();
    members.findByIdIn(memberIds).forEach(m -> found.put(m.id(), toSummary(m)));
    for (Long id : memberIds) {
      MemberSummary s = found.get(id);
      if (s != null) {
        byId.put(id, s);
      }
    }
    return byId;
  }

  /** The ids of active coordinators (for their notifications: flags, approvals). */
  public List<Long> activeCoordinatorIds() {
    return members.findActiveCoordinatorIds();
  }

  /** The member's e-mail address and language, for modules that send mail; empty if deleted. */
  public Optional<MailAddress> mailAddress(long memberId) {
    return members
        .findById(memberId)
        .filter(m -> m.status() != MemberStatus.DELETED && m.email() != null)
        .map(m -> new MailAddress(m.email(), m.displayName(), m.language()));
  }

  /**
   * Changes a member's display name (the profiles module's profile form). Refuses deleted members.
   */
  @io.micronaut.transaction.annotation.Transactional
  public void changeDisplayName(long memberId, String displayName) {
    MemberEntity member =
        members
            .findById(memberId)
            .filter(m -> m.status() != MemberStatus.DELETED)
            .orElseThrow(() -> no.helsebro.platform.errors.ApiException.notFound("Member"));
    String name = displayName.trim();
    if (!name.equals(member.displayName())) {
      members.updateDisplayName(member.id(), name, Instant.now());
      feed.publish(new MemberAccessChanged(member.id(), MemberAccessChanged.What.RENAMED));
    }
  }

  /** Where and in which language ({@code nb}/{@code en}) to write to a member. */
  public record MailAddress(String email, String displayName, String language) {}

  private static MemberSummary toSummary(MemberEntity m) {
    boolean deleted = m.status() == MemberStatus.DELETED;
    return new MemberSummary(m.id(), deleted ? "" : m.displayName(), m.status(), deleted);
  }

  /**
   * What other modules weigh about a member's standing (the forum's trust rules, for one): status,
   * coordinator or not, when they registered and were approved. Empty for an unknown id.
   */
  public Optional<Standing> standing(long memberId) {
    return members.findById(memberId).map(MemberDirectory::standingOf);
  }

  private static Standing standingOf(MemberEntity m) {
    return new Standing(
        m.id(),
        m.displayName(),
        m.status(),
        m.coordinator(),
        m.language(),
        m.createdAt(),
        m.approvedAt());
  }

  /**
   * A member's standing and language ({@code nb}, {@code nn}, {@code en}); {@code approvedAt} is
   * null until a coordinator approves them.
   */
  public record Standing(
      long id,
      String displayName,
      MemberStatus status,
      boolean coordinator,
      String language,
      Instant createdAt,
      @Nullable Instant approvedAt) {}

  /**
   * Active members whose name, or a word in it, starts with {@code start} (the forum's @mentions),
   * by name; at most {@code limit}.
   */
  public List<MemberSummary> activeNamed(String start, int limit) {
    String like = LikePatterns.literal(start);
    return members.findActiveByNameLike(like + "%", "% " + like + "%", limit).stream()
        .map(MemberDirectory::toSummary)
        .toList();
  }

  /** Active members with an id above {@code afterMemberId}, by id; at most {@code limit}. */
  public List<Standing> activeAfter(long afterMemberId, int limit) {
    return members.findActiveAfter(afterMemberId, Math.max(1, limit)).stream()
        .map(MemberDirectory::standingOf)
        .toList();
  }

  /**
   * A page of active members by name (their ids, in order; the caller reads what it shows of them
   * in one bulk call), and how many match in all.
   */
  public record NamePage(List<Long> memberIds, long total) {}

  /**
   * Active members by name (then id), a page at a time: those whose name contains {@code contains}
   * (any when null), among {@code among} when given (the profiles module's directory filters).
   */
  public NamePage activeByName(
      @Nullable Collection<Long> among, @Nullable String contains, int page, int size) {
    if (among != null && among.isEmpty()) {
      return new NamePage(List.of(), 0);
    }
    String like =
        contains == null || contains.isBlank() ? "%" : LikePatterns.containing(contains.strip());
    long offset = (long) page * size;
    List<Long> ids =
        among == null
            ? members.findActiveIdsByName(like, size, offset)
            : members.findActiveIdsByNameAmong(like, among, size, offset);
    long total =
        among == null
            ? members.countActiveByName(like)
            : members.countActiveByNameAmong(like, among);
    return new NamePage(ids, total);
  }
}
