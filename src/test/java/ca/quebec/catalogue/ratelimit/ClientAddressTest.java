package ca.quebec.catalogue.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ca.quebec.catalogue.ratelimit.RateLimiter.Kind;

class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "192.0.2.7", "2001:db8::/32"));

    @ParameterizedTest(name = "{0} forwarding [{1}] is {2}")
    @CsvSource(delimiter = '|', value = {
            // No trusted proxy in between: the socket's address, whatever the header says.
            "198.51.100.1 | 203.0.113.9                      | 198.51.100.1",
            // A trusted proxy: the first untrusted address from the right.
            "10.1.2.3     | 203.0.113.9                      | 203.0.113.9",
            "10.1.2.3     | 1.1.1.1, 203.0.113.9             | 203.0.113.9",
            "10.1.2.3     | 203.0.113.9, 192.0.2.7           | 203.0.113.9",
            "192.0.2.7    | 203.0.113.9, 10.9.9.9            | 203.0.113.9",
            // Every hop trusted: the left-most one.
            "10.1.2.3     | 10.4.4.4, 192.0.2.7              | 10.4.4.4",
            // Nothing forwarded: the proxy itself.
            "10.1.2.3     | ''                               | 10.1.2.3",
            // Garbage a proxy passed on: go no further left than what could be read.
            "10.1.2.3     | 203.0.113.9, unknown             | 10.1.2.3",
            "10.1.2.3     | 203.0.113.9, 999.1.1.1           | 10.1.2.3",
            "10.1.2.3     | 1.1.1.1, de.ad.be.ef             | 10.1.2.3",
            "10.1.2.3     | 203.0.113.9:4711                 | 203.0.113.9",
            "10.1.2.3     | [2001:db8::5], 2a00:1450::1       | 2a00:1450:0:0:0:0:0:1",
            "2001:db8::1  | 203.0.113.9                      | 203.0.113.9",
    })
    void findsTheClientFromTheRight(String peer, String forwarded, String client) {
        assertEquals(client, behindProxies.of(peer, forwarded.isEmpty() ? List.of() : List.of(forwarded)));
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsNeverRead() {
        assertEquals("10.1.2.3", new ClientAddress(List.of()).of("10.1.2.3", List.of("203.0.113.9")));
    }

    @Test
    void headersRepeatedAreReadInOrder() {
        assertEquals("203.0.113.9", behindProxies.of("10.1.2.3", List.of("1.1.1.1", "203.0.113.9, 10.0.0.1")));
    }

    @Test
    void blocksAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("proxy.example")));
        assertEquals("10.0.0.0", new ClientAddress(List.of("10.0.0.0/31")).of("10.0.0.1", List.of("10.0.0.0")));
        assertEquals("10.0.0.2", new ClientAddress(List.of("10.0.0.0/31")).of("10.0.0.2", List.of("10.0.0.0")));
        assertNull(ClientAddress.parse("localhost"));
    }

    @ParameterizedTest(name = "{0} {1} spends {2}")
    @CsvSource({
            "GET, /api/v1/software, READ",
            "HEAD, /api/v1/software/gimp, READ",
            "GET, /api/v1/search, SEARCH",
            "GET, /api/v1/suggest, SEARCH",
            "GET, /api/v1/reconcile, SEARCH",
            "POST, /api/v1/reconcile, SEARCH",
            "GET, /api/v1/reconcile/records/software:gimp, READ",
            "GET, /recherche, SEARCH",
            "GET, /en/search, SEARCH",
            "GET, /logiciels/gimp, READ",
            "POST, /api/v1/software, WRITE",
            "PATCH, /api/v1/software/gimp, WRITE",
            "PUT, /api/v1/software/gimp/usages/inspq, WRITE",
            "DELETE, /api/v1/webhooks/w1, WRITE",
    })
    void requestsSpendTheRightBudget(String method, String path, Kind kind) {
        assertEquals(kind, RateLimitFilter.kind(method, path));
    }
}
