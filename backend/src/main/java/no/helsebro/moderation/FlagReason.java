package no.helsebro.moderation;

/** Why a member flags a post. */
public enum FlagReason {
  SPAM,
  PATIENT_DATA,
  OFFENSIVE,
  OFF_TOPIC,
  OTHER
}
