package no.helsebro.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;

/**
 * The client's address for throttles and logs: the peer the server sees, or, when that peer is a
 * proxy listed in {@code helsebro.web.trusted-proxies}, the address it forwarded. Replaces
 * Micronaut's resolver, which believes {@code X-Forwarded-For} and {@code Forwarded} from anyone.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
class ClientAddressResolver implements HttpClientAddressResolver {

  private final TrustedProxies proxies;

  ClientAddressResolver(WebConfiguration config) {
    this.proxies = TrustedProxies.of(config.getTrustedProxies());
  }

  @Override
  public String resolve(HttpRequest request) {
    InetSocketAddress peer = request.getRemoteAddress();
    String remote =
        peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
    if (proxies.isEmpty()) {
      return remote;
    }
    return proxies.clientAddress(remote, request.getHeaders().getAll("X-Forwarded-For"));
  }
}
