package no.helsebro.insights;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberSummary;
import no.helsebro.groups.GroupView;
import no.helsebro.groups.PeerGroups;
import no.helsebro.mentoring.MentoringFacts;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.profiles.ProfileFacts;
import no.helsebro.profiles.TaxonomyService;
import no.helsebro.profiles.TaxonomyTerm;

/**
 * What a coordinator can offer a member on the radar. Nearest groups: groups with members who share
 * one of the member's systems, the nearest first — nearness is the distance between health regions
 * in the taxonomy's order (south to north), then how many share a system (docs/adr/0552).
 */
@Singleton
class RadarOptions {

  private static final int SHOWN = 5;

  private final IsolationRadar radar;
  private final PeerGroups groups;
  private final MentoringFacts mentoring;
  private final MemberDirectory directory;
  private final TaxonomyService taxonomies;

  RadarOptions(
      IsolationRadar radar,
      PeerGroups groups,
      MentoringFacts mentoring,
      MemberDirectory directory,
      TaxonomyService taxonomies) {
    this.radar = radar;
    this.groups = groups;
    this.mentoring = mentoring;
    this.directory = directory;
    this.taxonomies = taxonomies;
  }

  RadarOptionsView options(long memberId, long coordinatorId) {
    Map<Long, ProfileFacts.MemberFacts> facts = radar.facts();
    ProfileFacts.MemberFacts member = facts.get(memberId);
    if (member == null) {
      throw ApiException.notFound("Member");
    }
    Set<Long> regionIds = new HashSet<>();
    facts
        .values()
        .forEach(
            f -> {
              if (f.regionId() != null) regionIds.add(f.regionId());
            });
    Map<Long, TaxonomyTerm> regions = taxonomies.byIds(regionIds);
    List<RadarOptionsView.NearestGroup> nearest = new ArrayList<>();
    for (GroupView g : groups.all(coordinatorId)) {
      int peers = 0;
      Integer distance = null;
      for (Long other : groups.memberIds(g.id())) {
        ProfileFacts.MemberFacts o = facts.get(other);
        if (o == null || other == memberId || !shares(member, o)) {
          continue;
        }
        peers++;
        Integer d = distance(regions, member.regionId(), o.regionId());
        if (d != null && (distance == null || d < distance)) {
          distance = d;
        }
      }
      if (peers > 0) {
        nearest.add(
            new RadarOptionsView.NearestGroup(
                g.id(), g.nameNb(), g.nameEn(), g.memberCount(), peers, distance));
      }
    }
    nearest.sort(
        Comparator.comparing(
                (RadarOptionsView.NearestGroup n) ->
                    n.distance() == null ? Integer.MAX_VALUE : n.distance())
            .thenComparing(n -> -n.peers()));
    List<MentoringFacts.AvailableMentor> available =
        mentoring.availableMentors().stream().filter(m -> m.mentorId() != memberId).toList();
    Map<Long, MemberSummary> names =
        directory.summaries(
            available.stream().map(MentoringFacts.AvailableMentor::mentorId).toList());
    List<RadarOptionsView.MentorOption> mentors =
        available.stream()
            .filter(m -> names.containsKey(m.mentorId()))
            .map(
                m ->
                    new RadarOptionsView.MentorOption(
                        m.mentorId(),
                        names.get(m.mentorId()).displayName(),
                        (int) m.termIds().stream().filter(member.systemIds()::contains).count(),
                        m.freePlaces()))
            .sorted(
                Comparator.comparing((RadarOptionsView.MentorOption o) -> -o.sharedSystems())
                    .thenComparing(o -> -o.freePlaces())
                    .thenComparing(RadarOptionsView.MentorOption::displayName))
            .limit(SHOWN)
            .toList();
    return new RadarOptionsView(nearest.stream().limit(SHOWN).toList(), mentors);
  }

  private static boolean shares(ProfileFacts.MemberFacts a, ProfileFacts.MemberFacts b) {
    for (Long s : a.systemIds()) {
      if (b.systemIds().contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static Integer distance(Map<Long, TaxonomyTerm> regions, Long a, Long b) {
    TaxonomyTerm ra = a == null ? null : regions.get(a);
    TaxonomyTerm rb = b == null ? null : regions.get(b);
    if (ra == null || rb == null) {
      return null;
    }
    return Math.abs(ra.sortOrder() - rb.sortOrder());
  }
}
