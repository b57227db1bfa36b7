package no.helsebro.groups;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A question was put in front of a peer group ("ask this group"): its members and followers ({@link
 * PeerGroups#audience}) should hear of it.
 */
@Serdeable
@FeedType("groups.question-asked")
public record GroupQuestionAsked(long groupId, long topicId, long askedBy) implements FeedEvent {
  @Override
  public Long subjectId() {
    return groupId;
  }
}
