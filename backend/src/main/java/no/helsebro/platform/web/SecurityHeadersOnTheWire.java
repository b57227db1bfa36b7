package no.helsebro.platform.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers on answers that never pass {@link SecurityHeadersFilter}: those the server
 * writes before a request reaches the filters (a request line or headers too long, 413/431; a
 * request it cannot decode, 400). A handler next to Netty's HTTP codec adds every header the answer
 * lacks, with the app's policy; answers that passed the filter already have them all, so it changes
 * nothing there. Tested class-wide by {@code ParameterFuzzTest} and {@code SecurityHeadersTest}.
 */
@Singleton
class SecurityHeadersOnTheWire implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

  private static final String NAME = "helsebro-security-headers";

  private final Map<String, String> headers;

  SecurityHeadersOnTheWire(WebConfiguration config) {
    Map<String, String> h = new LinkedHashMap<>(SecurityHeadersFilter.ALWAYS);
    h.put("Content-Security-Policy", SecurityHeadersFilter.APP_CSP);
    if (config.isHsts()) {
      h.put("Strict-Transport-Security", SecurityHeadersFilter.HSTS);
    }
    this.headers = Map.copyOf(h);
  }

  @Override
  public NettyServerCustomizer.Registry onCreated(
      BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
    event.getBean().register(new Customizer(null, new Handler(headers)));
    return event.getBean();
  }

  private record Customizer(Channel channel, ChannelHandler handler)
      implements NettyServerCustomizer {

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
      return new Customizer(channel, handler);
    }

    @Override
    public void onStreamPipelineBuilt() {
      ChannelPipeline pipeline = channel.pipeline();
      if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
          && pipeline.get(NAME) == null) {
        pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, NAME, handler);
      }
    }
  }

  @ChannelHandler.Sharable
  private static final class Handler extends ChannelOutboundHandlerAdapter {

    private final Map<String, String> headers;

    Handler(Map<String, String> headers) {
      this.headers = headers;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
        throws Exception {
      if (msg instanceof HttpResponse response) {
        HttpHeaders h = response.headers();
        headers.forEach(
            (name, value) -> {
              if (!h.contains(name)) {
                h.set(name, value);
              }
            });
      }
      super.write(ctx, msg, promise);
    }
  }
}
