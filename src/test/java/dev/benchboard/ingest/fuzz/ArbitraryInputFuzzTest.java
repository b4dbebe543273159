package dev.benchboard.ingest.fuzz;

import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.Importer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Arbitrary input through every importer and every detector: any bytes, any text, give a result or
 * a clean error within the time bound (see {@link Fuzzing}), and results keep {@link ResultInvariants}.
 *
 * <p>CI runs a fixed seed and a few hundred tries per property (the fuzz package takes about a minute).
 * For a long session — here 50 times the tries, about 40 minutes on two cores, a new seed each run:
 * <pre>
 * ./benchboard mvn test -DskipFrontend -Dtest='dev.benchboard.ingest.fuzz.*FuzzTest' \
 *     -Dbenchboard.fuzz.factor=50 -Dbenchboard.fuzz.seed=random
 * </pre>
 * ({@code -Dbenchboard.fuzz.tries=N} sets N tries for every property instead, see {@link FuzzBudget};
 * {@code -Dbenchboard.fuzz.timeoutMillis} changes the 2 s bound per input.) jqwik prints the seed and
 * the shrunk input of a failure; replay it with {@code -Dbenchboard.fuzz.seed=…}, fix the importer and
 * add the minimal input as a plain regression test next to the importer's own tests.
 */
@AddLifecycleHook(FuzzBudget.class)
class ArbitraryInputFuzzTest {

    @Property(tries = 250)
    void anyBytes(@ForAll("bytes") byte[] input) {
        Fuzzing.everyImporter(input);
    }

    @Property(tries = 500)
    void tokenSoup(@ForAll("soup") String text) {
        Fuzzing.everyImporter(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Near-text with bytes that are not UTF-8 (or NUL, a BOM mid-file, gzip magic) inside. */
    @Property(tries = 200)
    void tokenSoupWithRawBytes(@ForAll("soup") String text, @ForAll("insertions") List<Mutation> insertions) {
        Fuzzing.everyImporter(Mutation.applyAll(text.getBytes(StandardCharsets.UTF_8), insertions));
    }

    /** Lines at and beyond the line-length limit, numbers with thousands of digits, with or without an end. */
    @Property(tries = 50)
    void longLines(@ForAll("soup") String before, @ForAll("longLine") String line, @ForAll boolean terminated) {
        Fuzzing.everyImporter((before + "\n" + line + (terminated ? "\n" : "")).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One line just under the production line-length limit (1 MiB), made of a fixture line repeated:
     * a regex that backtracks quadratically, or a scan per character that restarts, shows here as a
     * hang long before the small test limit would let it.
     */
    @Property(tries = 6)
    void productionSizedLines(@ForAll("fixtureLine") String unit, @ForAll boolean terminated) {
        ImportLimits production = new ImportLimits(Fuzzing.LIMITS.maxBytes(), Fuzzing.LIMITS.maxRows(),
                ImportLimits.defaults().maxLineLength(), Fuzzing.LIMITS.maxDecompressedBytes());
        int length = production.maxLineLength() - 16;
        String line = (unit + " ").repeat(length / (unit.length() + 1) + 1).substring(0, length);
        byte[] input = (line + (terminated ? "\n" : "")).getBytes(StandardCharsets.UTF_8);
        for (Importer importer : Fuzzing.IMPORTERS) Fuzzing.parse(importer, input, Map.of(), production);
        Fuzzing.detectAll(input);
    }

    /** Text in a gzip envelope, intact or corrupt. */
    @Property(tries = 120)
    void soupInGzip(@ForAll("soup") String text, @ForAll("envelope") Envelope envelope) {
        Fuzzing.everyImporter(envelope.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The column-mapping importer (never chosen by detection, so not in everyImporter) on any text or bytes. */
    @Property(tries = 200)
    void mappedTokenSoup(@ForAll("mapped") MappedFixtures.Mapped mapped, @ForAll("soup") String text,
                         @ForAll("bytes") byte[] bytes) {
        MappedFixtures.read(mapped.mapping(), text.getBytes(StandardCharsets.UTF_8));
        MappedFixtures.read(mapped.mapping(), bytes);
    }

    @Provide
    Arbitrary<MappedFixtures.Mapped> mapped() {
        return Arbitraries.of(MappedFixtures.ALL);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(1024);
    }

    @Provide
    Arbitrary<String> soup() {
        return FuzzInputs.soup();
    }

    @Provide
    Arbitrary<List<Mutation>> insertions() {
        return Combinators.combine(FuzzInputs.fraction(), FuzzInputs.specialBytes())
                .as((at, bytes) -> (Mutation) new Mutation.InsertBytes(at, bytes)).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> longLine() {
        return FuzzInputs.longLine();
    }

    @Provide
    Arbitrary<String> fixtureLine() {
        return FuzzInputs.fixtureLine();
    }

    @Provide
    Arbitrary<Envelope> envelope() {
        return FuzzInputs.envelope();
    }
}
