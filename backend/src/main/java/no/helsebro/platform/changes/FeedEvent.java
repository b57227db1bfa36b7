package no.helsebro.platform.changes;

/**
 * A change other parts of Helsebro react to, written to the change feed by {@link ChangeFeed} in
 * the transaction that makes the change. Implementations are small {@code @Serdeable} records named
 * in the past tense ({@code ReplyPosted}) and carry a {@link FeedType} with their stable name.
 */
public interface FeedEvent {

  /**
   * The id of the main thing the event is about (a topic, a member), stored next to the payload so
   * the feed can be read by subject; null when there is none.
   */
  default Long subjectId() {
    return null;
  }
}
