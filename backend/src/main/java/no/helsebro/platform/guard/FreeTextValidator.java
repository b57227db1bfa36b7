package no.helsebro.platform.guard;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

/** Checks {@link FreeText} fields: no national identity number, nothing XML cannot carry. */
@Singleton
class FreeTextValidator implements ConstraintValidator<FreeText, CharSequence> {

  @Override
  public boolean isValid(
      @Nullable CharSequence value,
      @NonNull AnnotationValue<FreeText> annotation,
      @NonNull ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String text = value.toString();
    if (!XmlCharacters.allValid(text)) {
      context.messageTemplate(FreeText.INVALID_CHARACTERS);
      return false;
    }
    return PatientDataGuard.find(text).isEmpty();
  }
}
