package no.helsebro.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.helsebro.insights.model.Periods;

/**
 * The community health dashboard: one row of figures per period, and totals for the range (active
 * members are not summed: a member active in two weeks is one member).
 *
 * @param updatedAt when the figures were last rebuilt (null: not yet)
 * @param feedbackMinResponses feedback is shown only from this many answers
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HealthView(
    Periods.Granularity by,
    LocalDate from,
    LocalDate to,
    @Nullable Long region,
    @Nullable Long workplaceType,
    @Nullable Long system,
    @Nullable Instant updatedAt,
    int feedbackMinResponses,
    List<HealthPeriod> periods,
    HealthPeriod totals) {}
