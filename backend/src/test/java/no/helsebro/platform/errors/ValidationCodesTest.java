package no.helsebro.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every field error the API can send is one the front end can say, in bokmål and English
 * (docs/adr/0008). It walks the constraints on every class of the application and the field errors
 * written by hand in its sources, and looks each code up in the front end's translations.
 */
class ValidationCodesTest {

  private static final Path LOCALES = Path.of("..", "frontend", "src", "locales");
  private static final Path SOURCES = Path.of("src", "main", "java");

  private static JavaClasses classes;
  private static final List<JavaAnnotation<?>> constraints = new ArrayList<>();

  @BeforeAll
  static void importApplication() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.helsebro");
    for (JavaClass c : classes) {
      for (JavaField f : c.getFields()) {
        f.getAnnotations().stream()
            .filter(ValidationCodesTest::isConstraint)
            .forEach(constraints::add);
      }
      for (JavaCodeUnit unit : c.getCodeUnits()) {
        unit.getAnnotations().stream()
            .filter(ValidationCodesTest::isConstraint)
            .forEach(constraints::add);
        for (JavaParameter p : unit.getParameters()) {
          p.getAnnotations().stream()
              .filter(ValidationCodesTest::isConstraint)
              .forEach(constraints::add);
        }
      }
    }
  }

  private static boolean isConstraint(JavaAnnotation<?> a) {
    return a.getRawType().getPackageName().equals("jakarta.validation.constraints");
  }

  @Test
  void theWalkFindsTheConstraintsOfTheApi() {
    Set<String> used = new TreeSet<>();
    constraints.forEach(a -> used.add(a.getRawType().getSimpleName()));
    assertThat(used).contains("NotBlank", "Size", "Pattern", "Min", "Max");
  }

  @Test
  void everyConstraintTheApiUsesHasACode() {
    Set<String> without = new TreeSet<>();
    for (JavaAnnotation<?> a : constraints) {
      boolean known =
          ConstraintViolationHandler.CODES.keySet().stream()
              .anyMatch(k -> k.getName().equals(a.getRawType().getName()));
      if (!known) {
        without.add(a.getRawType().getName() + " on " + a.getOwner().getDescription());
      }
    }
    assertThat(without).as("constraints the problem handler has no code for").isEmpty();
  }

  @Test
  void everyPatternNamesItsFormat() {
    Set<String> unnamed = new TreeSet<>();
    for (JavaAnnotation<?> a : patterns()) {
      String message = String.valueOf(a.get("message").orElse(""));
      if (!ConstraintViolationHandler.FORMAT_NAME.matcher(message).matches()) {
        unnamed.add(a.getOwner().getDescription() + ": message = " + message);
      }
    }
    assertThat(unnamed).as("@Pattern without message = \"<format name>\"").isEmpty();
  }

  @Test
  void everyFieldErrorCodeIsTranslatedInBokmalNynorskAndEnglish() throws IOException {
    Set<String> keys = new TreeSet<>();
    ConstraintViolationHandler.CODES.values().forEach(codes -> codes.forEach(keys::add));
    // A format's text is per format; one without a name gets format.other.
    keys.remove("format");
    keys.add("format.other");
    keys.add("invalid");
    for (JavaAnnotation<?> a : patterns()) {
      keys.add("format." + a.get("message").orElse(""));
    }
    keys.addAll(handWrittenCodes());
    for (String language : List.of("nb", "nn", "en")) {
      JsonNode validation =
          JsonMapper.createDefault()
              .readValue(
                  Files.readAllBytes(LOCALES.resolve(language).resolve("common.json")),
                  JsonNode.class)
              .get("validation");
      Set<String> missing = new TreeSet<>();
      for (String key : keys) {
        JsonNode text = validation;
        for (String part : key.split("\\.")) {
          text = text == null ? null : text.get(part);
        }
        if (text == null || !text.isString() || text.getStringValue().isBlank()) {
          missing.add(key);
        }
      }
      assertThat(missing).as("validation.* texts missing in %s/common.json", language).isEmpty();
    }
  }

  @Test
  void handWrittenFieldErrorsAllHaveACode() throws IOException {
    assertThat(handWrittenCodes()).contains("slug-taken", "required", "url", "patient-data");
  }

  private List<JavaAnnotation<?>> patterns() {
    return constraints.stream()
        .filter(a -> a.getRawType().getSimpleName().equals("Pattern"))
        .toList();
  }

  /**
   * The codes of field errors written by hand: the second argument of {@code
   * ApiException.invalidField/invalidValue} and the third of {@code new Problem.FieldError}. A
   * field error without a code fails the test.
   */
  static Set<String> handWrittenCodes() throws IOException {
    Set<String> codes = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        Matcher m =
            java.util.regex.Pattern.compile(
                    "(ApiException\\.invalid(?:Field|Value)|new\\s+(?:[\\w.]+\\.)?Problem\\.FieldError)\\(")
                .matcher(text);
        while (m.find()) {
          List<String> args = arguments(text, m.end());
          int index = m.group(1).startsWith("ApiException") ? 1 : 2;
          String arg = args.size() > index ? args.get(index).strip() : "";
          if (file.endsWith("ApiException.java")
              || file.endsWith("Problem.java")
              || file.endsWith("ConstraintViolationHandler.java")) {
            continue;
          }
          if (arg.matches("\"[a-z]+(-[a-z]+)*\"")) {
            codes.add(arg.substring(1, arg.length() - 1));
          } else if (file.endsWith("RegistrationService.java") && arg.equals("code")) {
            // The password policy's verdicts: every code it can give.
            codes.addAll(passwordPolicyCodes());
          } else {
            problems.add(file.getFileName() + ": " + String.join(", ", args));
          }
        }
      }
    }
    assertThat(problems).as("field errors whose code is not a literal").isEmpty();
    return codes;
  }

  private static Set<String> passwordPolicyCodes() throws IOException {
    Set<String> codes = new TreeSet<>();
    Matcher m =
        java.util.regex.Pattern.compile("\"(password-[a-z]+(-[a-z]+)*)\"")
            .matcher(Files.readString(SOURCES.resolve("no/helsebro/accounts/PasswordPolicy.java")));
    while (m.find()) {
      codes.add(m.group(1));
    }
    assertThat(codes).isNotEmpty();
    return codes;
  }

  /** The top-level arguments of a call whose opening parenthesis ends at {@code from}. */
  private static List<String> arguments(String text, int from) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    StringBuilder current = new StringBuilder();
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        current.append(c);
        if (c == '\\') {
          current.append(text.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        }
        continue;
      }
      if (c == '"') {
        quoted = true;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          args.add(current.toString());
          return args;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    return args;
  }
}
