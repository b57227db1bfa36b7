package no.helsebro.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of the isolation radar, the members with most reasons first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RadarPage(List<RadarEntryView> items, int page, int size, long total) {}
