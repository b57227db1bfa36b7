package no.helsebro;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL names only its own tables (docs/architecture.md, "Who owns which table"; ADR
 * 0024). The fixture in {@code no.helsebro.archfixture} proves the check finds a breach.
 */
class SqlOwnershipTest {

  static final Path MAIN = Path.of("src/main/java/no/helsebro");
  static final Path FIXTURE = Path.of("src/test/java/no/helsebro/archfixture");

  static Map<String, String> owners() throws Exception {
    return SqlOwnership.readOwners(ModuleBoundaries.architectureMd());
  }

  @Test
  void everyTableTheMigrationsCreateHasExactlyOneOwner() throws Exception {
    assertThat(owners().keySet())
        .containsExactlyInAnyOrderElementsOf(
            SqlOwnership.migratedTables(Path.of("src/main/resources/db/migration")));
  }

  @Test
  void noModulesSqlNamesAnotherModulesTable() throws Exception {
    List<String> breaches =
        SqlOwnership.breaches(MAIN, owners()).stream()
            .map(b -> b.key() + " (owned by " + b.owner() + ")")
            .toList();
    assertThat(breaches).isEmpty();
  }

  @Test
  void sqlNamingAnotherModulesTableIsFound() {
    Map<String, String> owners =
        Map.of(
            "alpha_things",
            "alpha",
            "beta_things",
            "beta",
            "beta_codes",
            "beta",
            "beta_items",
            "beta",
            "beta_flags",
            "beta");
    assertThat(SqlOwnership.breaches(FIXTURE, owners))
        .extracting(SqlOwnership.Breach::key)
        .containsExactlyInAnyOrder(
            "alpha/AlphaSql.java: beta_things",
            "alpha/AlphaSql.java: beta_codes",
            "alpha/AlphaSql.java: beta_items");
  }

  @Test
  void literalsAreReadWithoutComments() {
    assertThat(
            SqlOwnership.literals(
                "// \"SELECT a FROM x\"\n/* \"y\" */ String s = \"a\\\"b\" + '\"' + \"\"\"\n  c\n  \"\"\";"))
        .containsExactly("a\"b", "\n  c\n  ");
  }
}
