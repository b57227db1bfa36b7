package no.helsebro.notifications;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Signs and checks live-stream tickets: a member id and an expiry, valid on every node. */
@Singleton
class StreamTickets {

  static final Duration LIFETIME = Duration.ofSeconds(60);
  private static final String PURPOSE = "stream";

  private final SignedTokens tokens;

  StreamTickets(SignedTokens tokens) {
    this.tokens = tokens;
  }

  StreamTicket issue(long memberId, Instant now) {
    long expires = now.plus(LIFETIME).getEpochSecond();
    return new StreamTicket(tokens.sign(PURPOSE, memberId + "-" + expires), LIFETIME.toSeconds());
  }

  /** The member a ticket was issued to, if it is genuine and not expired at {@code now}. */
  Optional<Long> check(String ticket, Instant now) {
    return tokens
        .verify(PURPOSE, ticket)
        .flatMap(
            payload -> {
              String[] parts = payload.split("-");
              if (parts.length != 2) {
                return Optional.empty();
              }
              try {
                long member = Long.parseLong(parts[0]);
                long expires = Long.parseLong(parts[1]);
                return now.getEpochSecond() <= expires ? Optional.of(member) : Optional.empty();
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }
}
