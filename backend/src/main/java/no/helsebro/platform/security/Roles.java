package no.helsebro.platform.security;

/**
 * The roles an access token carries. A member in state pending or suspended gets only {@link
 * #PENDING} or {@link #SUSPENDED}, so every endpoint secured for {@link #ADVISOR} refuses them
 * without further checks.
 */
public final class Roles {

  /** Every active member. */
  public static final String ADVISOR = "ADVISOR";

  /** An active member who has opted in to mentor. */
  public static final String MENTOR = "MENTOR";

  /** Moderates, approves members, curates taxonomies. */
  public static final String COORDINATOR = "COORDINATOR";

  /** Signed in, e-mail confirmed, waiting for a coordinator's approval. */
  public static final String PENDING = "PENDING";

  /** Signed in while suspended: may read their suspension and export or delete their data. */
  public static final String SUSPENDED = "SUSPENDED";

  private Roles() {}
}
