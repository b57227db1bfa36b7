package no.helsebro.platform.changes;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Settings of the change feed ({@code helsebro.changes.*}, docs/adr/0008). */
@ConfigurationProperties("helsebro.changes")
public class ChangeFeedConfig {

  /** How long the tailer waits between reads of the feed when nothing new was found. */
  private Duration pollInterval = Duration.ofMillis(250);

  /**
   * The shortest time between two reads when this node's own commits wake the tailer early, so a
   * burst of writes does not turn into a burst of reads.
   */
  private Duration minPollInterval = Duration.ofMillis(20);

  /** Rows read at most at once; a full batch is followed by the next read at once. */
  private int batchSize = 500;

  /**
   * How long a hole in the positions (a transaction that took its position but has not committed
   * yet) holds back the events after it before they are handed on without it.
   */
  private Duration gapWait = Duration.ofMillis(500);

  /** How long a position skipped after {@link #gapWait} is still looked for and handed on late. */
  private Duration lateWindow = Duration.ofSeconds(60);

  /** How long rows are kept; a node away for longer rebuilds instead of replaying. */
  private Duration retention = Duration.ofDays(3);

  /** How often old rows are pruned. */
  private Duration pruneInterval = Duration.ofMinutes(10);

  /**
   * How long a request from someone who has just written waits at most for this node to handle that
   * write's events before it is served anyway (docs/adr/0010).
   */
  private Duration ownWriteWait = Duration.ofSeconds(1);

  /** How long the browser keeps the position of its last write (the cookie's lifetime). */
  private Duration ownWriteMemory = Duration.ofSeconds(10);

  public Duration getPollInterval() {
    return pollInterval;
  }

  public void setPollInterval(Duration pollInterval) {
    this.pollInterval = pollInterval;
  }

  public Duration getMinPollInterval() {
    return minPollInterval;
  }

  public void setMinPollInterval(Duration minPollInterval) {
    this.minPollInterval = minPollInterval;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int batchSize) {
    this.batchSize = batchSize;
  }

  public Duration getGapWait() {
    return gapWait;
  }

  public void setGapWait(Duration gapWait) {
    this.gapWait = gapWait;
  }

  public Duration getLateWindow() {
    return lateWindow;
  }

  public void setLateWindow(Duration lateWindow) {
    this.lateWindow = lateWindow;
  }

  public Duration getRetention() {
    return retention;
  }

  public void setRetention(Duration retention) {
    this.retention = retention;
  }

  public Duration getPruneInterval() {
    return pruneInterval;
  }

  public void setPruneInterval(Duration pruneInterval) {
    this.pruneInterval = pruneInterval;
  }

  public Duration getOwnWriteWait() {
    return ownWriteWait;
  }

  public void setOwnWriteWait(Duration ownWriteWait) {
    this.ownWriteWait = ownWriteWait;
  }

  public Duration getOwnWriteMemory() {
    return ownWriteMemory;
  }

  public void setOwnWriteMemory(Duration ownWriteMemory) {
    this.ownWriteMemory = ownWriteMemory;
  }
}
