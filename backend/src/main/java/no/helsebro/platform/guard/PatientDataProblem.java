package no.helsebro.platform.guard;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import java.util.Optional;
import no.helsebro.platform.errors.Problem;
import no.helsebro.platform.errors.ViolationProblem;

/**
 * A {@link FreeText} field with a national identity number is answered as the services' own checks
 * answer: 422 {@code patient-data}, naming the field and where in it the numbers are.
 */
@Singleton
class PatientDataProblem implements ViolationProblem {

  @Override
  public Optional<Problem> problemFor(String field, ConstraintViolation<?> violation) {
    if (!FreeText.PATIENT_DATA.equals(violation.getMessage())
        || !(violation.getInvalidValue() instanceof CharSequence text)) {
      return Optional.empty();
    }
    return Optional.of(
        PatientDataGuard.refusal(field, PatientDataGuard.find(text.toString())).toProblem());
  }
}
