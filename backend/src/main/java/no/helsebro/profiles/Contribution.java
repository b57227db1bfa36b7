package no.helsebro.profiles;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One contribution shown on a member page.
 *
 * @param kind a stable code the front end translates, e.g. {@code question}, {@code reply}, {@code
 *     story}, {@code training}
 * @param title what to show (a topic title)
 * @param path the client route to open, e.g. {@code /forum/t/42}
 * @param at when it was written
 */
@Serdeable
public record Contribution(String kind, String title, String path, Instant at) {}
