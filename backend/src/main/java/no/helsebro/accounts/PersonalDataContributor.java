package no.helsebro.accounts;

/**
 * Adds a module's section to a member's GDPR export ({@code GET /api/v1/me/export}). Implement it
 * as a singleton bean in your module; the export calls every contributor and puts each result under
 * its {@link #section()} name. Return everything your module holds about the member — their own
 * content and settings — as plain serialisable values (records with {@code @Serdeable}, maps,
 * lists, strings, numbers, booleans, {@code Instant}s). Never include other members' personal data
 * beyond what the member themselves could see.
 */
public interface PersonalDataContributor {

  /** The key of this module's section in the export, e.g. {@code "forum"}. */
  String section();

  /** The member's data held by this module. */
  Object personalData(long memberId);
}
