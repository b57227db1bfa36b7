package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;

/** A fresh access token (the refresh token travels only in its HttpOnly cookie) and the member. */
@Serdeable
public record SessionView(String accessToken, long expiresIn, MeView member) {}
