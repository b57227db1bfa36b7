package no.helsebro.mentoring;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.profiles.ProfileFacts;

/**
 * Member facts for tests: the real ones, except for members a test gave a profile (background,
 * workplace, region, systems, languages) with {@link #profile}.
 */
@Singleton
@Replaces(ProfileMemberFacts.class)
class OverridableMemberFacts implements MemberFacts {

  private final ProfileMemberFacts real;
  private final Map<Long, Facts> profiles = new ConcurrentHashMap<>();

  OverridableMemberFacts(MemberDirectory members, ProfileFacts profiles, TermCatalog terms) {
    this.real = new ProfileMemberFacts(members, profiles, terms);
  }

  void profile(
      long memberId,
      Long background,
      Long workplaceType,
      Long region,
      Set<Long> systems,
      Set<Long> languages) {
    profiles.put(
        memberId,
        new Facts(memberId, "", "ACTIVE", background, workplaceType, region, systems, languages));
  }

  @Override
  public Map<Long, Facts> of(Collection<Long> memberIds) {
    Map<Long, Facts> out = real.of(memberIds);
    out.replaceAll(
        (id, f) -> {
          Facts p = profiles.get(id);
          return p == null
              ? f
              : new Facts(
                  id,
                  f.displayName(),
                  f.status(),
                  p.background(),
                  p.workplaceType(),
                  p.region(),
                  p.systems(),
                  p.languages());
        });
    return out;
  }

  @Override
  public java.util.List<Long> peers(
      Set<Long> systemIds, Long workplaceTypeId, Set<Long> excluded, int limit) {
    return real.peers(systemIds, workplaceTypeId, excluded, limit);
  }
}
