package no.helsebro.forum;

/** How a topic list is sorted ({@code sort} in the URL). */
enum TopicSort {
  ACTIVITY,
  NEWEST,
  HELPFUL,
  UNANSWERED
}
