package no.helsebro.archfixture.beta;

/** Beta's event: part of its surface. */
public record BetaEvent(long id) {}
