package no.helsebro.forum;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberStatus;
import no.helsebro.forum.model.PostVisibility;
import no.helsebro.forum.model.Viewer;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.profiles.TaxonomyKind;
import no.helsebro.profiles.TaxonomyService;

/** A member's own forum state: follows, bookmarks, read markers, drafts and feed token. */
@Singleton
class PersonalService {

  static final Pattern DRAFT_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TopicRepository topics;
  private final TopicFollowRepository follows;
  private final BookmarkRepository bookmarks;
  private final DraftRepository drafts;
  private final FeedTokenRepository feedTokens;
  private final ForumStore store;
  private final MemberDirectory members;
  private final TaxonomyService taxonomy;

  PersonalService(
      TopicRepository topics,
      TopicFollowRepository follows,
      BookmarkRepository bookmarks,
      DraftRepository drafts,
      FeedTokenRepository feedTokens,
      ForumStore store,
      MemberDirectory members,
      TaxonomyService taxonomy) {
    this.topics = topics;
    this.follows = follows;
    this.bookmarks = bookmarks;
    this.drafts = drafts;
    this.feedTokens = feedTokens;
    this.store = store;
    this.members = members;
    this.taxonomy = taxonomy;
  }

  private TopicRepository.TopicAccess readableTopic(CurrentMember me, long topicId) {
    return topics
        .access(topicId)
        .filter(
            a ->
                PostVisibility.topicReadable(
                    new Viewer(me.id(), me.isCoordinator()), a.authorId(), a.visible()))
        .orElseThrow(() -> ApiException.notFound("Topic"));
  }

  @Transactional
  void followTopic(CurrentMember me, long topicId, boolean on) {
    readableTopic(me, topicId);
    follows.set(me.id(), topicId, on);
  }

  @Transactional
  void bookmark(CurrentMember me, long topicId, boolean on) {
    readableTopic(me, topicId);
    bookmarks.set(me.id(), topicId, on);
  }

  @Transactional
  void markRead(CurrentMember me, long topicId, int postNumber) {
    int last = readableTopic(me, topicId).lastPostNumber();
    store.markRead(me.id(), topicId, Math.min(postNumber, last));
  }

  // ---- drafts

  static String draftKey(String key) {
    if (key == null || !DRAFT_KEY.matcher(key).matches()) {
      throw ApiException.invalidField("key", "validation", "must be 1-80 of a-z, 0-9 and -");
    }
    return key;
  }

  Optional<ForumDtos.DraftView> draft(CurrentMember me, String key) {
    return drafts.find(me.id(), draftKey(key));
  }

  List<ForumDtos.DraftView> drafts(CurrentMember me) {
    return drafts.latest(me.id());
  }

  @Transactional
  ForumDtos.DraftView saveDraft(CurrentMember me, String key, String payload) {
    String k = draftKey(key);
    var now = ForumStore.now();
    drafts.save(me.id(), k, payload, now);
    return new ForumDtos.DraftView(k, payload, now);
  }

  @Transactional
  void deleteDraft(CurrentMember me, String key) {
    drafts.delete(me.id(), draftKey(key));
  }

  // ---- feed token

  @Transactional
  ForumDtos.FeedTokenView feedToken(CurrentMember me) {
    Optional<String> existing = feedTokens.tokenOf(me.id());
    if (existing.isPresent()) {
      return new ForumDtos.FeedTokenView(existing.get());
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    feedTokens.keep(me.id(), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    return new ForumDtos.FeedTokenView(feedTokens.tokenOf(me.id()).orElseThrow());
  }

  @Transactional
  void revokeFeedToken(CurrentMember me) {
    feedTokens.delete(me.id());
  }

  record FeedReader(long memberId, String language) {}

  /** The active member a feed token belongs to. */
  Optional<FeedReader> feedReader(String token) {
    if (token == null || token.length() != 43) {
      return Optional.empty();
    }
    return feedTokens
        .memberWith(token)
        .flatMap(members::standing)
        .filter(m -> m.status() == MemberStatus.ACTIVE)
        .map(m -> new FeedReader(m.id(), m.language()));
  }

  /** The live systems, workplace types and audiences, from the profiles module. */
  ForumDtos.VocabulariesView vocabularies() {
    return new ForumDtos.VocabulariesView(
        live(TaxonomyKind.SYSTEM), live(TaxonomyKind.WORKPLACE_TYPE), live(TaxonomyKind.AUDIENCE));
  }

  private List<ForumDtos.TermRef> live(TaxonomyKind kind) {
    return taxonomy.terms(kind).stream()
        .filter(t -> !t.archived())
        .map(t -> new ForumDtos.TermRef(t.id(), t.code(), t.nameNb(), t.nameEn()))
        .toList();
  }

  // ---- mention autocomplete

  List<ForumDtos.MemberRef> mentionCandidates(String q) {
    String term = q == null ? "" : q.strip();
    if (term.startsWith("@")) {
      term = term.substring(1);
    }
    if (term.length() < 1) {
      return List.of();
    }
    return members.activeNamed(term, 8).stream()
        .map(m -> new ForumDtos.MemberRef(m.id(), m.displayName()))
        .toList();
  }
}
