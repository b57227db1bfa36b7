package no.helsebro.platform.guard;

import io.micronaut.serde.annotation.SerdeImport;

/**
 * Lets a refusal carry where the numbers are ({@code matches} in the problem body) while {@link
 * PatientDataGuard} itself stays free of framework annotations.
 */
@SerdeImport(PatientDataGuard.Match.class)
final class GuardSerde {
  private GuardSerde() {}
}
