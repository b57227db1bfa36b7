package no.helsebro.platform.jobs;

import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of a scheduled job (docs/adr/0009): the job's {@code @Scheduled} and
 * {@code @SchedulerLock} method hands its work here, which runs it and logs, under the job's own
 * logger, what it did when it did anything. The lease and the schedule stay on the job's method,
 * where ShedLock and JobLeaseSettingsTest look for them.
 */
public final class JobPasses {

  private JobPasses() {}

  /**
   * Runs {@code pass}; when it answers more than 0, logs {@code done} at INFO with the count and
   * the milliseconds it took as arguments (a message with one {@code {}} shows the count only).
   * Answers the count.
   */
  public static int run(Class<?> job, String done, IntSupplier pass) {
    long started = System.nanoTime();
    int count = pass.getAsInt();
    if (count > 0) {
      Logger log = LoggerFactory.getLogger(job);
      log.info(done, count, (System.nanoTime() - started) / 1_000_000);
    }
    return count;
  }
}
