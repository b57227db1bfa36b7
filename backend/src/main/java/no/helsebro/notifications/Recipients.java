package no.helsebro.notifications;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.accounts.ApprovalRequested;
import no.helsebro.accounts.MemberActivated;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.forum.AnswerAccepted;
import no.helsebro.forum.ForumFacts;
import no.helsebro.forum.ForumFacts.PostPlace;
import no.helsebro.forum.ForumFacts.TopicLine;
import no.helsebro.forum.MembersMentioned;
import no.helsebro.forum.PostRecognised;
import no.helsebro.forum.ReplyPosted;
import no.helsebro.forum.TopicCreated;
import no.helsebro.mentoring.MentoringRequestAnswered;
import no.helsebro.mentoring.MentoringRequested;
import no.helsebro.mentoring.MentorshipCheckInPosted;
import no.helsebro.mentoring.MentorshipEnded;
import no.helsebro.mentoring.MentorshipMessagePosted;
import no.helsebro.mentoring.QuestionOffered;
import no.helsebro.moderation.PostFlagged;
import no.helsebro.moderation.ReviewDecided;
import no.helsebro.platform.changes.FeedEntry;
import no.helsebro.platform.changes.FeedEvent;

/**
 * Who hears of an event, and what they are told (issue 12 item 1). Forum content is offered only
 * while every member may see it (visible topic, post neither hidden nor deleted); mentorship events
 * go only to the other member of the pair.
 */
@Singleton
class Recipients {

  /** The events that notify someone. */
  static final Set<Class<? extends FeedEvent>> EVENTS =
      Set.of(
          ReplyPosted.class,
          MembersMentioned.class,
          TopicCreated.class,
          AnswerAccepted.class,
          PostRecognised.class,
          MentoringRequested.class,
          MentoringRequestAnswered.class,
          MentorshipMessagePosted.class,
          MentorshipCheckInPosted.class,
          MentorshipEnded.class,
          QuestionOffered.class,
          ReviewDecided.class,
          PostFlagged.class,
          MemberActivated.class,
          ApprovalRequested.class);

  private final ForumFacts forum;
  private final MemberDirectory members;

  Recipients(ForumFacts forum, MemberDirectory members) {
    this.forum = forum;
    this.members = members;
  }

  List<Candidate> of(FeedEntry<? extends FeedEvent> entry) {
    String feedKey = "feed:" + entry.position();
    FeedEvent event = entry.event();
    if (event instanceof ReplyPosted e) {
      return reply(e);
    }
    if (event instanceof MembersMentioned e) {
      return post(e.postId(), e.authorId(), e.memberIds(), NotificationType.MENTIONED);
    }
    if (event instanceof TopicCreated e) {
      return topicCreated(e);
    }
    if (event instanceof AnswerAccepted e) {
      return e.answerAuthorId() == null
          ? List.of()
          : post(
              e.postId(),
              e.acceptedById(),
              List.of(e.answerAuthorId()),
              NotificationType.ANSWER_ACCEPTED,
              "accepted:" + e.postId());
    }
    if (event instanceof PostRecognised e) {
      return !e.added() || e.postAuthorId() == null
          ? List.of()
          : post(
              e.postId(),
              e.byMemberId(),
              List.of(e.postAuthorId()),
              e.kind() == PostRecognised.Kind.HELPFUL
                  ? NotificationType.MARKED_HELPFUL
                  : NotificationType.THANKED,
              "recognised:" + e.postId() + ":" + e.byMemberId() + ":" + e.kind());
    }
    if (event instanceof MentoringRequested e) {
      return List.of(
          plain(
              e.mentorId(),
              NotificationType.MENTORING_REQUESTED,
              feedKey,
              e.menteeId(),
              "/mentoring/mine"));
    }
    if (event instanceof MentoringRequestAnswered e) {
      return requestAnswered(e, feedKey);
    }
    if (event instanceof MentorshipMessagePosted e) {
      return inMentorship(
          e.recipientId(),
          NotificationType.MENTORSHIP_MESSAGE,
          feedKey,
          e.authorId(),
          e.mentorshipId());
    }
    if (event instanceof MentorshipCheckInPosted e) {
      return inMentorship(
          e.recipientId(),
          NotificationType.MENTORSHIP_CHECK_IN,
          feedKey,
          e.authorId(),
          e.mentorshipId());
    }
    if (event instanceof MentorshipEnded e) {
      long other = e.endedById() == e.mentorId() ? e.menteeId() : e.mentorId();
      return inMentorship(
          other, NotificationType.MENTORSHIP_ENDED, feedKey, e.endedById(), e.mentorshipId());
    }
    if (event instanceof QuestionOffered e) {
      return questionOffered(e);
    }
    if (event instanceof ReviewDecided e) {
      return reviewDecided(e, feedKey);
    }
    if (event instanceof PostFlagged e) {
      return flagged(e);
    }
    if (event instanceof MemberActivated e) {
      return List.of(
          plain(
              e.memberId(),
              NotificationType.MEMBERSHIP_APPROVED,
              "activated:" + e.memberId(),
              null,
              "/"));
    }
    if (event instanceof ApprovalRequested e) {
      return members.activeCoordinatorIds().stream()
          .map(
              c ->
                  plain(
                      c,
                      NotificationType.APPROVAL_PENDING,
                      "approval:" + e.memberId(),
                      e.memberId(),
                      "/moderation/approvals"))
          .toList();
    }
    return List.of();
  }

