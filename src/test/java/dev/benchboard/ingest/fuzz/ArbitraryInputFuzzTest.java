package dev.benchboard.ingest.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * <p>CI runs a fixed seed and a few hundred tries per property (the fuzz package takes well under
 * 90 s). For a long session, e.g. an hour with a new seed each run:
 * <pre>
 * ./benchboard mvn test -DskipFrontend -Dtest='dev.benchboard.ingest.fuzz.*FuzzTest' \
 *     -Dbenchboard.fuzz.tries=200000 -Dbenchboard.fuzz.seed=random
 * </pre>
 * jqwik prints the seed and the shrunk input of a failure; replay it with {@code -Dbenchboard.fuzz.seed=…}
 * and add the minimal input as a plain regression test next to the importer's own tests.
 */
@AddLifecycleHook(FuzzBudget.class)
class ArbitraryInputFuzzTest {

    @Property(tries = 120)
    void anyBytes(@ForAll("bytes") byte[] input) {
        Fuzzing.everyImporter(input);
    }

    @Property(tries = 300)
    void tokenSoup(@ForAll("soup") String text) {
        Fuzzing.everyImporter(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Near-text with bytes that are not UTF-8 (or NUL, a BOM mid-file, gzip magic) inside. */
    @Property(tries = 100)
    void tokenSoupWithRawBytes(@ForAll("soup") String text, @ForAll("insertions") List<Mutation> insertions) {
        Fuzzing.everyImporter(Mutation.applyAll(text.getBytes(StandardCharsets.UTF_8), insertions));
    }

    /** Lines at and beyond the line-length limit, numbers with thousands of digits, with or without an end. */
    @Property(tries = 40)
    void longLines(@ForAll("soup") String before, @ForAll("longLine") String line, @ForAll boolean terminated) {
        Fuzzing.everyImporter((before + "\n" + line + (terminated ? "\n" : "")).getBytes(StandardCharsets.UTF_8));
    }

    /** Text in a gzip envelope, intact or corrupt. */
    @Property(tries = 60)
    void soupInGzip(@ForAll("soup") String text, @ForAll("envelope") Envelope envelope) {
        Fuzzing.everyImporter(envelope.wrap(text.getBytes(StandardCharsets.UTF_8)));
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
    Arbitrary<Envelope> envelope() {
        return FuzzInputs.envelope();
    }
}
