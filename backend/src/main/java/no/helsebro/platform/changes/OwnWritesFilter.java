package no.helsebro.platform.changes;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Lets whoever has just written see their write on their next request, whichever node serves it
 * (docs/adr/0010). An API response whose request committed change feed events carries the highest
 * position in a short-lived cookie; a request that brings such a cookie to a node that has not yet
 * handled that position waits (without holding a thread) until its tailer has, so every cache on
 * the node has forgotten what the write changed, or at most {@code helsebro.changes.own-write-wait}
 * (then it is served as it is). On the node that wrote, listeners that forget caches have already
 * heard of the write when it committed, so there is nothing to wait for.
 */
@ServerFilter("/api/**")
final class OwnWritesFilter implements Ordered {

  static final String COOKIE = "helsebro_seen";

  /** The request attribute holding the highest position the request's own writes committed. */
  private static final String WRITTEN = "helsebro.changes.written";

  private final ChangeFeedTailer tailer;
  private final ChangeFeedConfig config;
  private final boolean secureCookie;

  OwnWritesFilter(
      ChangeFeed feed,
      ChangeFeedTailer tailer,
      ChangeFeedConfig config,
      @Value("${helsebro.auth.secure-cookie:true}") boolean secureCookie) {
    this.tailer = tailer;
    this.config = config;
    this.secureCookie = secureCookie;
    feed.onCommit(
        entries ->
            ServerRequestContext.currentRequest()
                .ifPresent(
                    request ->
                        request.setAttribute(WRITTEN, entries.get(entries.size() - 1).position())));
  }

  /** Before security and everything else: the member's state may be what the write changed. */
  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }

  @RequestFilter
  Publisher<HttpRequest<?>> awaitOwnWrites(HttpRequest<?> request) {
    long seen = seen(request);
    if (seen <= tailer.position()) {
      return Publishers.just(request);
    }
    return Publishers.map(
        Publishers.fromCompletableFuture(tailer.reached(seen, config.getOwnWriteWait())),
        reached -> request);
  }

  @ResponseFilter
  void rememberOwnWrites(HttpRequest<?> request, MutableHttpResponse<?> response) {
    request
        .getAttribute(WRITTEN, Long.class)
        .ifPresent(
            position ->
                response.cookie(
                    Cookie.of(COOKIE, Long.toString(position))
                        .httpOnly(true)
                        .secure(secureCookie)
                        .sameSite(SameSite.Strict)
                        .path("/api")
                        .maxAge(config.getOwnWriteMemory())));
  }

  private static long seen(HttpRequest<?> request) {
    Optional<Cookie> cookie = request.getCookies().findCookie(COOKIE);
    if (cookie.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(cookie.get().getValue());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
