package no.helsebro;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.helsebro.platform.guard.FreeText;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 6, as a class: every request body is enumerated from the controllers, and every
 * string in it is either free text through the patient-data guard ({@link FreeText}) or listed
 * below with the reason it is not. A new string field that is neither fails this test; a field that
 * is annotated is proved to be checked by running the validator on a request that holds a national
 * identity number in every free-text field.
 */
@MicronautTest
class FreeTextCoverageTest {

  /** Strings in requests that are not text others read, and why. */
  static final Map<String, String> NOT_FREE_TEXT =
      Map.ofEntries(
          Map.entry("ChangePasswordRequest.currentPassword", "a secret, never shown"),
          Map.entry("ChangePasswordRequest.newPassword", "a secret, never shown"),
          Map.entry("CodeRequest.code", "a one-time code, never stored as written"),
          Map.entry("EmailDomainRequest.domain", "a host name, limited by its pattern"),
          Map.entry("NewPasswordRequest.token", "a mailed token, compared as a hash"),
          Map.entry("NewPasswordRequest.password", "a secret, never shown"),
          Map.entry("PasswordResetRequest.email", "an address, limited by MailAddress.PATTERN"),
          Map.entry("RegisterRequest.email", "an address, limited by MailAddress.PATTERN"),
          Map.entry("RegisterRequest.password", "a secret, never shown"),
          Map.entry("RegisterRequest.language", "nb or en"),
          Map.entry("SignInRequest.email", "compared with stored addresses, never stored"),
          Map.entry("SignInRequest.password", "a secret, never shown"),
          Map.entry("SignInRequest.code", "a one-time code, never stored"),
          Map.entry("TokenRequest.token", "a mailed token, compared as a hash"),
          Map.entry("UpdateMeRequest.language", "nb or en"),
          Map.entry("TaxonomyRequest.code", "a code, limited by its pattern"),
          Map.entry("ForumDtos.CategoryRequest.slug", "a slug, limited by its pattern"),
          Map.entry(
              "ForumDtos.CreateTopicRequest.orgSize", "one of the choices, checked by the forum"),
          Map.entry(
              "ForumDtos.CreateTopicRequest.duration", "one of the choices, checked by the forum"),
          Map.entry(
              "ForumDtos.CreateTopicRequest.trainingFormat",
              "one of the choices, checked by the forum"),
          Map.entry(
              "ForumDtos.EditPostRequest.orgSize", "one of the choices, checked by the forum"),
          Map.entry(
              "ForumDtos.EditPostRequest.duration", "one of the choices, checked by the forum"),
          Map.entry(
              "ForumDtos.EditPostRequest.trainingFormat",
              "one of the choices, checked by the forum"),
          Map.entry(
              "ForumDtos.PreviewRequest.body",
              "never stored: rendered for its writer only; the post itself is guarded when sent"),
          Map.entry("MatchingWeightsRequest.weights{key}", "factor names, checked by mentoring"));

  static final String NUMBER_TEXT = "Gjelder 291129 21794 i DIPS";

  @Inject Validator validator;

