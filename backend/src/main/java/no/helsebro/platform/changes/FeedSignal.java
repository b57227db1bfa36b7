package no.helsebro.platform.changes;

import jakarta.inject.Singleton;

/**
 * Wakes this node's tailer early when this node committed events, so its own listeners hear of them
 * within milliseconds instead of at the next poll.
 */
@Singleton
final class FeedSignal {

  private boolean raised;

  synchronized void raise() {
    raised = true;
    notifyAll();
  }

  /** Waits until raised or the time is up; answers whether it was raised, and lowers it. */
  synchronized boolean await(long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (!raised) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    raised = false;
    return true;
  }
}
