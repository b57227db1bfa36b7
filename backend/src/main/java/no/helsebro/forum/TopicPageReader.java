package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.helsebro.forum.TopicPageQueries.Mine;
import no.helsebro.forum.TopicPageQueries.NewPosts;
import no.helsebro.forum.TopicPageQueries.PostRow;
import no.helsebro.forum.model.KindRules;
import no.helsebro.forum.model.PostVisibility;
import no.helsebro.forum.model.Viewer;
import no.helsebro.platform.cache.GenerationCache;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.json.JsonSplice;
import no.helsebro.platform.security.CurrentMember;

/**
 * One page of a topic, a hot read (docs/adr/0201). The topic and its posts as everybody sees them
 * are cached until the next forum write (docs/adr/0207); the member's own state is one query
 * ({@link TopicPageQueries}), and reading the page moves the member's read marker forward.
 */
@Singleton
class TopicPageReader {

  static final int POSTS_PER_PAGE = 20;

  private static final int HEAD_CACHE_MAX = 2_000;
  private static final int POSTS_CACHE_MAX = 1_000;

  /** How a shared post's JSON ends, and the part kept before the member's reactions follow. */
  private static final String POST_TAIL =
      "\"markedHelpful\":false,\"thanked\":false,\"accepted\":false}";

  private static final String POST_TAIL_KEPT = "\"markedHelpful\":";

  /** How the shared topic's JSON ends, and the part kept before the member's own flags follow. */
  private static final String TOPIC_TAIL =
      "\"following\":false,\"bookmarked\":false,\"usedByMe\":false}";

  private static final String TOPIC_TAIL_KEPT = "\"following\":";

  private static final byte[] EMPTY_LIST = JsonSplice.ascii("[]");

  private static final TopicViewCopies.OwnFlags NO_FLAGS =
      new TopicViewCopies.OwnFlags(false, false, false);

  /**
   * The topic as everybody sees it, with its JSON encoded once and cut off after {@code
   * "following":}, where each answer writes the member's own flags.
   */
  private record SharedHead(TopicPageQueries.Head head, byte[] topicJson) {}

  private record PostsKey(long topicId, int from, int to) {}

  /**
   * A page of posts as stored. {@code postJson}: for each post everybody sees whole (not deleted,
   * not hidden), its JSON encoded once and cut off after {@code "markedHelpful":}; null for the
   * others.
   */
  private record SharedPosts(
      List<PostRow> posts,
      List<ForumDtos.FollowUpView> followUps,
      List<byte[]> postJson,
      byte[] followUpsJson) {}

  /** The parts of a topic page; the posts are null for a merged topic. */
  private record PageParts(
      ForumDtos.TopicView topic,
      byte[] topicJson,
      @Nullable SharedPosts shared,
      Mine mine,
      int page,
      int size,
      int totalPages,
      NewPosts newPosts) {}

  private final TopicPageQueries queries;
  private final ForumStore store;
  private final GuardedMarkdown markdown;
  private final ForumChanges changes;
  private final JsonMapper json;
  private final GenerationCache<Long, SharedHead> heads;
  private final GenerationCache<PostsKey, SharedPosts> posts;

  TopicPageReader(
      TopicPageQueries queries,
      ForumStore store,
      GuardedMarkdown markdown,
      ForumChanges changes,
      JsonMapper json,
      ForumConfig config) {
    this.queries = queries;
    this.store = store;
    this.markdown = markdown;
    this.changes = changes;
    this.json = json;
    long maxAge = config.getSharedCacheMaxAge().toNanos();
    this.heads = new GenerationCache<>(HEAD_CACHE_MAX, maxAge);
    this.posts = new GenerationCache<>(POSTS_CACHE_MAX, maxAge);
  }

