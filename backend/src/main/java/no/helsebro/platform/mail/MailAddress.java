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

  /** The same message as {@code @Email}'s. */
  public static final String MESSAGE = "must be a well-formed email address";

  private MailAddress() {}
}
