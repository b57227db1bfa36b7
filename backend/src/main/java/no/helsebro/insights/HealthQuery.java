package no.helsebro.insights;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import no.helsebro.insights.model.Periods;

/** What the dashboard asks for: a range of Norwegian days, grouped by week or month, filtered. */
record HealthQuery(
    Periods.Granularity by,
    LocalDate from,
    LocalDate to,
    @Nullable Long region,
    @Nullable Long workplaceType,
    @Nullable Long system) {}
