package ca.quebec.catalogue.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ca.quebec.catalogue.kernel.Violation;

/** Server-side request forgery: which targets a webhook may have, without the network (names resolve through a table). */
class TargetsTest {

    private final Map<String, String[]> dns = new ConcurrentHashMap<>(Map.of(
            "localhost", new String[] { "127.0.0.1", "::1" },
            "hooks.exemple.qc.ca", new String[] { "142.213.10.20" },
            "mixed.exemple.qc.ca", new String[] { "142.213.10.20", "10.1.2.3" },
            "metadata.internal", new String[] { "169.254.169.254" }));

    private final Targets targets = new Targets(false, host -> {
        String[] addresses = dns.get(host);
        if (addresses == null) {
            // Literals resolve to themselves, as InetAddress does without asking a server.
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return new InetAddress[] { InetAddress.getByName(host) };
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    });

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "http://hooks.exemple.qc.ca/x          | webhook-https",
            "https://127.0.0.1/x                   | webhook-private-target",
            "https://10.0.0.1/x                    | webhook-private-target",
            "https://[::1]/x                       | webhook-private-target",
            "https://169.254.169.254/latest        | webhook-private-target",
            "https://localhost/x                   | webhook-private-target",
            "https://0.0.0.0/x                     | webhook-private-target",
            "https://[::ffff:10.0.0.1]/x           | webhook-private-target",
            "https://[::ffff:7f00:1]/x             | webhook-private-target",
            "https://[fd00::1]/x                   | webhook-private-target",
            "https://[fe80::1]/x                   | webhook-private-target",
            "https://[ff02::1]/x                   | webhook-private-target",
            "https://224.0.0.1/x                   | webhook-private-target",
            "https://192.168.1.1:8443/x            | webhook-private-target",
            "https://172.31.255.255/x              | webhook-private-target",
            "https://100.64.0.1/x                  | webhook-private-target",
            "https://[64:ff9b::a9fe:a9fe]/x        | webhook-private-target",
            "https://[2002:a00:1::]/x              | webhook-private-target",
            "https://2130706433/x                  | webhook-private-target",
            "https://metadata.internal/x           | webhook-private-target",
            "https://mixed.exemple.qc.ca/x         | webhook-private-target",
            "https://nowhere.invalid/x             | webhook-unresolvable",
            "https://user:secret@hooks.exemple.qc.ca/x | webhook-userinfo",
            "https://hooks.exemple.qc.ca/x#part    | webhook-fragment",
            "ftp://hooks.exemple.qc.ca/x           | url",
            "https:///x                            | url",
            "not a url                             | url",
            "/relative/path                        | url" })
    void aTargetThatIsNotAPublicHttpsServerIsRefused(String url, String code) {
        List<Violation> refused = targets.check("/url", url);
        assertEquals(1, refused.size(), url + ": " + refused);
        assertEquals("/url", refused.get(0).field());
        assertEquals(code, refused.get(0).code(), url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "https://hooks.exemple.qc.ca/catalogue", "https://142.213.10.20:8443/x?token=abc", "https://[2607:f8b0:4004:800::200e]/x",
            "https://1.1.1.1/hooks", "HTTPS://hooks.exemple.qc.ca/x" })
    void aPublicHttpsServerIsAccepted(String url) {
        assertEquals(List.of(), targets.check("/url", url));
    }

    @Test
    void theRuleIsCheckedAgainAtDeliveryBecauseANameCanResolveElsewhereLater() {
        URI target = URI.create("https://hooks.exemple.qc.ca/catalogue");
        assertTrue(targets.refusal(target).isEmpty());
        dns.put("hooks.exemple.qc.ca", new String[] { "10.0.0.7" });
        assertEquals("webhook-private-target", targets.refusal(target).orElseThrow().code());
        assertEquals("refused: 10.0.0.7 is not a public address", targets.refusal(target).orElseThrow().describe());
    }

    @Test
    void ipv4MappedAddressesAreJudgedByTheIpv4AddressTheyCarry() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = (byte) 169;
        mapped[13] = (byte) 254;
        mapped[14] = (byte) 169;
        mapped[15] = (byte) 254;
        assertEquals(false, Targets.isPublic(Inet6Address.getByAddress(null, mapped, null)));
        mapped[12] = (byte) 142;
        mapped[13] = (byte) 213;
        assertEquals(true, Targets.isPublic(Inet6Address.getByAddress(null, mapped, null)));
    }

    @Test
    void theFlagForTestsAllowsPlainHttpAndPrivateAddresses() {
        Targets open = new Targets(true, host -> {
            throw new UnknownHostException(host);
        });
        assertEquals(List.of(), open.check("/url", "http://127.0.0.1:8089/hooks"));
        assertTrue(open.refusal(URI.create("http://10.0.0.1/")).isEmpty());
    }
}
