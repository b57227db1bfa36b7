package no.helsebro.accounts;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first coordinator at start-up from {@link BootstrapCoordinatorConfiguration} when no
 * member has that e-mail address yet: active, e-mail confirmed, coordinator. An existing member
 * with the address is left as it is (its password is not overwritten). The same is available as a
 * command: {@code java -jar helsebro.jar create-coordinator} (see {@link #create}).
 */
@Singleton
class CoordinatorBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(CoordinatorBootstrap.class);

  private final BootstrapCoordinatorConfiguration config;
  private final MemberRepository members;
  private final CredentialsRepository credentials;
  private final PasswordHasher hasher;
  private final AuditLog audit;
  private final ChangeFeed feed;

  CoordinatorBootstrap(
      BootstrapCoordinatorConfiguration config,
      MemberRepository members,
      CredentialsRepository credentials,
      PasswordHasher hasher,
      AuditLog audit,
      ChangeFeed feed) {
    this.config = config;
    this.members = members;
    this.credentials = credentials;
    this.hasher = hasher;
    this.audit = audit;
    this.feed = feed;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (config.getEmail() == null || config.getEmail().isBlank()) {
      return;
    }
    if (config.getPassword() == null || config.getPassword().length() < PasswordPolicy.MIN_LENGTH) {
      LOG.error(
          "HELSEBRO_BOOTSTRAP_COORDINATOR_PASSWORD must have at least {} characters: no coordinator"
              + " created",
          PasswordPolicy.MIN_LENGTH);
      return;
    }
    String name =
        config.getName() == null || config.getName().isBlank() ? "Koordinator" : config.getName();
    create(config.getEmail(), config.getPassword(), name)
        .ifPresent(
            id -> LOG.info("Created the first coordinator {} (member {})", config.getEmail(), id));
  }

  /**
   * Makes the member with this address a coordinator (the command's second use: someone who
   * registered normally). Audited.
   *
   * @return true when an active member with that address exists
   */
  @Transactional
  public boolean promote(String email) {
    return members
        .findByEmail(RegistrationService.normaliseEmail(email))
        .filter(m -> m.status() == MemberStatus.ACTIVE)
        .map(
            m -> {
              members.updateCoordinator(m.id(), true, Instant.now());
              audit.record(
                  null, "system", "member.promoted", "member", m.id(), "command line", null);
              feed.publish(new MemberAccessChanged(m.id(), MemberAccessChanged.What.ROLES_CHANGED));
              return true;
            })
        .orElse(false);
  }

  /**
   * Creates an active coordinator unless the address is taken.
   *
   * @return the new member's id, or empty when a member with that address exists
   */
  @Transactional
  public Optional<Long> create(String email, String password, String displayName) {
    String normalised = RegistrationService.normaliseEmail(email);
    if (members.findByEmail(normalised).isPresent()) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    MemberEntity member =
        members.save(
            new MemberEntity(
                null,
                normalised,
                displayName,
                MemberStatus.ACTIVE,
                true,
                "nb",
                null,
                null,
                now,
                now,
                now));
    credentials.save(
        new Credentials(member.id(), hasher.hash(password), now, now, 0, null, null, null, null));
    audit.record(
        null, "system", "member.coordinator-bootstrapped", "member", member.id(), null, null);
    feed.publish(new MemberActivated(member.id()));
    return Optional.of(member.id());
  }
}
