package no.helsebro.mentoring.matching;

/** What the matching engine weighs. Coordinators tune one weight per factor. */
public enum Factor {
  /** Systems the mentee named that the mentor knows. */
  SYSTEMS,
  /** Topics (expertise) the mentee named that the mentor knows. */
  TOPICS,
  /** The mentee's kind of workplace is one the mentor knows. */
  WORKPLACE_TYPE,
  /** The mentee asked for someone in their own health region and the mentor knows it. */
  REGION,
  /** The mentee asked for someone with their own professional background. */
  BACKGROUND,
  /** The mentor speaks the mentee's preferred language. */
  LANGUAGE,
  /** The shifts the mentee can meet overlap with the mentor's. */
  AVAILABILITY,
  /** Share of the mentor's places that are still free: spreads mentees over mentors. */
  LOAD
}
