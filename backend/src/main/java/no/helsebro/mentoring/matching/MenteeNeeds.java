package no.helsebro.mentoring.matching;

import java.util.Set;

/**
 * What a mentee is looking for. Ids are taxonomy term ids; 0 means "not stated".
 *
 * @param menteeId member id of the mentee (never matched with themself)
 * @param systems systems they want help with
 * @param topics topics they want help with
 * @param workplaceType the kind of workplace they work in
 * @param region their health region
 * @param background their professional background
 * @param language the language they prefer
 * @param availability {@link Shift} mask of when they can meet
 * @param sameRegion they want a mentor who knows their region
 * @param sameBackground they want a mentor with their professional background
 */
public record MenteeNeeds(
    long menteeId,
    Set<Long> systems,
    Set<Long> topics,
    long workplaceType,
    long region,
    long background,
    long language,
    int availability,
    boolean sameRegion,
    boolean sameBackground) {

  public MenteeNeeds {
    systems = Set.copyOf(systems);
    topics = Set.copyOf(topics);
  }
}
