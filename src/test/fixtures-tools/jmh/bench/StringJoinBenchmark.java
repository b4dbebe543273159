package bench;

import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A tiny JMH benchmark for Benchboard's JMH fixtures: two ways to join n strings, for two sizes of n. */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StringJoinBenchmark {

    @Param({"10", "1000"})
    public int size;

    private String[] parts;

    @Setup
    public void setUp() {
        parts = new String[size];
        for (int i = 0; i < size; i++) parts[i] = "part-" + i;
    }

    @Benchmark
    public String builder() {
        StringBuilder b = new StringBuilder();
        for (String p : parts) b.append(p).append(',');
        return b.toString();
    }

    @Benchmark
    public String joiner() {
        StringJoiner j = new StringJoiner(",");
        for (String p : parts) j.add(p);
        return j.toString();
    }
}
