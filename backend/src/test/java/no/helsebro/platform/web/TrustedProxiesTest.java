package no.helsebro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  @Test
  void withNoTrustedProxiesTheForwardedHeaderIsIgnored() {
    TrustedProxies none = TrustedProxies.of(List.of());

    assertThat(none.clientAddress("198.51.100.7", List.of("203.0.113.9")))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void aPeerThatIsNotATrustedProxyCannotNameAnotherAddress() {
    TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8"));

    assertThat(proxies.clientAddress("198.51.100.7", List.of("203.0.113.9")))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void aTrustedProxyNamesTheClientItSaw() {
    TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8"));

    assertThat(proxies.clientAddress("10.1.2.3", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
  }

  @Test
  void whatAClientWritesIntoTheHeaderItselfIsSkipped() {
    TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8"));

    // The client sent "X-Forwarded-For: 1.2.3.4"; HAProxy appended the address it saw.
    assertThat(proxies.clientAddress("10.1.2.3", List.of("1.2.3.4, 203.0.113.9")))
        .isEqualTo("203.0.113.9");
    assertThat(proxies.clientAddress("10.1.2.3", List.of("1.2.3.4", "203.0.113.9")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void aChainOfTrustedProxiesIsWalkedFromTheRight() {
    TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "fd00::/8"));

    assertThat(proxies.clientAddress("10.0.0.2", List.of("forged, 203.0.113.9, fd00::5, 10.0.0.1")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void anUnreadableHopStopsTheWalkAtTheLastTrustedProxy() {
    TrustedProxies proxies = TrustedProxies.of(List.of("127.0.0.1"));

    assertThat(proxies.clientAddress("127.0.0.1", List.of("evil.example"))).isEqualTo("127.0.0.1");
    assertThat(proxies.clientAddress("127.0.0.1", List.of("999.1.1.1"))).isEqualTo("127.0.0.1");
  }

  @Test
  void portsAndBracketsAreRemovedAndIpv6IsCanonical() {
    TrustedProxies proxies = TrustedProxies.of(List.of("127.0.0.1"));

    assertThat(proxies.clientAddress("127.0.0.1", List.of("203.0.113.9:5123")))
        .isEqualTo("203.0.113.9");
    assertThat(proxies.clientAddress("127.0.0.1", List.of("[2001:DB8::1]:443")))
        .isEqualTo("2001:db8:0:0:0:0:0:1");
  }

  @Test
  void rangesMatchByPrefix() {
    TrustedProxies proxies = TrustedProxies.of(List.of("192.168.4.0/22", "2001:db8::/32"));

    assertThat(proxies.trusts("192.168.7.255")).isTrue();
    assertThat(proxies.trusts("192.168.8.0")).isFalse();
    assertThat(proxies.trusts("2001:db8:ffff::1")).isTrue();
    assertThat(proxies.trusts("2001:db9::1")).isFalse();
    assertThat(proxies.trusts("not-an-address")).isFalse();
  }

  @Test
  void aMisconfiguredRangeIsRefusedAtStart() {
    assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.example")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
