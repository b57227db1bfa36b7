package no.helsebro.platform.mail;

/**
 * What an e-mail address we send to must look like: a dot-atom local part and a host name, in
 * ASCII. Anything else (an invisible character, a non-ASCII letter, a second @) is refused when it
 * is given, as a field error, instead of failing later in the SMTP server (issue 9 item 14).
 */
public final class MailAddress {

  /** For {@code @Pattern(regexp = MailAddress.PATTERN)} on request fields that take an address. */
  public static final String PATTERN =
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+";

  /**
   * The format name for {@code @Pattern(message = ...)}: the problem handler answers code {@code
   * email}, as {@code @Email} did, so the page says what an address looks like.
   */
  public static final String MESSAGE = "email";

  private MailAddress() {}
}
