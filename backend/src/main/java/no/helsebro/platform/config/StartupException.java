package no.helsebro.platform.config;

/**
 * A configuration problem that stops Helsebro from starting. Its message is the one line shown to
 * the operator: what is wrong and how to fix it.
 */
public class StartupException extends RuntimeException {

  public StartupException(String message) {
    super(message);
  }

  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
