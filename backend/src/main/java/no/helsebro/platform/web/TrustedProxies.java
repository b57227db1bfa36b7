package no.helsebro.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which address a request came from when reverse proxies stand in between. Only a proxy listed in
 * configuration may name the client: the chain in {@code X-Forwarded-For} is read from the right
 * (the hop nearest to us) and the first address that is not a trusted proxy is the client. Anything
 * a client writes into the header itself sits further left and is never reached unless every hop to
 * its right is a trusted proxy. Plain Java; never resolves host names.
 */
public final class TrustedProxies {

  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private record Range(byte[] network, int prefix) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[full] & mask) == (network[full] & mask);
    }
  }

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = ranges;
  }

  /**
   * Parses addresses and CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}, {@code 127.0.0.1}).
   *
   * @throws IllegalArgumentException for anything that is not a literal address or range
   */
  public static TrustedProxies of(List<String> cidrs) {
    List<Range> ranges = new ArrayList<>();
    for (String cidr : cidrs) {
      String s = cidr.strip();
      if (s.isEmpty()) {
        continue;
      }
      int slash = s.indexOf('/');
      String host = slash < 0 ? s : s.substring(0, slash);
      byte[] network =
          literal(host)
              .orElseThrow(() -> new IllegalArgumentException("Not an address or range: " + cidr));
      int bits = network.length * 8;
      int prefix;
      try {
        prefix = slash < 0 ? bits : Integer.parseInt(s.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Not an address or range: " + cidr, e);
      }
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("Not an address or range: " + cidr);
      }
      ranges.add(new Range(network, prefix));
    }
    return new TrustedProxies(List.copyOf(ranges));
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** Whether a literal address is one of the trusted proxies. */
  public boolean trusts(String address) {
    Optional<byte[]> bytes = literal(address);
    return bytes.isPresent() && ranges.stream().anyMatch(r -> r.contains(bytes.get()));
  }

  /**
   * The client's address.
   *
   * @param remote the address of the peer the server sees
   * @param forwardedFor the values of every {@code X-Forwarded-For} header, in order
   */
  public String clientAddress(String remote, List<String> forwardedFor) {
    if (ranges.isEmpty() || !trusts(remote)) {
      return remote;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String part : header.split(",")) {
        hops.add(part.strip());
      }
    }
    String client = remote;
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<String> hop = normalise(hops.get(i));
      if (hop.isEmpty()) {
        // A hop we cannot read: the last trusted proxy is the best we know.
        return client;
      }
      client = hop.get();
      if (!trusts(client)) {
        return client;
      }
    }
    return client;
  }

  /** A literal address without port or brackets, in canonical form; empty if it is not one. */
  static Optional<String> normalise(String hop) {
    String s = hop.strip();
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        return Optional.empty();
      }
      s = s.substring(1, close);
    } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':') && s.contains(".")) {
      s = s.substring(0, s.indexOf(':')); // IPv4 with a port
    }
    return literal(s).map(TrustedProxies::text);
  }

  private static String text(byte[] address) {
    try {
      return InetAddress.getByAddress(address).getHostAddress().toLowerCase(Locale.ROOT);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bytes of a literal IPv4 or IPv6 address; never a name lookup. */
  private static Optional<byte[]> literal(String s) {
    if (!IPV4.matcher(s).matches() && !(s.contains(":") && IPV6.matcher(s).matches())) {
      return Optional.empty();
    }
    if (IPV4.matcher(s).matches()) {
      for (String octet : s.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return Optional.empty();
        }
      }
    }
    try {
      // A literal (checked above) is parsed, not looked up.
      return Optional.of(InetAddress.getByName(s).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
