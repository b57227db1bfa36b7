package no.helsebro;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.annotation.Repository;
import io.micronaut.http.annotation.Controller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module rules of docs/architecture.md as ArchUnit rules over one root package, so that {@link
 * ArchitectureTest} checks the application and {@code ModuleBoundariesTest} proves each rule on
 * small fixture classes. A module is a package directly under the root; {@code platform} is the
 * shared base every module may use; classes directly in the root (the application) belong to none.
 *
 * @param root the root package, e.g. {@code no.helsebro}
 * @param modules per module: its facades (simple names) and the modules it may depend on
 * @param allowed classes (fully qualified) whose breaches of the surface rules are known and
 *     tolerated for now; see {@link ArchitectureTest}
 */
record ModuleBoundaries(String root, Map<String, Module> modules, Set<String> allowed) {

  static final String PLATFORM = "platform";

  /** One row of the module table. */
  record Module(Set<String> facades, Set<String> dependsOn) {}

  ArchRule modulesAreFreeOfCycles() {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  ArchRule thePlatformDependsOnNoFeatureModule() {
    return noClasses()
        .that()
        .resideInAPackage(root + "." + PLATFORM + "..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "belong to a feature module",
                c -> moduleOf(c).filter(m -> !m.equals(PLATFORM)).isPresent()));
  }

  ArchRule controllersAreNotPublic() {
    return classes().that().areAnnotatedWith(Controller.class).should().notBePublic();
  }

  /**
   * A public class in a module's package is its facade, a record (request, response, event), an
   * enum, an interface other than a repository (a port other modules implement), or a command-line
   * entry point. Subpackages (framework-free models) are public for their module only, which the
   * next rule holds.
   */
  ArchRule onlyTheSurfaceIsPublic() {
    return classes()
        .that(
            DescribedPredicate.describe(
                "are public top-level classes of a feature module's package",
                c ->
                    isOwn(c)
                        && c.isTopLevelClass()
                        && c.getModifiers().contains(JavaModifier.PUBLIC)
                        && isModuleRoot(c)
                        && !moduleOf(c).orElseThrow().equals(PLATFORM)))
        .should(
            new ArchCondition<>("be a facade, record, enum, port interface or entry point") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                if (!isSurface(c) && !isEntryPoint(c) && !allowed.contains(c.getName())) {
                  events.add(
                      SimpleConditionEvent.violated(
                          c, c.getName() + " is public but not part of its module's surface"));
                }
              }
            })
        .allowEmptyShould(true);
  }

  /**
   * Another module is reached only through its surface, and only if the module table lists it in
   * the "depends on" column.
   */
  ArchRule modulesUseOnlyTheSurfaceOfTheModulesTheyDependOn() {
    return classes()
        .that(DescribedPredicate.describe("belong to a module", c -> moduleOf(c).isPresent()))
        .should(
            new ArchCondition<>("use only the surface of the modules listed in its row") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                String from = moduleOf(c).orElseThrow();
                Set<String> reported = new LinkedHashSet<>();
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                  JavaClass target = d.getTargetClass().getBaseComponentType();
                  Optional<String> to = moduleOf(target);
                  if (to.isEmpty() || to.get().equals(from)) {
                    continue;
                  }
                  String problem = problem(from, to.get(), target);
                  if (problem != null && reported.add(target.getName() + problem)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            d, c.getName() + " uses " + target.getName() + ": " + problem));
                  }
                }
              }
            });
  }

  List<ArchRule> all() {
    return List.of(
        modulesAreFreeOfCycles(),
        thePlatformDependsOnNoFeatureModule(),
        controllersAreNotPublic(),
        onlyTheSurfaceIsPublic(),
        modulesUseOnlyTheSurfaceOfTheModulesTheyDependOn());
  }

  private String problem(String from, String to, JavaClass target) {
    Module row = modules.get(from);
    if (row == null) {
      return "module " + from + " is missing from the module table";
    }
    if (!to.equals(PLATFORM) && !row.dependsOn().contains(to)) {
      return from + " does not list " + to + " in its \"depends on\" column";
    }
    if (to.equals(PLATFORM)) {
      return null;
    }
    JavaClass outer = outermost(target);
    if (allowed.contains(outer.getName())) {
      return null;
    }
    if (!isModuleRoot(outer)) {
      return "it is inside " + to + " (a subpackage is the module's own)";
    }
    return isSurface(outer) ? null : "it is not part of " + to + "'s surface";
  }

  private boolean isSurface(JavaClass c) {
    if (c.isRecord() || c.isEnum() || c.isAnnotation()) {
      return true;
    }
    if (c.isInterface()) {
      return !c.isMetaAnnotatedWith(Repository.class);
    }
    Module row = modules.get(moduleOf(c).orElse(""));
    return row != null && row.facades().contains(c.getSimpleName());
  }

  private static boolean isEntryPoint(JavaClass c) {
    return c.getMethods().stream()
        .anyMatch(
            m ->
                m.getName().equals("main")
                    && m.getModifiers().contains(JavaModifier.STATIC)
                    && m.getModifiers().contains(JavaModifier.PUBLIC));
  }

  private static JavaClass outermost(JavaClass c) {
    JavaClass outer = c;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer;
  }

  /** Micronaut's generated bean definitions and introspections start with '$'. */
  private static boolean isOwn(JavaClass c) {
    String name = c.getName();
    return !name.substring(name.lastIndexOf('.') + 1).startsWith("$");
  }

  private boolean isModuleRoot(JavaClass c) {
    return c.getPackageName().equals(root + "." + moduleOf(c).orElse(""));
  }

  Optional<String> moduleOf(JavaClass c) {
    String p = c.getPackageName();
    if (!p.startsWith(root + ".")) {
      return Optional.empty();
    }
    String rest = p.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  private static final Pattern ROW =
      Pattern.compile("^\\|\\s*`([a-z]+)`\\s*\\|[^|]*\\|([^|]*)\\|([^|]*)\\|\\s*$");
  private static final Pattern CODE = Pattern.compile("`([A-Za-z]+)`");

  /**
   * The module table of docs/architecture.md: columns package, owns, facades, depends on. In the
   * last column what stands in parentheses explains and is not read; modules are separated by
   * commas or "and".
   */
  static Map<String, Module> readModuleTable(Path architectureMd) throws IOException {
    Map<String, Module> modules = new LinkedHashMap<>();
    for (String line : Files.readAllLines(architectureMd)) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      Set<String> facades = new LinkedHashSet<>();
      Matcher code = CODE.matcher(row.group(2));
      while (code.find()) {
        facades.add(code.group(1));
      }
      Set<String> dependsOn = new LinkedHashSet<>();
      String plain = row.group(3).replaceAll("\\([^)]*\\)", "").replace("`", "");
      for (String part : plain.split(",|\\band\\b")) {
        String name = part.trim();
        if (!name.isEmpty() && !name.equals("nothing of ours")) {
          dependsOn.add(name);
        }
      }
      modules.put(row.group(1), new Module(facades, dependsOn));
    }
    return modules;
  }

  static Path architectureMd() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docs/architecture.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("docs/architecture.md not found above the working directory");
    }
    return dir.resolve("docs/architecture.md");
  }
}
