package no.helsebro.profiles;

/** How a member relates to a term in {@code member_profile_terms}. */
enum TermRelation {
  SYSTEM_USED,
  SYSTEM_KNOWN,
  EXPERTISE,
  LANGUAGE
}
