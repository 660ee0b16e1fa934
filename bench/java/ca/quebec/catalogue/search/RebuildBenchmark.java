package ca.quebec.catalogue.search;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to rebuild the whole index (what start-up does after reading the database):
 * analyse and index every record, then open the new snapshot. Each call is timed once.
 */
// A rebuild is one long call: it takes about ten of them before the JIT has settled.
@Warmup(iterations = 10)
@Measurement(iterations = 10)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RebuildBenchmark {

    @Param({ "10000" })
    public int size;

    private List<SearchDocument> documents;
    private SearchIndex index;

    @Setup(Level.Trial)
    public void generate() {
        documents = SyntheticCatalogue.generate(size, 42);
        index = new SearchIndex();
    }

    @TearDown(Level.Trial)
    public void close() {
        index.close();
    }

    @Benchmark
    public int replaceAll() {
        index.replaceAll(documents);
        return index.size();
    }
}