  /**
   * One page of a topic. {@code post} (a post number) picks the page that holds it; otherwise
   * {@code page} (0-based).
   */
  ForumDtos.TopicPage page(
      CurrentMember me, long topicId, @Nullable Integer page, @Nullable Integer post, int size) {
    PageParts x = parts(me, topicId, page, post, size);
    List<ForumDtos.PostView> views = new ArrayList<>();
    if (x.shared() != null) {
      for (PostRow r : x.shared().posts()) {
        views.add(view(me, x.topic(), r, x.mine()));
      }
    }
    return new ForumDtos.TopicPage(
        x.topic(),
        views,
        x.page(),
        x.size(),
        x.totalPages(),
        x.mine().lastRead(),
        x.newPosts().count(),
        x.newPosts().first(),
        x.shared() == null ? List.of() : x.shared().followUps());
  }

  /**
   * The same page as {@link #page}, as the JSON the API sends: the topic is encoded once per cached
   * head and the posts everybody sees whole once per cached page; only the member's own flags and
   * reactions are written per request (as for the lists, see {@link TopicListReader#listJson}).
   */
  byte[] pageJson(
      CurrentMember me, long topicId, @Nullable Integer page, @Nullable Integer post, int size) {
    PageParts x = parts(me, topicId, page, post, size);
    ByteArrayOutputStream out = new ByteArrayOutputStream(32_768);
    out.writeBytes(JsonSplice.ascii("{\"topic\":"));
    out.writeBytes(x.topicJson());
    out.writeBytes(
        JsonSplice.ascii(
            x.topic().following()
                + ",\"bookmarked\":"
                + x.topic().bookmarked()
                + ",\"usedByMe\":"
                + x.topic().usedByMe()
                + "}"));
    out.writeBytes(JsonSplice.ascii(",\"posts\":["));
    if (x.shared() != null) {
      List<PostRow> rows = x.shared().posts();
      for (int i = 0; i < rows.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        PostRow r = rows.get(i);
        byte[] prefix = x.shared().postJson().get(i);
        if (prefix == null) {
          out.writeBytes(encode(view(me, x.topic(), r, x.mine())));
          continue;
        }
        out.writeBytes(prefix);
        out.writeBytes(
            JsonSplice.ascii(
                x.mine().helpful().contains(r.id())
                    + ",\"thanked\":"
                    + x.mine().thanked().contains(r.id())
                    + ",\"accepted\":"
                    + Long.valueOf(r.id()).equals(x.topic().acceptedPostId())
                    + "}"));
      }
    }
    out.writeBytes(
        JsonSplice.ascii(
            "],\"page\":"
                + x.page()
                + ",\"size\":"
                + x.size()
                + ",\"totalPages\":"
                + x.totalPages()
                + ",\"lastReadPostNumber\":"
                + x.mine().lastRead()
                + ",\"newPostCount\":"
                + x.newPosts().count()
                + ",\"firstNewPostNumber\":"
                + x.newPosts().first()
                + ",\"followUps\":"));
    out.writeBytes(x.shared() == null ? EMPTY_LIST : x.shared().followUpsJson());
    out.write('}');
    return out.toByteArray();
  }

