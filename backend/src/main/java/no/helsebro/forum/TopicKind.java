package no.helsebro.forum;

/** The four kinds of forum topic. */
public enum TopicKind {
  /** Asks for help; one reply may be accepted as the answer, which marks it solved. */
  QUESTION,
  DISCUSSION,
  /** An implementation story with structured sections and dated follow-ups. */
  STORY,
  /** A training resource with audiences, a format, systems and a link. */
  TRAINING
}
