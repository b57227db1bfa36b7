package no.helsebro.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreferredLanguageTest {

  @Test
  void aBrowserThatPrefersNynorskGetsNynorsk() {
    assertThat(PreferredLanguage.of("nn-NO,nn;q=0.9,nb;q=0.8,en;q=0.5")).isEqualTo("nn");
  }

  @Test
  void theBareNorwegianTagMeansBokmaal() {
    assertThat(PreferredLanguage.of("no,en;q=0.5")).isEqualTo("nb");
  }

  @Test
  void theWeightsDecideNotTheOrder() {
    assertThat(PreferredLanguage.of("en;q=0.4,nn;q=0.9")).isEqualTo("nn");
  }

  @Test
  void languagesHelsebroDoesNotWriteAreSkipped() {
    assertThat(PreferredLanguage.of("sv-SE,de;q=0.9,en-GB;q=0.8")).isEqualTo("en");
  }

  @Test
  void aRefusedLanguageIsNotChosen() {
    assertThat(PreferredLanguage.of("nn;q=0,en;q=0.5")).isEqualTo("en");
  }

  @Test
  void noHeaderOrAnUnreadableOneMeansBokmaal() {
    assertThat(PreferredLanguage.of(null)).isEqualTo("nb");
    assertThat(PreferredLanguage.of("pl")).isEqualTo("nb");
    assertThat(PreferredLanguage.of(";;;q=x")).isEqualTo("nb");
  }
}
