package no.helsebro.insights;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of the isolation radar, the members with most reasons first. */
@Serdeable
public record RadarPage(List<RadarEntryView> items, int page, int size, long total) {}
