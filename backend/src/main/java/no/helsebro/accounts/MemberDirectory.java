package no.helsebro.accounts;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
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
  public java.util.List<Long> activeCoordinatorIds() {
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
      members.updateDisplayName(member.id(), name, java.time.Instant.now());
      feed.publish(new MemberAccessChanged(member.id(), MemberAccessChanged.What.RENAMED));
    }
  }

  /** Where and in which language ({@code nb}/{@code en}) to write to a member. */
  public record MailAddress(String email, String displayName, String language) {}

  private static MemberSummary toSummary(MemberEntity m) {
    boolean deleted = m.status() == MemberStatus.DELETED;
    return new MemberSummary(m.id(), deleted ? "" : m.displayName(), m.status(), deleted);
  }
}
