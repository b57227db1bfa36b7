package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code mentorship_messages}. */
@MappedEntity("mentorship_messages")
record MentorshipMessage(
    @Id @GeneratedValue @Nullable Long id,
    long mentorshipId,
    long authorId,
    String body,
    Instant createdAt)
    implements MentorshipSpace.Entry<MessageView> {

  @Override
  public long writerId() {
    return authorId;
  }

  @Override
  public MessageView view(MemberRef author) {
    return new MessageView(id, author, body, createdAt);
  }
}
