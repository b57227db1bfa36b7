package no.helsebro.accounts;

import jakarta.inject.Singleton;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The organisation e-mail domains (table {@code email_domains}) whose members are approved at once.
 * An address matches its own domain and every parent domain: {@code kari@avd.ous-hf.no} matches
 * {@code ous-hf.no}.
 */
@Singleton
class EmailDomainAllowList {

  private final EmailDomainRepository domains;

  EmailDomainAllowList(EmailDomainRepository domains) {
    this.domains = domains;
  }

  boolean allows(String email) {
    List<String> candidates = candidateDomains(email);
    return !candidates.isEmpty() && domains.existsByDomainIn(candidates);
  }

  static List<String> candidateDomains(String email) {
    int at = email.lastIndexOf('@');
    if (at < 0) {
      return List.of();
    }
    String domain;
    try {
      domain = IDN.toASCII(email.substring(at + 1).toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    String[] labels = domain.split("\\.");
    for (int i = 0; i < labels.length - 1; i++) {
      result.add(String.join(".", java.util.Arrays.copyOfRange(labels, i, labels.length)));
    }
    return result;
  }
}
