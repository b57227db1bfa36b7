package no.helsebro.platform.errors;

import jakarta.validation.ConstraintViolation;
import java.util.Optional;

/**
 * A constraint whose violation is answered with a problem of its own instead of the general 400
 * {@code validation} (the patient-data guard's 422 {@code patient-data}).
 */
public interface ViolationProblem {

  /** The problem for this violation of the field, or empty when it is an ordinary one. */
  Optional<Problem> problemFor(String field, ConstraintViolation<?> violation);
}
