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
    assertThat(policy.problem("helsebro123456", "kari@ahus.no")).hasValue("password-common");
  }

  @Test
  void theAddressItselfIsNotAPassword() {
    assertThat(policy.problem("kari.nordmann1", "kari.nordmann@ahus.no"))
        .hasValue("password-common");
  }

  @Test
  void noCompositionRulesApply() {
    assertThat(policy.problem("alle små bokstaver uten tall", "kari@ahus.no")).isEmpty();
  }
}
