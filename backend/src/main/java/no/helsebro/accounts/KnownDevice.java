package no.helsebro.accounts;

/** A browser a member has proved themselves in before: their id and the browser's random id. */
record KnownDevice(long memberId, String id) {}