  private List<Candidate> reply(ReplyPosted e) {
    PostPlace place = forum.places(List.of(e.postId())).get(e.postId());
    if (place == null) {
      return List.of();
    }
    // One notification per member and post: the most personal reason wins.
    Map<Long, NotificationType> who = new LinkedHashMap<>();
    if (e.topicAuthorId() != null) {
      who.put(e.topicAuthorId(), NotificationType.REPLY_TO_MY_TOPIC);
    }
    if (e.replyToAuthorId() != null) {
      who.putIfAbsent(e.replyToAuthorId(), NotificationType.REPLY_TO_MY_POST);
    }
    for (Long follower : forum.topicFollowers(e.topicId())) {
      who.putIfAbsent(follower, NotificationType.REPLY_IN_FOLLOWED_TOPIC);
    }
    List<Candidate> out = new ArrayList<>();
    who.forEach(
        (member, type) ->
            out.add(postCandidate(member, type, "post:" + e.postId(), place, e.authorId())));
    return out;
  }

  private List<Candidate> post(
      long postId, long actorId, java.util.Collection<Long> to, NotificationType type) {
    return post(postId, actorId, to, type, "post:" + postId);
  }

  private List<Candidate> post(
      long postId, long actorId, java.util.Collection<Long> to, NotificationType type, String key) {
    PostPlace place = forum.places(List.of(postId)).get(postId);
    if (place == null) {
      return List.of();
    }
    return to.stream().map(m -> postCandidate(m, type, key, place, actorId)).toList();
  }

  private static Candidate postCandidate(
      long member, NotificationType type, String key, PostPlace place, long actorId) {
    return new Candidate(
        member,
        type,
        key,
        place.topicId(),
        place.postId(),
        actorId,
        place.title(),
        "/forum/t/" + place.topicId() + "?post=" + place.postNumber());
  }

