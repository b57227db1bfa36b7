package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberSummary;
import no.helsebro.profiles.ProfileFacts;

/**
 * Member facts from the accounts module's {@link MemberDirectory} (name, state) and the profiles
 * module's {@link ProfileFacts} (background, workplace, region, systems, languages), each one bulk
 * read for many members (docs/adr/0405, 0408). A county without a region counts as its health
 * region.
 */
@Singleton
class ProfileMemberFacts implements MemberFacts {

  private final MemberDirectory members;
  private final ProfileFacts profiles;
  private final TermCatalog terms;

  ProfileMemberFacts(MemberDirectory members, ProfileFacts profiles, TermCatalog terms) {
    this.members = members;
    this.profiles = profiles;
    this.terms = terms;
  }

  @Override
  public Map<Long, Facts> of(Collection<Long> memberIds) {
    Map<Long, Facts> out = new HashMap<>();
    if (memberIds.isEmpty()) {
      return out;
    }
    Map<Long, MemberSummary> found = members.summaries(memberIds);
    Map<Long, ProfileFacts.MatchingProfile> profileOf = profiles.matchingProfiles(found.keySet());
    for (MemberSummary m : found.values()) {
      ProfileFacts.MatchingProfile p = profileOf.get(m.id());
      Long region = p == null ? null : p.regionId();
      if (region == null && p != null) {
        region = terms.regionOf(p.countyId());
      }
      out.put(
          m.id(),
          new Facts(
              m.id(),
              m.displayName(),
              m.status().name(),
              p == null ? null : p.backgroundId(),
              p == null ? null : p.workplaceTypeId(),
              region,
              p == null ? Set.of() : p.systemIds(),
              p == null ? Set.of() : p.languageIds()));
    }
    return out;
  }

  @Override
  public List<Long> peers(
      Set<Long> systemIds, @Nullable Long workplaceTypeId, Set<Long> excluded, int limit) {
    return profiles.systemPeers(systemIds, workplaceTypeId, limit + excluded.size()).stream()
        .filter(id -> !excluded.contains(id))
        .limit(limit)
        .toList();
  }
}
