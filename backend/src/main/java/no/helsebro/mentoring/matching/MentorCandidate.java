package no.helsebro.mentoring.matching;

import java.util.Set;

/**
 * A mentor as the engine sees them. Sets hold taxonomy term ids and already combine what the mentor
 * declared as expertise with their own profile (their systems, workplace type and region).
 *
 * @param id member id of the mentor
 * @param systems systems they know
 * @param topics expertise topics
 * @param workplaceTypes kinds of workplace they know
 * @param regions health regions they know
 * @param background their professional background, 0 if unknown
 * @param languages languages they mentor in
 * @param availability {@link Shift} mask of when they can meet
 * @param capacity most active mentees they take
 * @param activeMentees active mentees now
 * @param paused true while they take no new mentees
 */
public record MentorCandidate(
    long id,
    Set<Long> systems,
    Set<Long> topics,
    Set<Long> workplaceTypes,
    Set<Long> regions,
    long background,
    Set<Long> languages,
    int availability,
    int capacity,
    int activeMentees,
    boolean paused) {

  public MentorCandidate {
    systems = Set.copyOf(systems);
    topics = Set.copyOf(topics);
    workplaceTypes = Set.copyOf(workplaceTypes);
    regions = Set.copyOf(regions);
    languages = Set.copyOf(languages);
  }

  /** Free places: what is left of the capacity. */
  public int freePlaces() {
    return Math.max(0, capacity - activeMentees);
  }

  /** Takes new mentees now: not paused, and a place is free. */
  public boolean available() {
    return !paused && freePlaces() > 0;
  }
}
