package no.helsebro;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md tells a newcomer which class is behind an endpoint ("Finding the class
 * behind an endpoint" and the forum's table in "The forum by use case"). This keeps the two tables
 * true: every controller is named in the document, and every class the tables name exists. A
 * renamed or new controller, or a service that moved, fails here until the map says so.
 */
class EndpointMapTest {

  private static final Pattern CODE = Pattern.compile("`([A-Za-z.]+)`");

  static JavaClasses application;
  static List<String> mapRows;
  static String document;

  @BeforeAll
  static void readTheApplicationAndTheMap() throws IOException {
    application =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.helsebro");
    List<String> lines = Files.readAllLines(ModuleBoundaries.architectureMd());
    document = String.join("\n", lines);
    mapRows = new ArrayList<>();
    boolean inMap = false;
    for (String line : lines) {
      if (line.startsWith("#")) {
        inMap =
            line.equals("### Finding the class behind an endpoint")
                || line.equals("### The forum by use case (issue 15)");
      } else if (inMap && line.startsWith("| `")) {
        mapRows.add(line);
      }
    }
  }

  @Test
  void theMapHasRowsForEveryModuleWithEndpoints() {
    assertThat(mapRows).hasSizeGreaterThan(30);
  }

  @Test
  void everyControllerIsNamedInTheDocument() {
    List<String> controllers =
        application.stream()
            .filter(c -> c.isAnnotatedWith(Controller.class))
            .map(JavaClass::getSimpleName)
            .filter(name -> !name.equals("SpaFallbackController"))
            .toList();
    assertThat(controllers).hasSizeGreaterThan(25);
    assertThat(controllers).allSatisfy(name -> assertThat(document).contains("`" + name + "`"));
  }

  @Test
  void everyClassTheMapNamesExists() {
    Set<String> classes =
        application.stream().map(JavaClass::getSimpleName).collect(Collectors.toSet());
    List<String> named = new ArrayList<>();
    for (String row : mapRows) {
      // The first column is the path (or the endpoint); the class names stand after it.
      String classesPart = row.substring(row.indexOf('|', 2));
      Matcher code = CODE.matcher(classesPart);
      while (code.find()) {
        String name = code.group(1);
        if (Character.isUpperCase(name.charAt(name.lastIndexOf('.') + 1))) {
          named.add(name.substring(name.lastIndexOf('.') + 1));
        }
      }
    }
    assertThat(named).hasSizeGreaterThan(40);
    assertThat(named).allSatisfy(name -> assertThat(classes).contains(name));
  }
}
