package no.helsebro;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of docs/architecture.md: modules do not form cycles, and the platform
 * (database, security, errors, web, mail) knows nothing of the feature modules built on it.
 */
@AnalyzeClasses(packages = "no.helsebro", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule modulesAreFreeOfCycles =
      slices().matching("no.helsebro.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule thePlatformDependsOnNoFeatureModule =
      noClasses()
          .that()
          .resideInAPackage("no.helsebro.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "no.helsebro.accounts..",
              "no.helsebro.profiles..",
              "no.helsebro.forum..",
              "no.helsebro.search..",
              "no.helsebro.mentoring..",
              "no.helsebro.notifications..",
              "no.helsebro.moderation..",
              "no.helsebro.groups..",
              "no.helsebro.insights..");

  @ArchTest
  static final ArchRule controllersAreNotPublic =
      noClasses()
          .that()
          .areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
          .should()
          .bePublic()
          .allowEmptyShould(true);
}
