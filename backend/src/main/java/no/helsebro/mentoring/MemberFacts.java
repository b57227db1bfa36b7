package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What mentoring needs to know about members from their profiles: name, state, professional
 * background, workplace type, region, systems and languages. A port of our own so the module does
 * not depend on how profiles are stored; {@link ProfileMemberFacts} adapts it.
 */
interface MemberFacts {

  /**
   * One member's facts. Ids are taxonomy term ids; null or empty when the profile does not say.
   *
   * @param region the health region (from the county when only that is given)
   */
  record Facts(
      long memberId,
      String displayName,
      String status,
      @Nullable Long background,
      @Nullable Long workplaceType,
      @Nullable Long region,
      Set<Long> systems,
      Set<Long> languages) {

    public Facts {
      systems = Set.copyOf(systems);
      languages = Set.copyOf(languages);
    }

    boolean active() {
      return "ACTIVE".equals(status);
    }
  }

  /** Facts for the members that exist among {@code memberIds}. */
  Map<Long, Facts> of(Collection<Long> memberIds);

  /**
   * Active members who use or know any of these systems and, when given, work in this kind of
   * workplace; most shared systems first, at most {@code limit}, none of {@code excluded}.
   */
  List<Long> peers(
      Set<Long> systemIds, @Nullable Long workplaceTypeId, Set<Long> excluded, int limit);

  default Optional<Facts> of(long memberId) {
    return Optional.ofNullable(of(Set.of(memberId)).get(memberId));
  }
}
