package no.helsebro.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The append-only audit log. Call {@link #record} inside the transaction of the action it
 * describes, so that an action and its audit entry are written together or not at all.
 */
@Singleton
public class AuditLog {

  private final AuditEntryRepository entries;
  private final JsonMapper json;

  private final ActorNames actorNames;

  AuditLog(AuditEntryRepository entries, JsonMapper json, ActorNames actorNames) {
    this.entries = entries;
    this.json = json;
    this.actorNames = actorNames;
  }

  /**
   * Records one action by a member, under the display name they have now (read here, so that
   * callers need not look it up); see the full form below for the parameters.
   */
  @Transactional
  public void record(
      long actorId,
      String action,
      String targetType,
      @Nullable Long targetId,
      @Nullable String reason,
      @Nullable Map<String, Object> details) {
    String name = actorNames.displayName(actorId).orElse("?");
    record(actorId, name, action, targetType, targetId, reason, details);
  }

  /**
   * Records one action.
   *
   * @param actorId the member who acted, or null for the system
   * @param actorName their display name at the time (kept if the account is deleted later)
   * @param action what was done, e.g. {@code post.hidden}, {@code member.approved}
   * @param targetType what it was done to, e.g. {@code post}, {@code member}
   * @param targetId its id
   * @param reason why, as the actor wrote it
   * @param details anything else worth keeping (old and new values); never secrets
   */
  @Transactional
  public void record(
      @Nullable Long actorId,
      String actorName,
      String action,
      String targetType,
      @Nullable Long targetId,
      @Nullable String reason,
      @Nullable Map<String, Object> details) {
    String detailsJson = null;
    if (details != null && !details.isEmpty()) {
      try {
        detailsJson = json.writeValueAsString(details);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    entries.insert(actorId, actorName, action, targetType, targetId, reason, detailsJson);
  }
}
