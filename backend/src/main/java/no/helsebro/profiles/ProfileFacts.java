package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberStatus;
import no.helsebro.accounts.MemberSummary;

/**
 * Bulk reads of profile facts for other modules (groups, insights): region, workplace type and
 * systems of many members at once, and directory cards for a list of members. Only active members
 * are returned, as the directory shows them.
 */
@Singleton
public class ProfileFacts {

  private static final Set<TermRelation> SYSTEMS =
      EnumSet.of(TermRelation.SYSTEM_USED, TermRelation.SYSTEM_KNOWN);
  private static final Set<TermRelation> MATCHED =
      EnumSet.of(TermRelation.SYSTEM_USED, TermRelation.SYSTEM_KNOWN, TermRelation.LANGUAGE);

  private final MemberProfileRepository profiles;
  private final MemberProfileTermRepository profileTerms;
  private final TaxonomyService taxonomies;
  private final MemberDirectory members;

  ProfileFacts(
      MemberProfileRepository profiles,
      MemberProfileTermRepository profileTerms,
      TaxonomyService taxonomies,
      MemberDirectory members) {
    this.profiles = profiles;
    this.profileTerms = profileTerms;
    this.members = members;
    this.taxonomies = taxonomies;
  }

  /**
   * What groups and insights need of a member's profile.
   *
   * @param joinedAt when the member was approved (or registered, if approved at once)
   * @param regionId their health region (a county's region when only the county is given)
   * @param systemIds systems they use or know
   */
  public record MemberFacts(
      long memberId,
      Instant joinedAt,
      @Nullable Long regionId,
      @Nullable Long workplaceTypeId,
      Set<Long> systemIds) {}

  /** Active members with an id above {@code afterMemberId}, by id; at most limit. */
  public List<MemberFacts> activeMembers(long afterMemberId, int limit) {
    record Row(long id, Instant joined, Long region, Long workplace) {}
    // Who is active and since when is the accounts module's (ADR 0024); the profile is ours.
    List<MemberDirectory.Standing> active = members.activeAfter(afterMemberId, limit);
    if (active.isEmpty()) {
      return List.of();
    }
    Map<Long, MemberProfileRepository.Place> places = new HashMap<>();
    profiles
        .places(active.stream().map(MemberDirectory.Standing::id).toList())
        .forEach(p -> places.put(p.memberId(), p));
    List<Row> rows = new ArrayList<>(active.size());
    for (MemberDirectory.Standing m : active) {
      var place =
          places.getOrDefault(m.id(), new MemberProfileRepository.Place(m.id(), null, null));
      rows.add(
          new Row(
              m.id(),
              m.approvedAt() != null ? m.approvedAt() : m.createdAt(),
              place.regionId(),
              place.workplaceTypeId()));
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Set<Long>> systems = systemsOf(rows.stream().map(Row::id).toList());
    List<MemberFacts> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(
          new MemberFacts(
              r.id(),
              r.joined(),
              r.region(),
              r.workplace(),
              systems.getOrDefault(r.id(), Set.of())));
    }
    return out;
  }

  /** One active member's facts; empty when the member is not active. */
  public java.util.Optional<MemberFacts> of(long memberId) {
    return activeMembers(memberId - 1, 1).stream()
        .filter(f -> f.memberId() == memberId)
        .findFirst();
  }

  private Map<Long, Set<Long>> systemsOf(Collection<Long> memberIds) {
    Map<Long, Set<Long>> out = new HashMap<>();
    for (MemberProfileTerm term : profileTerms.findByMemberIdInAndRelationIn(memberIds, SYSTEMS)) {
      out.computeIfAbsent(term.memberId(), k -> new LinkedHashSet<>()).add(term.termId());
    }
    return out;
  }

