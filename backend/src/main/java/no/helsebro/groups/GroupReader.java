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

  private final GroupStore store;
  private final TaxonomyService taxonomies;
  private final ForumFacts forum;
  private final MemberDirectory members;
  private final no.helsebro.profiles.ProfileFacts profiles;

  GroupReader(
      GroupStore store,
      TaxonomyService taxonomies,
      ForumFacts forum,
      MemberDirectory members,
      no.helsebro.profiles.ProfileFacts profiles) {
    this.store = store;
    this.taxonomies = taxonomies;
    this.forum = forum;
    this.members = members;
    this.profiles = profiles;
  }

  /** Every group (automatic ones only once someone is in them), named in the reader's terms. */
  List<GroupView> all(long readerId) {
    return views(store.allGroups(), readerId);
  }

  Optional<GroupView> one(long groupId, long readerId) {
    return store.group(groupId).map(g -> views(List.of(g), readerId).get(0));
  }

  List<GroupView> views(List<GroupRow> groups, long readerId) {
    List<Long> ids = groups.stream().map(GroupRow::id).toList();
    Map<Long, Integer> counts = store.memberCounts(ids);
    Map<Long, GroupStore.Membership> mine = new java.util.HashMap<>();
    store.membershipsOf(readerId).forEach(m -> mine.put(m.groupId(), m));
    Set<Long> following = new HashSet<>(store.followedBy(readerId));
    Set<Long> termIds = new LinkedHashSet<>();
    groups.forEach(
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
    for (GroupRow g : groups) {
      TaxonomyTerm term = g.termId() == null ? null : terms.get(g.termId());
      if (g.kind() != GroupKind.CUSTOM && (term == null || term.archived())) {
        continue;
      }
      GroupStore.Membership m = mine.get(g.id());
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
    store
        .group(groupId)
        .orElseThrow(() -> no.helsebro.platform.errors.ApiException.notFound("Group"));
    List<Long> ids = store.memberIdPage(groupId, page, size);
    long total = store.memberCounts(List.of(groupId)).getOrDefault(groupId, 0);
    return new GroupMemberPage(profiles.cards(ids), page, size, total);
  }

  /**
   * The group's recent questions, stories and training resources: by its members, with its system,
   * or put to it.
   */
  List<GroupTopicView> topics(long groupId) {
    GroupRow group =
        store
            .group(groupId)
            .orElseThrow(() -> no.helsebro.platform.errors.ApiException.notFound("Group"));
    List<Long> asked = store.askedTopicIds(groupId, TOPICS_SHOWN);
    Long system = group.kind() == GroupKind.SYSTEM ? group.termId() : null;
    List<ForumFacts.TopicLine> lines =
        forum.recentTopics(store.memberIds(groupId), system, asked, TOPICS_SHOWN);
    Set<Long> askedHere = new HashSet<>(asked);
    return lines(lines, t -> askedHere.contains(t) ? groupId : null);
  }

  /** The reader's groups (in or following) and questions others put to them in two weeks. */
  MyGroupsView mine(long readerId) {
    Set<Long> ids = new LinkedHashSet<>();
    store.membershipsOf(readerId).stream()
        .filter(GroupStore.Membership::active)
        .forEach(m -> ids.add(m.groupId()));
    ids.addAll(store.followedBy(readerId));
    List<GroupView> groups = views(store.groups(ids), readerId);
    List<GroupStore.Asked> asked =
        store.askedOf(ids, Instant.now().minus(Duration.ofDays(14)), 20).stream()
            .filter(a -> a.askedBy() == null || a.askedBy() != readerId)
            .toList();
    Map<Long, Long> groupOf = new java.util.LinkedHashMap<>();
    asked.forEach(a -> groupOf.putIfAbsent(a.topicId(), a.groupId()));
    Map<Long, ForumFacts.TopicLine> found = forum.lines(groupOf.keySet());
    List<ForumFacts.TopicLine> lines =
        groupOf.keySet().stream()
            .map(found::get)
            .filter(java.util.Objects::nonNull)
            .limit(5)
            .toList();
    return new MyGroupsView(groups, lines(lines, groupOf::get));
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
