package no.helsebro.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = PasswordPolicy.withBundledList();

  @Test
  void aLongPhraseOfOnesOwnIsAccepted() {
    assertThat(policy.problem("kaffe på nattevakt klokka tre", "kari@ahus.no")).isEmpty();
  }

  @Test
  void elevenCharactersAreTooFew() {
    assertThat(policy.problem("abcdefghijk", "kari@ahus.no")).hasValue("password-too-short");
  }

  @Test
  void listedPasswordsAreRefusedWhateverTheirCase() {
    assertThat(policy.problem("QAZWSXEDCRFV", "kari@ahus.no")).hasValue("password-common");
  }

  @Test
  void aListedWordPaddedWithDigitsIsRefused() {
    assertThat(policy.problem("sunshine2024!!", "kari@ahus.no")).hasValue("password-common");
  }

  @Test
  void theServicesOwnNamePaddedWithDigitsIsPersonal() {
    assertThat(policy.problem("helsebro123456", "kari@ahus.no")).hasValue("password-personal");
  }

  @Test
  void theAddressItselfIsNotAPassword() {
    assertThat(policy.problem("kari.nordmann1", "kari.nordmann@ahus.no"))
        .hasValue("password-personal");
  }

  @Test
  void aWordSaidTwiceOrMoreIsRefusedAsARepeat() {
    assertThat(policy.problem("passordpassord", "kari@ahus.no")).hasValue("password-repeated");
    assertThat(policy.problem("sommer sommer sommer", "kari@ahus.no"))
        .hasValue("password-repeated");
    assertThat(policy.problem("abc123abc123", "kari@ahus.no")).hasValue("password-repeated");
  }

  @Test
  void theMembersNameAndAddressWithLittleElseArePersonal() {
    String email = "kari.nordmann@ous-hf.no";
    assertThat(policy.problem("KariNordmann2026!", "Kari Nordmann", email))
        .hasValue("password-personal");
    assertThat(policy.problem("nordmann-kari-77", "Kari Nordmann", email))
        .hasValue("password-personal");
    assertThat(policy.problem("ous-hf helsebro 1", "Kari Nordmann", email))
        .hasValue("password-personal");
    assertThat(policy.problem("helsebro passord!", "Kari Nordmann", email))
        .hasValue("password-personal");
    // A listed password behind the name: "kari" + "sunshine".
    assertThat(policy.problem("karisunshine99", "Kari Nordmann", email))
        .hasValue("password-personal");
  }

  @Test
  void theNameInsideALongPhraseOfOnesOwnIsFine() {
    assertThat(
            policy.problem(
                "kari drikker kaffe på nattevakt", "Kari Nordmann", "kari.nordmann@ous-hf.no"))
        .isEmpty();
    assertThat(policy.problem("et langt og eget passord 42", "Kari Nordmann", "k@ous-hf.no"))
        .isEmpty();
  }

  @Test
  void noCompositionRulesApply() {
    assertThat(policy.problem("alle små bokstaver uten tall", "kari@ahus.no")).isEmpty();
  }
}
