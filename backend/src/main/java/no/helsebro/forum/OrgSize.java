package no.helsebro.forum;

/** Organisation size of an implementation story (employees). */
enum OrgSize {
  SMALL,
  MEDIUM,
  LARGE,
  XLARGE
}