  private List<Candidate> topicCreated(TopicCreated e) {
    TopicLine line = forum.lines(List.of(e.topicId())).get(e.topicId());
    if (line == null) {
      return List.of();
    }
    // One notification per member: following the category wins over following one of its tags.
    Map<Long, NotificationType> who = new LinkedHashMap<>();
    for (Long m : forum.categoryFollowers(e.categoryId())) {
      who.put(m, NotificationType.TOPIC_IN_FOLLOWED_CATEGORY);
    }
    for (Long m : forum.tagFollowers(e.topicId())) {
      who.putIfAbsent(m, NotificationType.TOPIC_WITH_FOLLOWED_TAG);
    }
    List<Candidate> out = new ArrayList<>();
    who.forEach(
        (m, type) ->
            out.add(
                new Candidate(
                    m,
                    type,
                    "topic:" + e.topicId(),
                    e.topicId(),
                    null,
                    e.authorId(),
                    line.title(),
                    "/forum/t/" + e.topicId())));
    return out;
  }

  private List<Candidate> requestAnswered(MentoringRequestAnswered e, String key) {
    if (e.outcome() == MentoringRequestAnswered.Outcome.ACCEPTED) {
      return List.of(
          plain(
              e.menteeId(),
              NotificationType.MENTORING_ACCEPTED,
              key,
              e.mentorId(),
              e.mentorshipId() == null ? "/mentoring/mine" : "/mentoring/m/" + e.mentorshipId()));
    }
    if (e.outcome() == MentoringRequestAnswered.Outcome.DECLINED
        || e.outcome() == MentoringRequestAnswered.Outcome.EXPIRED) {
      return List.of(
          plain(
              e.menteeId(),
              NotificationType.MENTORING_DECLINED,
              key,
              e.outcome() == MentoringRequestAnswered.Outcome.DECLINED ? e.mentorId() : null,
              "/mentoring"));
    }
    // Withdrawn by the mentee, or closed because another mentor accepted: the mentor's list
    // simply no longer shows it; nobody needs a message.
    return List.of();
  }

  private List<Candidate> questionOffered(QuestionOffered e) {
    TopicLine line = forum.lines(List.of(e.topicId())).get(e.topicId());
    if (line == null) {
      return List.of();
    }
    NotificationType type =
        e.step() == QuestionOffered.Step.COORDINATORS
            ? NotificationType.QUESTION_AT_LAST_STEP
            : NotificationType.QUESTION_OFFERED;
    return e.memberIds().stream()
        .map(
            m ->
                new Candidate(
                    m,
                    type,
                    "offered:" + e.topicId(),
                    e.topicId(),
                    null,
                    line.authorId(),
                    line.title(),
                    "/forum/t/" + e.topicId()))
        .toList();
  }

  private List<Candidate> reviewDecided(ReviewDecided e, String key) {
    if (e.authorId() == null || e.decision() == ReviewDecided.Decision.DISMISSED) {
      return List.of();
    }
    TopicLine line = forum.lines(List.of(e.topicId())).get(e.topicId());
    return List.of(
        new Candidate(
            e.authorId(),
            e.decision() == ReviewDecided.Decision.HIDDEN
                ? NotificationType.POST_HIDDEN
                : NotificationType.POST_RESTORED,
            key,
            e.topicId(),
            e.postId(),
            null,
            line == null ? "" : line.title(),
            "/forum/t/" + e.topicId()));
  }

  private List<Candidate> flagged(PostFlagged e) {
    TopicLine line = forum.lines(List.of(e.topicId())).get(e.topicId());
    String title = line == null ? "" : line.title();
    return members.activeCoordinatorIds().stream()
        .map(
            c ->
                new Candidate(
                    c,
                    NotificationType.FLAG_RAISED,
                    "flag:" + e.postId(),
                    e.topicId(),
                    e.postId(),
                    e.flaggerId(),
                    title,
                    "/moderation/queue"))
        .toList();
  }

  private static Candidate plain(
      long member, NotificationType type, String key, Long actorId, String link) {
    return new Candidate(member, type, key, null, null, actorId, "", link);
  }

  /** One notification of the other member's act in a mentorship, leading to its space. */
  private static List<Candidate> inMentorship(
      long member, NotificationType type, String key, long actorId, long mentorshipId) {
    return List.of(plain(member, type, key, actorId, "/mentoring/m/" + mentorshipId));
  }
}
