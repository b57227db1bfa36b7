package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import no.helsebro.mentoring.matching.Factor;
import no.helsebro.mentoring.matching.Shift;

/**
 * One reason for (or against) a suggestion: the factor, how much of it matched (0 to 1), and the
 * facts: terms and shifts that matched and that did not.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record FactorView(
    Factor factor,
    int weight,
    double share,
    List<TermView> matched,
    List<TermView> missing,
    List<Shift> matchedShifts,
    List<Shift> missingShifts) {}
