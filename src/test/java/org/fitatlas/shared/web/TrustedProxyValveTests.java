package org.fitatlas.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The client address behind trusted proxies: the forwarded list is read from the right
 * and stops at the first address that is not a trusted proxy, so what a client writes
 * into the header itself is never believed.
 */
class TrustedProxyValveTests {

	final TrustedProxyValve valve = new TrustedProxyValve(List.of("10.0.0.0/8", "192.0.2.10"));

	@Test
	void shouldTakeTheAddressTheTrustedProxySaw() {
		assertThat(this.valve.client("10.1.2.3", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
		assertThat(this.valve.client("10.1.2.3", List.of("203.0.113.7", "10.9.9.9"))).isEqualTo("203.0.113.7");
	}

	@Test
	void shouldNotBelieveWhatTheClientPutInFrontOfTheList() {
		// the client sent "X-Forwarded-For: 198.51.100.1"; the proxy appended the real
		// one
		assertThat(this.valve.client("10.1.2.3", List.of("198.51.100.1", "203.0.113.7"))).isEqualTo("203.0.113.7");
		assertThat(this.valve.client("10.1.2.3", List.of("not-an-address"))).isEqualTo("10.1.2.3");
	}

	@Test
	void shouldTrustOnlyTheConfiguredAddressesAndRanges() {
		assertThat(this.valve.trusted("10.200.0.1")).isTrue();
		assertThat(this.valve.trusted("192.0.2.10")).isTrue();
		assertThat(this.valve.trusted("192.0.2.11")).isFalse();
		assertThat(this.valve.trusted("127.0.0.1")).as("loopback is not trusted unless configured").isFalse();
		assertThat(new TrustedProxyValve(List.of()).trusted("127.0.0.1")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxyValve(List.of("proxy.example")))
			.withMessageContaining("fitatlas.trusted-proxies");
	}

}
