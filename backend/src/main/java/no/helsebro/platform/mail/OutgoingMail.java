package no.helsebro.platform.mail;

import io.micronaut.core.annotation.Nullable;

/**
 * One e-mail to one recipient: a plain-text body (always) and an optional HTML alternative, in the
 * recipient's language ({@code nb} or {@code en}, sent as {@code Content-Language}).
 */
public record OutgoingMail(
    String to, String subject, String text, @Nullable String html, String language) {}
