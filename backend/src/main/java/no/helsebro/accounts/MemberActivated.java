package no.helsebro.accounts;

/**
 * A member became active: confirmed an allow-listed address, or was approved by a coordinator.
 * Published inside that transaction.
 */
public record MemberActivated(long memberId) {}
