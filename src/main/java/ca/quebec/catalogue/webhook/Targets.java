package ca.quebec.catalogue.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.Violation;

/**
 * Where the service may send a webhook: an https URL whose host resolves to public
 * addresses only. Anything else would let a key holder make the service call its own
 * network (server-side request forgery): the database's host, a cloud's metadata
 * endpoint (169.254.169.254), an admin page on localhost. Checked when a subscription
 * is made and again before every attempt, since a name can resolve elsewhere later.
 * {@code catalogue.webhooks.allow-private-targets} lifts the rule, for tests.
 */
final class Targets {

    static final int URL_MAX = Checks.URL_MAX;

    /** Address blocks that are not the public Internet (IANA special-purpose registries, RFC 6890 and successors). */
    private static final List<Block> NOT_PUBLIC = List.of(
            Block.of("0.0.0.0", 8), // "this network", 0.0.0.0
            Block.of("10.0.0.0", 8), // private
            Block.of("100.64.0.0", 10), // shared address space (carrier-grade NAT)
            Block.of("127.0.0.0", 8), // loopback
            Block.of("169.254.0.0", 16), // link-local, cloud metadata
            Block.of("172.16.0.0", 12), // private
            Block.of("192.0.0.0", 24), // IETF protocol assignments
            Block.of("192.0.2.0", 24), // documentation
            Block.of("192.88.99.0", 24), // 6to4 relay anycast
            Block.of("192.168.0.0", 16), // private
            Block.of("198.18.0.0", 15), // benchmarking
            Block.of("198.51.100.0", 24), // documentation
            Block.of("203.0.113.0", 24), // documentation
            Block.of("224.0.0.0", 4), // multicast
            Block.of("240.0.0.0", 4), // reserved, broadcast
            Block.of("::", 128), // unspecified
            Block.of("::1", 128), // loopback
            Block.of("100::", 64), // discard
            Block.of("2001::", 32), // Teredo (tunnels to any IPv4 address)
            Block.of("2001:db8::", 32), // documentation
            Block.of("fc00::", 7), // unique local
            Block.of("fe80::", 10), // link-local
            Block.of("fec0::", 10), // site-local (deprecated)
            Block.of("ff00::", 8)); // multicast

    private final boolean allowPrivate;
    private final Resolver resolver;

    /** Name resolution, replaceable in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    Targets(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    Targets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** What is wrong with a URL as a subscription's target, at a JSON pointer; empty when it may be used. */
    List<Violation> check(String field, String url) {
        Checks checks = new Checks();
        checks.text(field, url, URL_MAX, true);
        if (!checks.ok()) {
            return checks.violations();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return List.of(Violation.of(field, "url"));
        }
        Optional<String> syntax = syntax(uri);
        if (syntax.isPresent()) {
            return List.of(Violation.of(field, syntax.get()));
        }
        return refusal(uri).map(reason -> List.of(Violation.of(field, reason.code(), reason.detail()))).orElse(List.of());
    }

    /** Why the service will not call this target now, resolving its host afresh; empty when it may. */
    Optional<Reason> refusal(URI uri) {
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host(uri));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of(new Reason("webhook-unresolvable", uri.getHost()));
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of(new Reason("webhook-private-target", address.getHostAddress()));
            }
        }
        return addresses.length == 0 ? Optional.of(new Reason("webhook-unresolvable", uri.getHost())) : Optional.empty();
    }

    /** A refusal: a message code (violation.*) and the host or address it names. */
    record Reason(String code, String detail) {

        String describe() {
            return code.equals("webhook-unresolvable") ? "host " + detail + " does not resolve"
                    : "refused: " + detail + " is not a public address";
        }
    }

    private Optional<String> syntax(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("url");
        }
        if (!scheme.equals("https") && !allowPrivate) {
            return Optional.of("webhook-https");
        }
        if (uri.getRawUserInfo() != null) {
            // Credentials in a URL end up in logs; receivers authenticate the sender by the signature.
            return Optional.of("webhook-userinfo");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("webhook-fragment");
        }
        return Optional.empty();
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether an address is on the public Internet, looking through the IPv6 forms that carry an IPv4 address. */
    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                return isPublicBytes(embedded);
            }
        }
        return isPublicBytes(bytes);
    }

    private static boolean isPublicBytes(byte[] bytes) {
        return NOT_PUBLIC.stream().noneMatch(block -> block.contains(bytes));
    }

    /**
     * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d),
     * NAT64 (64:ff9b::a.b.c.d) or 6to4 (2002:AABB:CCDD::) address; null for others.
     */
    private static byte[] embeddedIpv4(byte[] v6) {
        boolean zeros80 = allZero(v6, 0, 10);
        if (zeros80 && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff) {
            return java.util.Arrays.copyOfRange(v6, 12, 16);
        }
        if (zeros80 && v6[10] == 0 && v6[11] == 0 && !allZero(v6, 12, 15)) {
            // ::a.b.c.d, but not :: or ::1, which the blocks name
            return java.util.Arrays.copyOfRange(v6, 12, 16);
        }
        if ((v6[0] & 0xff) == 0x00 && (v6[1] & 0xff) == 0x64 && (v6[2] & 0xff) == 0xff && (v6[3] & 0xff) == 0x9b && allZero(v6, 4, 12)) {
            return java.util.Arrays.copyOfRange(v6, 12, 16);
        }
        if ((v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x02) {
            return java.util.Arrays.copyOfRange(v6, 2, 6);
        }
        return null;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** A block of addresses: a prefix and its length in bits. */
    private record Block(byte[] prefix, int bits) {

        static Block of(String literal, int bits) {
            try {
                // A literal never touches the resolver.
                InetAddress address = InetAddress.getByName(literal);
                return new Block(address.getAddress(), bits);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(literal, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }
}
