package no.helsebro.testing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import no.helsebro.platform.security.Roles;

/**
 * Creates members straight in the database for tests that are not about accounts, with a signed
 * access token. E-mails are unique per call, so tests never depend on each other's data.
 */
@Singleton
public class TestMembers {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final DataSource dataSource;
  private final TestTokens tokens;

  public TestMembers(DataSource dataSource, TestTokens tokens) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    this.tokens = tokens;
  }

  /** A member as tests see them: id, display name, e-mail and a bearer token for their roles. */
  public record TestMember(long id, String displayName, String email, String token) {}

  public TestMember advisor() {
    return create("ACTIVE", false, Roles.ADVISOR);
  }

  public TestMember coordinator() {
    return create("ACTIVE", true, Roles.ADVISOR, Roles.COORDINATOR);
  }

  public TestMember mentor() {
    return create("ACTIVE", false, Roles.ADVISOR, Roles.MENTOR);
  }

  public TestMember pending() {
    return create("PENDING_APPROVAL", false, Roles.PENDING);
  }

  public TestMember suspended() {
    return create("SUSPENDED", false, Roles.SUSPENDED);
  }

  /** A member row in the given state whose token carries exactly the given roles. */
  public TestMember create(String status, boolean coordinator, String... roles) {
    int n = SEQUENCE.incrementAndGet();
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String email = "test-" + unique + "-" + n + "@ous-hf.no";
    String name = "Testmedlem " + n + " " + unique;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO members (email, display_name, status, coordinator) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, email);
      ps.setString(2, name);
      ps.setString(3, status);
      ps.setBoolean(4, coordinator);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        long id = keys.getLong(1);
        return new TestMember(id, name, email, tokens.accessToken(id, roles));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create a test member", e);
    }
  }

  /** One member per role and state, for authorization tables. */
  public List<TestMember> oneOfEach() {
    List<TestMember> all = new ArrayList<>();
    all.add(pending());
    all.add(advisor());
    all.add(mentor());
    all.add(coordinator());
    all.add(suspended());
    return all;
  }
}
