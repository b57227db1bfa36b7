package no.helsebro.platform.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Holds back warnings and errors with stack traces while Helsebro starts, so that a failed start
 * shows one clear line (printed by {@code Application}) instead of pages of traces. After start,
 * everything passes.
 */
public class StartupLogFilter extends Filter<ILoggingEvent> {

  private static volatile boolean started;
  private static final boolean DEBUG =
      Boolean.parseBoolean(System.getenv("HELSEBRO_STARTUP_DEBUG"));

  public static void markStarted() {
    started = true;
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    if (started || DEBUG || !event.getLevel().isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    return event.getThrowableProxy() == null ? FilterReply.NEUTRAL : FilterReply.DENY;
  }
}
