package no.helsebro.platform.guard;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a member or coordinator writes that others will read: a title, a post, a name, a reason, a
 * tag ({@code List<@FreeText String>}). Before anything is saved, it is refused when it holds a
 * national identity number as a reader would see it ({@link PatientDataGuard}: 422 {@code
 * patient-data}, naming the field and where the number is), or a character that XML, and so the
 * Atom feeds, cannot carry (400, field error {@value #INVALID_CHARACTERS}).
 *
 * <p>Every string field of a request record is either free text with this annotation or listed as
 * something else in {@code FreeTextCoverageTest}, which fails for a new field that is neither.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
public @interface FreeText {

  /** The message of a refusal for patient data; the 422 problem explains it. */
  String PATIENT_DATA = "contains a national identity number";

  /** The message of a refusal for characters that cannot be stored and shown. */
  String INVALID_CHARACTERS = "contains characters that cannot be stored (control characters)";

  String message() default PATIENT_DATA;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