  /** Every request body type of every controller. */
  static Set<Class<?>> requestTypes() throws Exception {
    Set<Class<?>> types = new java.util.LinkedHashSet<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.helsebro")) {
      if (!c.isAnnotatedWith(Controller.class)) {
        continue;
      }
      for (Method m : Class.forName(c.getName()).getDeclaredMethods()) {
        for (Parameter p : m.getParameters()) {
          if (p.isAnnotationPresent(Body.class)) {
            types.add(p.getType());
          }
        }
      }
    }
    return types;
  }

  /** Every @Body parameter is validated, or its constraints would never run. */
  @Test
  void everyRequestBodyIsValidated() throws Exception {
    List<String> unvalidated = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.helsebro")) {
      if (!c.isAnnotatedWith(Controller.class)) {
        continue;
      }
      for (Method m : Class.forName(c.getName()).getDeclaredMethods()) {
        for (Parameter p : m.getParameters()) {
          if (p.isAnnotationPresent(Body.class)
              && p.getType().isRecord()
              && !p.isAnnotationPresent(Valid.class)) {
            unvalidated.add(c.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    assertThat(unvalidated).isEmpty();
  }

  @Test
  void everyStringOfEveryRequestIsFreeTextOrSaysWhyNot() throws Exception {
    Map<String, Boolean> strings = new TreeMap<>();
    for (Class<?> type : requestTypes()) {
      walk(name(type), type, null, false, strings);
    }
    List<String> unguarded = new ArrayList<>();
    List<String> listedButGuarded = new ArrayList<>();
    strings.forEach(
        (field, guarded) -> {
          if (!guarded && !NOT_FREE_TEXT.containsKey(field)) {
            unguarded.add(field);
          }
          if (guarded && NOT_FREE_TEXT.containsKey(field)) {
            listedButGuarded.add(field);
          }
        });
    System.out.printf(
        "Free-text coverage: %d request types, %d string fields, %d guarded, %d not free text%n",
        requestTypes().size(),
        strings.size(),
        strings.values().stream().filter(g -> g).count(),
        strings.values().stream().filter(g -> !g).count());

    assertThat(unguarded)
        .as("string fields neither @FreeText nor listed as not free text")
        .isEmpty();
    assertThat(listedButGuarded).isEmpty();
    assertThat(strings.keySet()).as("no stale entries").containsAll(NOT_FREE_TEXT.keySet());
    assertThat(strings)
        .containsEntry("UpdateMeRequest.displayName", true)
        .containsEntry("ForumDtos.CreateTopicRequest.tags[]", true)
        .containsEntry("ForumDtos.DraftRequest.payload", true)
        .containsEntry("ForumDtos.CreateTopicRequest.story.goal", true);
  }

  @Test
  void theValidatorRefusesANumberInEveryFreeTextField() throws Exception {
    int checked = 0;
    List<String> missed = new ArrayList<>();
    for (Class<?> type : requestTypes()) {
      if (!type.isRecord()) {
        continue;
      }
      List<String> expected = new ArrayList<>();
      Object request = build(type, "", expected);
      if (expected.isEmpty()) {
        continue;
      }
      Set<String> refused = new TreeSet<>();
      for (ConstraintViolation<Object> v : validator.validate(request)) {
        if (FreeText.PATIENT_DATA.equals(v.getMessage())) {
          refused.add(leaf(v));
        }
      }
      for (String field : expected) {
        checked++;
        if (!refused.contains(field)) {
          missed.add(name(type) + "." + field);
        }
      }
    }
    System.out.printf(
        "Free-text coverage: %d fields refused a national identity number%n", checked);
    assertThat(missed).isEmpty();
    assertThat(checked).isGreaterThan(40);
  }

  // ---------------------------------------------------------------- helpers

  static String name(Class<?> type) {
    return type.getEnclosingClass() == null
        ? type.getSimpleName()
        : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
  }

  private static void walk(
      String path,
      Class<?> raw,
      AnnotatedType annotated,
      boolean declaredFreeText,
      Map<String, Boolean> strings) {
    boolean freeText =
        declaredFreeText || (annotated != null && annotated.isAnnotationPresent(FreeText.class));
    if (raw == String.class) {
      strings.put(path, freeText);
    } else if (Collection.class.isAssignableFrom(raw)
        && annotated instanceof AnnotatedParameterizedType p) {
      AnnotatedType element = p.getAnnotatedActualTypeArguments()[0];
      walk(path + "[]", rawOf(element), element, false, strings);
    } else if (Map.class.isAssignableFrom(raw)
        && annotated instanceof AnnotatedParameterizedType p) {
      AnnotatedType key = p.getAnnotatedActualTypeArguments()[0];
      AnnotatedType value = p.getAnnotatedActualTypeArguments()[1];
      walk(path + "{key}", rawOf(key), key, false, strings);
      walk(path + "{}", rawOf(value), value, false, strings);
    } else if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        walk(
            path + "." + component.getName(),
            component.getType(),
            component.getAnnotatedType(),
            component.isAnnotationPresent(FreeText.class),
            strings);
      }
    }
  }

  private static Class<?> rawOf(AnnotatedType type) {
    java.lang.reflect.Type t = type.getType();
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return t instanceof Class<?> c ? c : Object.class;
  }

  /** A request with the number in every free-text field; {@code expected} gets their names. */
  private static Object build(Class<?> type, String prefix, List<String> expected)
      throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      boolean freeText =
          c.isAnnotationPresent(FreeText.class)
              || c.getAnnotatedType().isAnnotationPresent(FreeText.class);
      values[i] = valueFor(c, freeText, prefix, expected);
    }
    Constructor<?> constructor = type.getDeclaredConstructor(types);
    constructor.setAccessible(true);
    return constructor.newInstance(values);
  }

  private static Object valueFor(
      RecordComponent c, boolean freeText, String prefix, List<String> expected) throws Exception {
    Class<?> t = c.getType();
    if (t == String.class) {
      if (freeText) {
        expected.add(prefix + c.getName());
        return NUMBER_TEXT;
      }
      return null;
    }
    if (List.class.isAssignableFrom(t)
        && c.getAnnotatedType() instanceof AnnotatedParameterizedType p
        && p.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(FreeText.class)) {
      expected.add(prefix + c.getName());
      return List.of(NUMBER_TEXT);
    }
    if (t.isRecord()) {
      return build(t, prefix + c.getName() + ".", expected);
    }
    if (t == boolean.class) {
      return false;
    }
    if (t == int.class) {
      return 0;
    }
    if (t == long.class) {
      return 0L;
    }
    return null;
  }

  /** "story.goal" for a nested field, "tags" for an element of a list. */
  private static String leaf(ConstraintViolation<?> v) {
    List<String> names = new ArrayList<>();
    for (var node : v.getPropertyPath()) {
      String n = node.getName();
      if (n != null && !n.isEmpty() && !n.startsWith("<")) {
        names.add(n);
      }
    }
    return String.join(".", names);
  }
}
