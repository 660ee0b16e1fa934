package ca.quebec.catalogue.search;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers of the current index snapshot. A snapshot never changes, so the same question
 * asked of it has the same answer: keep the answer until the snapshot is replaced, then
 * drop them all at once. Bounded by an estimate of the answers' size in bytes; a key
 * holds everything that decides the answer, the caller's visibility class included.
 */
final class AnswerCache {

    private record Generation(long version, Cache<Object, Answer> answers) {
    }

    private record Answer(Object value, int bytes) {
    }

    private final long maxBytes;
    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(-1, null));
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** @param maxBytes 0 turns the cache off */
    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The answer for the key on this reader's snapshot, computed once per snapshot while it stays in the bound. */
    <T> T get(IndexReader reader, Object key, Supplier<T> compute, ToIntFunction<T> bytes) {
        return get(((DirectoryReader) reader).getVersion(), key, compute, bytes);
    }

    /**
     * The same, for an answer computed on the snapshot of this version or a newer one: a caller
     * that reads the version before it searches may keep what it builds from the search under it.
     */
    @SuppressWarnings("unchecked")
    <T> T get(long version, Object key, Supplier<T> compute, ToIntFunction<T> bytes) {
        Cache<Object, Answer> answers = maxBytes > 0 ? answers(version) : null;
        if (answers == null) {
            misses.increment();
            return compute.get();
        }
        Answer cached = answers.getIfPresent(key);
        if (cached != null) {
            hits.increment();
            return (T) cached.value();
        }
        misses.increment();
        // Computed outside the cache's lock: two callers racing on a new key both compute it, which is harmless.
        T value = compute.get();
        answers.put(key, new Answer(value, bytes.applyAsInt(value)));
        return value;
    }

    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }

    /** The cache of the snapshot of this version; null for a snapshot older than the newest seen (a search still running on it). */
    private Cache<Object, Answer> answers(long version) {
        while (true) {
            Generation seen = current.get();
            if (seen.version() == version) {
                return seen.answers();
            }
            if (seen.version() > version) {
                return null;
            }
            // Evictions run on the caller's thread: the bound holds when put returns, with no pool to share.
            Generation fresh = new Generation(version, Caffeine.newBuilder().maximumWeight(maxBytes)
                    .weigher((Object k, Answer a) -> a.bytes()).executor(Runnable::run).build());
            if (current.compareAndSet(seen, fresh)) {
                return fresh.answers();
            }
        }
    }
}
