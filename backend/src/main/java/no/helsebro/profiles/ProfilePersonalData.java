package no.helsebro.profiles;

import jakarta.inject.Singleton;
import no.helsebro.accounts.PersonalDataContributor;
import no.helsebro.platform.errors.ApiException;

/** The profile's part of the GDPR export. */
@Singleton
class ProfilePersonalData implements PersonalDataContributor {

  private final ProfileService profiles;

  ProfilePersonalData(ProfileService profiles) {
    this.profiles = profiles;
  }

  @Override
  public String section() {
    return "profile";
  }

  @Override
  public Object personalData(long memberId) {
    try {
      return profiles.profile(memberId);
    } catch (ApiException e) {
      // Pending members have no member page yet; their profile is only the organisation.
      return java.util.Map.of();
    }
  }
}
