package no.helsebro.archfixture.alpha;

/** SQL of alpha that reads beta's tables twice and its own once; English text is no SQL. */
final class AlphaSql {
  static final String OWN = "SELECT id FROM alpha_things";
  static final String JOINED =
      "SELECT a.id FROM alpha_things a"
          + " JOIN beta_things b ON b.id = a.id"; // beta_things breaks the rule
  static final String BLOCK =
      """
      SELECT code FROM beta_codes
      """;
  static final String PROSE = "the beta_things of members are theirs";

  private AlphaSql() {}
}
