package no.helsebro.profiles;

/** The vocabularies coordinators curate. Counties have their health region as parent. */
public enum TaxonomyKind {
  SYSTEM,
  WORKPLACE_TYPE,
  BACKGROUND,
  REGION,
  COUNTY,
  AUDIENCE,
  EXPERTISE,
  LANGUAGE
}