  /**
   * Directory cards of the given members that the directory shows (active members), in the order
   * given.
   */
  public List<MemberCard> cards(Collection<Long> memberIds) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    record Row(long id, String name, String title, String org, Long bg, Long wp, Long region) {}
    // Names and who is active from the accounts module (ADR 0024); the profile rows are ours.
    Map<Long, MemberSummary> active = new LinkedHashMap<>();
    members
        .summaries(memberIds)
        .forEach(
            (id, m) -> {
              if (m.status() == MemberStatus.ACTIVE) {
                active.put(id, m);
              }
            });
    if (active.isEmpty()) {
      return List.of();
    }
    Map<Long, Row> rows = new HashMap<>();
    for (var p : profiles.cardFacts(active.keySet())) {
      rows.put(
          p.memberId(),
          new Row(
              p.memberId(),
              active.get(p.memberId()).displayName(),
              p.title(),
              p.organisation(),
              p.backgroundId(),
              p.workplaceTypeId(),
              p.regionId()));
    }
    active.forEach(
        (id, m) ->
            rows.putIfAbsent(id, new Row(id, m.displayName(), null, null, null, null, null)));
    Set<Long> termIds = new LinkedHashSet<>();
    rows.values()
        .forEach(
            r -> {
              if (r.bg() != null) termIds.add(r.bg());
              if (r.wp() != null) termIds.add(r.wp());
              if (r.region() != null) termIds.add(r.region());
            });
    Map<Long, TaxonomyTerm> terms = taxonomies.byIds(termIds);
    Map<Long, MemberCard> cards = new LinkedHashMap<>();
    for (Long id : memberIds) {
      Row r = rows.get(id);
      if (r != null) {
        cards.put(
            id,
            new MemberCard(
                r.id(),
                r.name(),
                r.title(),
                r.org(),
                ref(terms, r.bg()),
                ref(terms, r.wp()),
                ref(terms, r.region())));
      }
    }
    return List.copyOf(cards.values());
  }

  private static @Nullable TermRef ref(Map<Long, TaxonomyTerm> terms, @Nullable Long id) {
    TaxonomyTerm t = id == null ? null : terms.get(id);
    return t == null ? null : TermRef.of(t);
  }

  /** The systems (term ids) a member uses or knows, as their profile says. */
  public Set<Long> systemIds(long memberId) {
    return systemsOf(List.of(memberId)).getOrDefault(memberId, Set.of());
  }

  // --- for mentoring's matching (docs/adr/0408)

  /**
   * The profile terms matching weighs, for members active or not; a member without a profile has
   * none.
   *
   * @param countyId their county (its region counts when {@code regionId} is not given)
   */
  public record MatchingProfile(
      long memberId,
      @Nullable Long backgroundId,
      @Nullable Long workplaceTypeId,
      @Nullable Long regionId,
      @Nullable Long countyId,
      Set<Long> systemIds,
      Set<Long> languageIds) {}

  /** Matching profiles of the members among {@code memberIds} that have a profile or terms. */
  public Map<Long, MatchingProfile> matchingProfiles(Collection<Long> memberIds) {
    Map<Long, MatchingProfile> out = new HashMap<>();
    List<Long> ids = new ArrayList<>(memberIds);
    // In chunks, so a pool of thousands of mentors does not make one huge IN list.
    for (int from = 0; from < ids.size(); from += 1000) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      Map<Long, Set<Long>> systems = new HashMap<>();
      Map<Long, Set<Long>> languages = new HashMap<>();
      for (MemberProfileTerm term : profileTerms.findByMemberIdInAndRelationIn(chunk, MATCHED)) {
        (term.relation() == TermRelation.LANGUAGE ? languages : systems)
            .computeIfAbsent(term.memberId(), k -> new HashSet<>())
            .add(term.termId());
      }
      Set<Long> found = new HashSet<>(systems.keySet());
      found.addAll(languages.keySet());
      for (var p : profiles.matchingFacts(chunk)) {
        long id = p.memberId();
        out.put(
            id,
            new MatchingProfile(
                id,
                p.backgroundId(),
                p.workplaceTypeId(),
                p.regionId(),
                p.countyId(),
                systems.getOrDefault(id, Set.of()),
                languages.getOrDefault(id, Set.of())));
      }
      for (Long id : found) {
        out.computeIfAbsent(
            id,
            k ->
                new MatchingProfile(
                    k,
                    null,
                    null,
                    null,
                    null,
                    systems.getOrDefault(k, Set.of()),
                    languages.getOrDefault(k, Set.of())));
      }
    }
    return out;
  }

  /**
   * Active members with a profile who use or know any of these systems and, when given, work in
   * this kind of workplace; most shared systems first, then by id; at most {@code limit}.
   */
  public List<Long> systemPeers(Set<Long> systemIds, @Nullable Long workplaceTypeId, int limit) {
    if (systemIds.isEmpty()) {
      return List.of();
    }
    // Ranked here, filtered to active members through the directory (members are the accounts
    // module's table, ADR 0024): read a page at a time until the limit is met or none are left.
    List<Long> peers = new ArrayList<>();
    int page = Math.max(limit * 2, 50);
    for (int offset = 0; peers.size() < limit; offset += page) {
      List<Long> ranked = profiles.systemPeers(systemIds, workplaceTypeId, page, offset);
      Map<Long, MemberSummary> known = members.summaries(ranked);
      for (Long id : ranked) {
        MemberSummary m = known.get(id);
        if (m != null && m.status() == MemberStatus.ACTIVE && peers.size() < limit) {
          peers.add(id);
        }
      }
      if (ranked.size() < page) {
        break;
      }
    }
    return peers;
  }
}
