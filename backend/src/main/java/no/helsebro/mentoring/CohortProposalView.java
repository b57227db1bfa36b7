package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A cohort proposal for review. Totals are sums of scores (each 0-100); {@code greedyTotal} is what
 * taking the best remaining pair first would have reached, for comparison.
 *
 * @param status PROPOSED, CONFIRMED or DISCARDED
 * @param requestsCreated when confirmed: requests sent
 * @param requestsSkipped when confirmed: pairs left out because things changed since the proposal
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CohortProposalView(
    long id,
    String status,
    String message,
    Instant createdAt,
    @Nullable MemberRef createdBy,
    @Nullable Instant decidedAt,
    double total,
    double greedyTotal,
    long elapsedMs,
    int menteeCount,
    int assignedCount,
    List<CohortAssignmentView> assignments,
    @Nullable Integer requestsCreated,
    @Nullable Integer requestsSkipped) {}
