package no.helsebro.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code audit_log}. */
@MappedEntity("audit_log")
public record AuditEntryRow(
    @Id @GeneratedValue Long id,
    Instant occurredAt,
    @Nullable Long actorId,
    String actorName,
    String action,
    String targetType,
    @Nullable Long targetId,
    @Nullable String reason,
    @Nullable String details) {}
