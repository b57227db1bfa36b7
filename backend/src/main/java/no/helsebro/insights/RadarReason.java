package no.helsebro.insights;

/** Why a member is on the isolation radar. */
public enum RadarReason {
  /** Their questions got no answer. */
  UNANSWERED,
  /** Nobody else in their health region. */
  NO_PEER_IN_REGION,
  /** Nobody else on one of their systems. */
  NO_PEER_ON_SYSTEM,
  /** The only one on a system in their region ("a group of one"): offered the nearest groups. */
  ALONE_ON_SYSTEM_IN_REGION,
  /** Asked for a mentor and has none. */
  NO_MENTOR,
  /** Their questions keep reaching the last rung of the ladder (the coordinators). */
  LADDER_TOP,
  /** Posted on one day only and has been gone since. */
  ACTIVE_ONCE
}
