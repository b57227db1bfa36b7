package no.helsebro.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
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

  private final JdbcOperations jdbc;

  EmailDomainAllowList(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  boolean allows(String email) {
    List<String> candidates = candidateDomains(email);
    if (candidates.isEmpty()) {
      return false;
    }
    String placeholders = String.join(",", candidates.stream().map(c -> "?").toList());
    return jdbc.execute(
        connection -> {
          try (var ps =
              connection.prepareStatement(
                  "SELECT 1 FROM email_domains WHERE domain IN (" + placeholders + ") LIMIT 1")) {
            for (int i = 0; i < candidates.size(); i++) {
              ps.setString(i + 1, candidates.get(i));
            }
            try (var rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
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
