package no.helsebro.accounts;

/**
 * Someone registered (e-mail not yet confirmed). Published inside the registering transaction so
 * that the profiles module can start the member's profile with the organisation they gave.
 */
public record MemberRegistered(long memberId, String displayName, String organisation) {}
