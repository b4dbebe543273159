package dev.benchboard.ingest.fuzz;

import dev.benchboard.ingest.model.Importer;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Each importer's real fixtures, broken the way real files break ({@link Mutation}) and uploaded
 * plain or in an intact or corrupt gzip envelope ({@link Envelope}): the fixture's own importer, one
 * other importer (a user may choose a wrong format) and every detector give a result or a clean error
 * within the time bound, and results keep {@link ResultInvariants}. Formats are drawn uniformly, so
 * every importer gets about tries / 21 mutated files. How to run a long session: see
 * {@link ArbitraryInputFuzzTest}.
 */
@AddLifecycleHook(FuzzBudget.class)
class FixtureMutationFuzzTest {

    @Property(tries = 1200)
    void mutatedFixture(@ForAll("fixtures") FuzzFixtures.Fixture fixture, @ForAll("mutations") List<Mutation> mutations,
                        @ForAll("envelope") Envelope envelope, @ForAll("formats") String otherFormat) {
        byte[] input = envelope.wrap(Mutation.applyAll(fixture.bytes(), mutations));
        Fuzzing.parse(importer(fixture.format()), input);
        Fuzzing.parse(importer(otherFormat), input);
        Fuzzing.detectAll(input);
    }

    /**
     * The upload form's hints are user input too: any value of the hints the importers read (a chaos
     * window, HdrHistogram's unit, wrk2's rate, GOGC, labels) with a lightly mutated fixture.
     */
    @Property(tries = 250)
    void hints(@ForAll("fixtures") FuzzFixtures.Fixture fixture, @ForAll("fewMutations") List<Mutation> mutations,
               @ForAll("hints") Map<String, String> hints) {
        Fuzzing.parse(importer(fixture.format()), Mutation.applyAll(fixture.bytes(), mutations), hints);
    }

    /** The column-mapping importer on its mappings' real files, mutated, and on another mapping's file. */
    @Property(tries = 400)
    void mutatedMappedFile(@ForAll("mapped") MappedFixtures.Mapped mapped, @ForAll("mutations") List<Mutation> mutations,
                           @ForAll("envelope") Envelope envelope, @ForAll("mapped") MappedFixtures.Mapped other) {
        byte[] input = envelope.wrap(Mutation.applyAll(mapped.file(), mutations));
        MappedFixtures.read(mapped.mapping(), input);
        MappedFixtures.read(other.mapping(), input);
    }

    @Provide
    Arbitrary<MappedFixtures.Mapped> mapped() {
        return Arbitraries.of(MappedFixtures.ALL);
    }

    static Importer importer(String format) {
        return Fuzzing.IMPORTERS.stream().filter(i -> i.format().equals(format)).findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<FuzzFixtures.Fixture> fixtures() {
        return Arbitraries.of(FuzzFixtures.BY_FORMAT.keySet()).flatMap(format -> Arbitraries.of(FuzzFixtures.BY_FORMAT.get(format)));
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of(Fuzzing.IMPORTERS.stream().map(Importer::format).toList());
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return FuzzInputs.mutations();
    }

    @Provide
    Arbitrary<List<Mutation>> fewMutations() {
        return FuzzInputs.mutation().list().ofMaxSize(1);
    }

    @Provide
    Arbitrary<Map<String, String>> hints() {
        return FuzzInputs.hints();
    }

    @Provide
    Arbitrary<Envelope> envelope() {
        return FuzzInputs.envelope();
    }
}