  private byte[] encode(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PageParts parts(
      CurrentMember me, long topicId, @Nullable Integer page, @Nullable Integer post, int size) {
    long generation = changes.generation();
    SharedHead cachedHead = heads.get(topicId, generation, g -> loadHead(topicId));
    TopicPageQueries.Head head = cachedHead.head();
    ForumDtos.TopicView t = head.view();
    if (t.mergedIntoId() != null) {
      // A merged topic only says where it went.
      Mine mine = queries.mine(me, topicId, List.of());
      return new PageParts(
          TopicViewCopies.withOwnFlags(t, mine.flags()),
          cachedHead.topicJson(),
          null,
          mine,
          0,
          size,
          0,
          NewPosts.NONE);
    }
    if (!PostVisibility.topicReadable(viewer(me), head.authorId(), head.visible())) {
      throw ApiException.notFound("Topic");
    }

    int totalPages = Math.max(1, (t.lastPostNumber() + size - 1) / size);
    int p;
    if (post != null) {
      p = Math.max(0, Math.min(totalPages - 1, (post - 1) / size));
    } else {
      p = page == null ? 0 : Math.max(0, Math.min(totalPages - 1, page));
    }
    int from = p * size + 1;
    int to = from + size - 1;
    SharedPosts shared =
        posts.get(new PostsKey(topicId, from, to), generation, g -> loadPosts(t, from, to));
    Mine mine = queries.mine(me, topicId, shared.posts().stream().map(PostRow::id).toList());
    List<PostRow> rows = shared.posts();
    int lastOnPage = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).postNumber();
    if (lastOnPage > 0 && (mine.lastRead() == null || mine.lastRead() < lastOnPage)) {
      store.markRead(me.id(), topicId, lastOnPage);
    }
    return new PageParts(
        TopicViewCopies.withOwnFlags(t, mine.flags()),
        cachedHead.topicJson(),
        shared,
        mine,
        p,
        size,
        totalPages,
        queries.newPosts(topicId, mine.lastRead(), t.lastPostNumber()));
  }

  private SharedHead loadHead(long topicId) {
    TopicPageQueries.Head head = queries.head(topicId);
    byte[] json = encode(TopicViewCopies.withOwnFlags(head.view(), NO_FLAGS));
    return new SharedHead(head, JsonSplice.prefix(json, TOPIC_TAIL, TOPIC_TAIL_KEPT));
  }

  private SharedPosts loadPosts(ForumDtos.TopicView t, int from, int to) {
    List<PostRow> rows = queries.posts(t.id(), from, to);
    List<ForumDtos.FollowUpView> followUps =
        KindRules.takesFollowUps(t.kind()) ? List.copyOf(queries.followUps(t.id())) : List.of();
    return new SharedPosts(List.copyOf(rows), followUps, postJson(t, rows), encode(followUps));
  }

  /** Each post everybody sees whole as JSON without the member's reactions; null for others. */
  private List<byte[]> postJson(ForumDtos.TopicView t, List<PostRow> rows) {
    List<byte[]> out = new ArrayList<>(rows.size());
    for (PostRow r : rows) {
      if (!PostVisibility.wholeForEveryone(r.deleted(), r.hidden())) {
        out.add(null);
        continue;
      }
      out.add(
          JsonSplice.prefix(
              encode(postView(t.id(), r, true, false, false, false)), POST_TAIL, POST_TAIL_KEPT));
    }
    return Collections.unmodifiableList(out);
  }

  private static Viewer viewer(CurrentMember me) {
    return new Viewer(me.id(), me.isCoordinator());
  }

  private ForumDtos.PostView view(CurrentMember me, ForumDtos.TopicView t, PostRow r, Mine mine) {
    return postView(
        t.id(),
        r,
        PostVisibility.bodyShown(viewer(me), r.authorId(), r.deleted(), r.hidden()),
        mine.helpful().contains(r.id()),
        mine.thanked().contains(r.id()),
        Long.valueOf(r.id()).equals(t.acceptedPostId()));
  }

  private ForumDtos.PostView postView(
      long topicId, PostRow r, boolean show, boolean helpful, boolean thanked, boolean accepted) {
    Long author = r.authorId();
    return new ForumDtos.PostView(
        r.id(),
        topicId,
        r.postNumber(),
        author == null ? null : new ForumDtos.MemberRef(author, r.authorName()),
        show ? r.bodyHtml() : "",
        show && r.fieldsHtml() != null ? markdown.read(r.fieldsHtml()) : null,
        r.replyToId() == null
            ? null
            : new ForumDtos.ReplyRef(r.replyToId(), r.replyToNumber(), r.replyToName()),
        r.createdAt(),
        r.editedAt(),
        r.version(),
        r.deleted(),
        r.hidden(),
        r.helpfulCount(),
        r.thanksCount(),
        helpful,
        thanked,
        accepted);
  }
}
