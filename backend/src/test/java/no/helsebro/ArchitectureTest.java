package no.helsebro;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of docs/architecture.md ("Modules"), checked on the application's classes: no
 * cycles between modules; the platform depends on no feature module; controllers are
 * package-private; a module's public surface is its facades (the table's "facades" column), its
 * records (requests, responses, events), enums and port interfaces; a module uses only the modules
 * its row lists under "depends on", and only their surface. The table is read from the document
 * itself, so the two cannot drift apart. {@code ModuleBoundariesTest} proves each rule fails on a
 * violation.
 */
class ArchitectureTest {

  static JavaClasses application;
  static ModuleBoundaries boundaries;

  @BeforeAll
  static void importTheApplication() throws IOException {
    application =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.helsebro");
    boundaries =
        new ModuleBoundaries(
            "no.helsebro",
            ModuleBoundaries.readModuleTable(ModuleBoundaries.architectureMd()),
            Set.of());
  }

  @Test
  void everyModulePackageHasARowInTheModuleTable() {
    Set<String> packages =
        application.stream()
            .map(boundaries::moduleOf)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    assertThat(boundaries.modules().keySet()).containsExactlyInAnyOrderElementsOf(packages);
  }

  @Test
  void modulesAreFreeOfCycles() {
    boundaries.modulesAreFreeOfCycles().check(application);
  }

  @Test
  void thePlatformDependsOnNoFeatureModule() {
    boundaries.thePlatformDependsOnNoFeatureModule().check(application);
  }

  @Test
  void controllersAreNotPublic() {
    boundaries.controllersAreNotPublic().check(application);
  }

  @Test
  void onlyTheSurfaceOfAModuleIsPublic() {
    boundaries.onlyTheSurfaceIsPublic().check(application);
  }

  @Test
  void aModuleUsesOnlyTheSurfaceOfTheModulesItsRowLists() {
    boundaries.modulesUseOnlyTheSurfaceOfTheModulesTheyDependOn().check(application);
  }
}
