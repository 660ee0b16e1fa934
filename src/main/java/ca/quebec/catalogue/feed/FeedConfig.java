package ca.quebec.catalogue.feed;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The Atom feed's options (prefix {@code catalogue.feed}). */
@ConfigMapping(prefix = "catalogue.feed")
public interface FeedConfig {

    /**
     * The tagging entity of entry ids (RFC 4151: a domain the service owns and a
     * date, {@code catalogue.example,2025}). Unset, the request's host name and 2025:
     * stable as long as readers keep reaching the service by the same name.
     */
    Optional<String> tagAuthority();
}
