package ca.quebec.catalogue.ratelimit;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Rate limits per caller (prefix {@code catalogue.rate-limit}). A budget is a token
 * bucket: {@code capacity} requests at once, refilled at {@code per-minute}. The
 * defaults let a person browsing the portal, or a harvester paging through the API,
 * never meet a limit, and stop a script that loops as fast as it can. The budgets'
 * defaults are in application.properties.
 */
@ConfigMapping(prefix = "catalogue.rate-limit")
public interface RateLimitConfig {

    /** Off: no request is ever refused for its rate (benchmarks turn it off). */
    @WithDefault("true")
    boolean enabled();

    /** GET, HEAD and OPTIONS of records, lists, exports, feeds and pages. */
    Budget reads();

    /** Searches, suggestions and reconciliation: the most expensive reads. */
    Budget searches();

    /** POST, PUT, PATCH and DELETE, except reconciliation batches (searches). */
    Budget writes();

    /**
     * Refused keys and tokens, per client address: once spent, that address may send no
     * Authorization header until the bucket refills (anonymous reads still go through),
     * so that guessing keys costs minutes, not milliseconds.
     */
    Budget failedSignIns();

    /**
     * Addresses or CIDR blocks of the reverse proxies in front of the service. Only when
     * a request comes from one of them is X-Forwarded-For read (from the right, skipping
     * the trusted ones) to find the client's address. Unset: the socket's address.
     */
    Optional<List<String>> trustedProxies();

    /** How many callers' buckets are kept (the least recently seen are forgotten). */
    @WithDefault("100000")
    int maxCallers();

    interface Budget {
        /** Requests that may arrive at once. */
        long capacity();

        /** Requests given back per minute, evenly. */
        long perMinute();
    }
}
