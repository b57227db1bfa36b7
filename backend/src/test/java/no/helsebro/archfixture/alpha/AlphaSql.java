package no.helsebro.archfixture.alpha;

/**
 * SQL of alpha that reads beta's tables three times (once split over two literals); a column named
 * like a table and English text are no breach.
 */
final class AlphaSql {
  static final String OWN = "SELECT id FROM alpha_things";
  static final String JOINED =
      "SELECT a.id FROM alpha_things a"
          + " JOIN beta_things b ON b.id = a.id"; // beta_things breaks the rule
  static final String BLOCK =
      """
      SELECT code FROM beta_codes
      """;
  static final String PROSE = "the beta_things of members are theirs, taken FROM";
  static final String COLUMN = "SELECT SUM(beta_flags) FROM alpha_things";
  static final String SPLIT =
      "SELECT a.id FROM alpha_things a LEFT JOIN" + " beta_items b ON b.id = a.id";

  private AlphaSql() {}
}
