package no.helsebro.accounts;

/** The life of a membership. */
public enum MemberStatus {
  /** Registered, e-mail not yet confirmed. */
  PENDING_EMAIL,
  /** E-mail confirmed, waiting for a coordinator (the domain is not on the allow-list). */
  PENDING_APPROVAL,
  ACTIVE,
  /** Suspended until a date, with a reason shown to the member. */
  SUSPENDED,
  /** Personal data removed; the row stays so that posts read "deleted member". */
  DELETED
}
