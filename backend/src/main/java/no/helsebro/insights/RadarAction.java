package no.helsebro.insights;

/** What a coordinator can do for a member on the radar. */
public enum RadarAction {
  /** A welcome message by e-mail. */
  WELCOME,
  /** Point the member to a peer group (e-mail with its link). */
  GROUP,
  /** Ask a mentor with free places to reach out (e-mail to the mentor). */
  MENTOR
}
