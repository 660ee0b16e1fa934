package ca.quebec.catalogue.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A page of the feed, newest first.
 *
 * @param updated    when the newest change of the page was committed; for an empty page, the last commit of the
 *                   catalogue (null when it has none)
 * @param nextCursor where the older changes start, or null on the last page
 */
public record FeedPage(FeedFilter filter, List<FeedEntry> entries, OffsetDateTime updated, String nextCursor) {
}
