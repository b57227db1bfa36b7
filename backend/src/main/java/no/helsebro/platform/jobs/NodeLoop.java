package no.helsebro.platform.jobs;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread of this node that runs a loop until stopped: the change feed's tailer, the search
 * indexer. Stopping never interrupts the thread: an interrupt closes any NIO channel the thread is
 * using at that moment (a {@code FileChannel} under Lucene's index lock, a socket), which broke the
 * search index for good (docs/adr/0451). {@link #stop} lowers a flag, wakes the loop with the
 * owner's wake-up and waits for it to end; the loop checks {@link #running()} and waits with {@link
 * #pause} or on something the wake-up releases. An interrupt from elsewhere is cleared and ignored
 * by {@link #pause} and {@link #clearStrayInterrupt()}.
 */
public final class NodeLoop {

  private static final Logger LOG = LoggerFactory.getLogger(NodeLoop.class);

  private final String name;
  private final Runnable body;
  private final Runnable wake;
  private final Object sleeper = new Object();
  private volatile boolean running;
  private volatile Thread thread;

  /**
   * @param name the thread's name
   * @param body the loop: runs while {@link #running()}, returns when it is false
   * @param wake makes the loop look at {@link #running()} soon (raise what it waits on)
   */
  public NodeLoop(String name, Runnable body, Runnable wake) {
    this.name = name;
    this.body = body;
    this.wake = wake;
  }

  /** Starts the thread, unless it runs. */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /** Whether the loop is to go on. */
  public boolean running() {
    return running;
  }

  /** The loop's thread while it runs (for tests). */
  public Thread thread() {
    return thread;
  }

  /**
   * Asks the loop to end and waits up to {@code max} for it, without interrupting it; answers
   * whether it ended.
   */
  public boolean stop(Duration max) {
    Thread t;
    synchronized (this) {
      if (!running) {
        return true;
      }
      running = false;
      t = thread;
      thread = null;
    }
    wake.run();
    synchronized (sleeper) {
      sleeper.notifyAll();
    }
    if (t == null || t == Thread.currentThread()) {
      return true;
    }
    try {
      t.join(max.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (t.isAlive()) {
      LOG.warn("{} did not end within {} ms", name, max.toMillis());
      return false;
    }
    return true;
  }

  /** Waits up to {@code millis}, less when stopped; an interrupt does not end the wait early. */
  public void pause(long millis) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    synchronized (sleeper) {
      while (running) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          return;
        }
        try {
          sleeper.wait(left);
        } catch (InterruptedException e) {
          LOG.warn("{} was interrupted; ignored (it ends when stopped)", name);
        }
      }
    }
  }

  /**
   * Clears an interrupt of the current thread before it does I/O, so that no channel of it is
   * closed; answers whether there was one (logged).
   */
  public boolean clearStrayInterrupt() {
    if (Thread.interrupted()) {
      LOG.warn("{} was interrupted; ignored (it ends when stopped)", name);
      return true;
    }
    return false;
  }
}
