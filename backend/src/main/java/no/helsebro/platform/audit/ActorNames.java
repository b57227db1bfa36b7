package no.helsebro.platform.audit;

import java.util.Optional;

/**
 * Where the audit log finds the display name of a member who acts. The platform knows no feature
 * module; the accounts module, which owns members, provides the implementation (ADR 0024).
 */
public interface ActorNames {

  /** The member's display name now ("" once deleted); empty for an unknown id. */
  Optional<String> displayName(long memberId);
}
