package no.helsebro;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ModuleBoundaries} reports a breach: the fixture classes in {@code
 * no.helsebro.archfixture} break each one once.
 */
class ModuleBoundariesTest {

  static final String ROOT = "no.helsebro.archfixture";
  static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);
  static final ModuleBoundaries RULES =
      new ModuleBoundaries(
          ROOT,
          Map.of(
              "platform", new ModuleBoundaries.Module(Set.of(), Set.of()),
              "alpha", new ModuleBoundaries.Module(Set.of("AlphaFacade"), Set.of("platform")),
              "beta", new ModuleBoundaries.Module(Set.of(), Set.of("platform", "alpha"))),
          Set.of());

  static List<String> breaches(ArchRule rule) {
    return rule.evaluate(FIXTURE).getFailureReport().getDetails();
  }

  @Test
  void aCycleBetweenModulesIsReported() {
    assertThat(String.join("\n", breaches(RULES.modulesAreFreeOfCycles())))
        .contains("alpha")
        .contains("beta");
  }

  @Test
  void thePlatformUsingAFeatureModuleIsReported() {
    assertThat(breaches(RULES.thePlatformDependsOnNoFeatureModule()))
        .anyMatch(d -> d.contains(ROOT + ".platform.Leaky") && d.contains("AlphaFacade"));
  }

  @Test
  void aPublicControllerIsReported() {
    assertThat(breaches(RULES.controllersAreNotPublic()))
        .singleElement()
        .asString()
        .contains("PublicController");
  }

  @Test
  void aPublicClassOutsideTheSurfaceIsReportedAndTheSurfaceIsNot() {
    assertThat(breaches(RULES.onlyTheSurfaceIsPublic()))
        .anyMatch(d -> d.contains(ROOT + ".alpha.AlphaHelper is public"))
        .noneMatch(d -> d.contains("AlphaFacade") || d.contains("BetaEvent"));
  }

  @Test
  void usingAnotherModulesInternalsOrAnUnlistedModuleIsReported() {
    List<String> breaches = breaches(RULES.modulesUseOnlyTheSurfaceOfTheModulesTheyDependOn());
    assertThat(breaches)
        .anyMatch(d -> d.contains("uses " + ROOT + ".alpha.AlphaHelper: it is not part of alpha"))
        .anyMatch(d -> d.contains("uses " + ROOT + ".alpha.model.AlphaRule: it is inside alpha"))
        .anyMatch(d -> d.contains("alpha does not list beta"))
        .noneMatch(d -> d.contains("BetaUser uses " + ROOT + ".alpha.AlphaFacade"));
  }

  @Test
  void theModuleTableIsReadFromTheDocument() throws Exception {
    Map<String, ModuleBoundaries.Module> table =
        ModuleBoundaries.readModuleTable(ModuleBoundaries.architectureMd());
    assertThat(table.get("platform").dependsOn()).isEmpty();
    assertThat(table.get("moderation").dependsOn())
        .containsExactlyInAnyOrder("platform", "accounts", "forum");
    assertThat(table.get("notifications").dependsOn()).contains("mentoring", "moderation");
    assertThat(table.get("accounts").facades()).containsExactly("MemberDirectory");
  }
}
