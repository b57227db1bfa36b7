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
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.profiles.TaxonomyKind;
import no.helsebro.profiles.TaxonomyService;

/** A member's own forum state: follows, bookmarks, read markers, drafts and feed token. */
@Singleton
class PersonalService {

  static final Pattern DRAFT_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcQueries db;
  private final ForumStore store;

  private final MemberDirectory members;
  private final TaxonomyService taxonomy;

  PersonalService(
      JdbcQueries db, ForumStore store, MemberDirectory members, TaxonomyService taxonomy) {
    this.members = members;
    this.taxonomy = taxonomy;
    this.db = db;
    this.store = store;
  }

  private void requireReadableTopic(CurrentMember me, long topicId) {
    record VisibleAndAuthor(boolean visible, Long author) {}
    VisibleAndAuthor t =
        db.one(
                "SELECT visible, author_id FROM forum_topics WHERE id = ?",
                rs ->
                    new VisibleAndAuthor(
                        rs.getBoolean(1), JdbcQueries.nullableLong(rs, "author_id")),
                topicId)
            .orElseThrow(() -> ApiException.notFound("Topic"));
    if (!PostVisibility.topicReadable(
        new Viewer(me.id(), me.isCoordinator()), t.author(), t.visible())) {
      throw ApiException.notFound("Topic");
    }
  }

  @Transactional
  void followTopic(CurrentMember me, long topicId, boolean on) {
    requireReadableTopic(me, topicId);
    if (on) {
      db.update(
          "INSERT IGNORE INTO forum_topic_follows (member_id, topic_id) VALUES (?, ?)",
          me.id(),
          topicId);
    } else {
      db.update(
          "DELETE FROM forum_topic_follows WHERE member_id = ? AND topic_id = ?", me.id(), topicId);
    }
  }

  @Transactional
  void bookmark(CurrentMember me, long topicId, boolean on) {
    requireReadableTopic(me, topicId);
    if (on) {
      db.update(
          "INSERT IGNORE INTO forum_bookmarks (member_id, topic_id) VALUES (?, ?)",
          me.id(),
          topicId);
    } else {
      db.update(
          "DELETE FROM forum_bookmarks WHERE member_id = ? AND topic_id = ?", me.id(), topicId);
    }
  }

  @Transactional
  void markRead(CurrentMember me, long topicId, int postNumber) {
    requireReadableTopic(me, topicId);
    int last =
        db.one(
                "SELECT last_post_number FROM forum_topics WHERE id = ?",
                rs -> rs.getInt(1),
                topicId)
            .orElseThrow();
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
    return db.one(
        "SELECT draft_key, payload, updated_at FROM forum_drafts WHERE member_id = ? AND draft_key = ?",
        rs ->
            new ForumDtos.DraftView(
                rs.getString(1), rs.getString(2), JdbcQueries.instant(rs, "updated_at")),
        me.id(),
        draftKey(key));
  }

  List<ForumDtos.DraftView> drafts(CurrentMember me) {
    return db.list(
        "SELECT draft_key, payload, updated_at FROM forum_drafts WHERE member_id = ?"
            + " ORDER BY updated_at DESC LIMIT 100",
        rs ->
            new ForumDtos.DraftView(
                rs.getString(1), rs.getString(2), JdbcQueries.instant(rs, "updated_at")),
        me.id());
  }

  @Transactional
  ForumDtos.DraftView saveDraft(CurrentMember me, String key, String payload) {
    String k = draftKey(key);
    var now = ForumStore.now();
    db.update(
        "INSERT INTO forum_drafts (member_id, draft_key, payload, updated_at) VALUES (?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE payload = VALUES(payload), updated_at = VALUES(updated_at)",
        me.id(),
        k,
        payload,
        now);
    return new ForumDtos.DraftView(k, payload, now);
  }

  @Transactional
  void deleteDraft(CurrentMember me, String key) {
    db.update(
        "DELETE FROM forum_drafts WHERE member_id = ? AND draft_key = ?", me.id(), draftKey(key));
  }

  // ---- feed token

  @Transactional
  ForumDtos.FeedTokenView feedToken(CurrentMember me) {
    Optional<String> existing =
        db.one(
            "SELECT token FROM forum_feed_tokens WHERE member_id = ?",
            rs -> rs.getString(1),
            me.id());
    if (existing.isPresent()) {
      return new ForumDtos.FeedTokenView(existing.get());
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    db.update(
        "INSERT INTO forum_feed_tokens (member_id, token) VALUES (?, ?)"
            + " ON DUPLICATE KEY UPDATE token = token",
        me.id(),
        token);
    return new ForumDtos.FeedTokenView(
        db.one(
                "SELECT token FROM forum_feed_tokens WHERE member_id = ?",
                rs -> rs.getString(1),
                me.id())
            .orElseThrow());
  }

  @Transactional
  void revokeFeedToken(CurrentMember me) {
    db.update("DELETE FROM forum_feed_tokens WHERE member_id = ?", me.id());
  }

  record FeedReader(long memberId, String language) {}

  /** The active member a feed token belongs to. */
  Optional<FeedReader> feedReader(String token) {
    if (token == null || token.length() != 43) {
      return Optional.empty();
    }
    return db.one(
            "SELECT member_id FROM forum_feed_tokens WHERE token = ?", rs -> rs.getLong(1), token)
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
