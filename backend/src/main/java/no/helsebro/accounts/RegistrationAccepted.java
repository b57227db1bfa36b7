package no.helsebro.accounts;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The same answer whether the address was new or already had an account, so registration never
 * tells whether an e-mail address is a member. The mail says which it was.
 */
@Serdeable
public record RegistrationAccepted(String email) {}
