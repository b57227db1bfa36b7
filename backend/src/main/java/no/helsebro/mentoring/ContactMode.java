package no.helsebro.mentoring;

/** How a mentor prefers to meet their mentees. */
public enum ContactMode {
  /** Messages in the mentorship space in Helsebro. */
  MESSAGES,
  VIDEO,
  PHONE
}
