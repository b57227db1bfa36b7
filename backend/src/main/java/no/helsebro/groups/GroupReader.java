package no.helsebro.groups;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberSummary;
import no.helsebro.forum.ForumFacts;
import no.helsebro.profiles.TaxonomyService;
import no.helsebro.profiles.TaxonomyTerm;

/** Reads groups as members see them: lists, a group page, its members and its recent topics. */
@Singleton
class GroupReader {

  static final int TOPICS_SHOWN = 20;

  private final PeerGroupRepository groups;
  private final GroupMemberRepository memberships;
  private final GroupFollowRepository follows;
  private final GroupQuestionRepository questions;
  private final TaxonomyService taxonomies;
  private final ForumFacts forum;
  private final MemberDirectory members;
  private final no.helsebro.profiles.ProfileFacts profiles;

  GroupReader(
      PeerGroupRepository groups,
      GroupMemberRepository memberships,
      GroupFollowRepository follows,
      GroupQuestionRepository questions,
      TaxonomyService taxonomies,
      ForumFacts forum,
      MemberDirectory members,
      no.helsebro.profiles.ProfileFacts profiles) {
    this.groups = groups;
    this.memberships = memberships;
    this.follows = follows;
    this.questions = questions;
    this.taxonomies = taxonomies;
    this.forum = forum;
    this.members = members;
    this.profiles = profiles;
  }

  /** Every group (automatic ones only once someone is in them), named in the reader's terms. */
  List<GroupView> all(long readerId) {
    return views(groups.allInOrder(), readerId);
  }

  Optional<GroupView> one(long groupId, long readerId) {
    return groups.findById(groupId).map(g -> views(List.of(g), readerId).get(0));
  }

  List<GroupView> views(List<PeerGroup> rows, long readerId) {
    List<Long> ids = rows.stream().map(PeerGroup::id).toList();
    Map<Long, Integer> counts = memberships.memberCounts(ids);
    Map<Long, GroupMember> mine = new java.util.HashMap<>();
    memberships.findByMemberId(readerId).forEach(m -> mine.put(m.groupId(), m));
    Set<Long> following = new HashSet<>(follows.followedBy(readerId));
    Set<Long> termIds = new LinkedHashSet<>();
    rows.forEach(
        g -> {
          if (g.termId() != null) termIds.add(g.termId());
        });
    Map<Long, TaxonomyTerm> terms = new java.util.HashMap<>(taxonomies.byIds(termIds));
    if (!terms.keySet().containsAll(termIds)) {
      // A term newer than the taxonomy cache (a minute): read the vocabularies afresh.
      taxonomies.terms(null).stream()
          .filter(t -> termIds.contains(t.id()))
          .forEach(t -> terms.put(t.id(), t));
    }
    List<GroupView> out = new ArrayList<>();
    for (PeerGroup g : rows) {
      TaxonomyTerm term = g.termId() == null ? null : terms.get(g.termId());
      if (g.kind() != GroupKind.CUSTOM && (term == null || term.archived())) {
        continue;
      }
      GroupMember m = mine.get(g.id());
      out.add(
          new GroupView(
              g.id(),
              g.kind(),
              g.termId(),
              term == null ? g.nameNb() : term.nameNb(),
              term == null ? g.nameEn() : term.nameEn(),
              g.descriptionNb(),
              g.descriptionEn(),
              counts.getOrDefault(g.id(), 0),
              m != null && m.active(),
              m != null && !m.active(),
              following.contains(g.id())));
    }
    out.sort(
        Comparator.comparing(GroupView::kind)
            .thenComparing(GroupView::nameNb, String.CASE_INSENSITIVE_ORDER));
    return out;
  }

  GroupMemberPage members(long groupId, int page, int size) {
    groups
        .findById(groupId)
        .orElseThrow(() -> no.helsebro.platform.errors.ApiException.notFound("Group"));
    List<Long> ids = memberships.activeMemberIdPage(groupId, size, (long) page * size);
    long total = memberships.memberCounts(List.of(groupId)).getOrDefault(groupId, 0);
    return new GroupMemberPage(profiles.cards(ids), page, size, total);
  }

  /**
   * The group's recent questions, stories and training resources: by its members, with its system,
   * or put to it.
   */
  List<GroupTopicView> topics(long groupId) {
    PeerGroup group =
        groups
            .findById(groupId)
            .orElseThrow(() -> no.helsebro.platform.errors.ApiException.notFound("Group"));
    List<Long> asked = questions.askedTopicIds(groupId, TOPICS_SHOWN);
    Long system = group.kind() == GroupKind.SYSTEM ? group.termId() : null;
    List<ForumFacts.TopicLine> lines =
        forum.recentTopics(memberships.activeMemberIds(groupId), system, asked, TOPICS_SHOWN);
    Set<Long> askedHere = new HashSet<>(asked);
    return lines(lines, t -> askedHere.contains(t) ? groupId : null);
  }

  /** The reader's groups (in or following) and questions others put to them in two weeks. */
  MyGroupsView mine(long readerId) {
    Set<Long> ids = new LinkedHashSet<>();
    memberships.findByMemberId(readerId).stream()
        .filter(GroupMember::active)
        .forEach(m -> ids.add(m.groupId()));
    ids.addAll(follows.followedBy(readerId));
    List<GroupView> mine = views(ids.isEmpty() ? List.of() : groups.findByIdIn(ids), readerId);
    List<GroupQuestion> asked =
        (ids.isEmpty()
                ? List.<GroupQuestion>of()
                : questions.askedOf(ids, Instant.now().minus(Duration.ofDays(14)), 20))
            .stream().filter(a -> a.askedBy() == null || a.askedBy() != readerId).toList();
    Map<Long, Long> groupOf = new java.util.LinkedHashMap<>();
    asked.forEach(a -> groupOf.putIfAbsent(a.topicId(), a.groupId()));
    Map<Long, ForumFacts.TopicLine> found = forum.lines(groupOf.keySet());
    List<ForumFacts.TopicLine> lines =
        groupOf.keySet().stream()
            .map(found::get)
            .filter(java.util.Objects::nonNull)
            .limit(5)
            .toList();
    return new MyGroupsView(mine, lines(lines, groupOf::get));
  }

  private List<GroupTopicView> lines(
      List<ForumFacts.TopicLine> lines, java.util.function.Function<Long, Long> askedOf) {
    Set<Long> authors = new LinkedHashSet<>();
    lines.forEach(
        l -> {
          if (l.authorId() != null) authors.add(l.authorId());
        });
    Map<Long, MemberSummary> names = members.summaries(authors);
    return lines.stream()
        .map(
            l -> {
              MemberSummary a = l.authorId() == null ? null : names.get(l.authorId());
              return new GroupTopicView(
                  l.topicId(),
                  l.kind().name(),
                  l.title(),
                  a == null || a.deleted() ? null : a.displayName(),
                  l.createdAt(),
                  l.replyCount(),
                  l.solved(),
                  askedOf.apply(l.topicId()));
            })
        .toList();
  }
}
