package dev.benchboard.ingest.fuzz;

import net.jqwik.api.FixedSeedMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Tries and seed of every fuzz property, from system properties so a long local session needs no
 * code change; by default each property runs the tries its {@code @Property} states with a fixed
 * seed, so CI runs are reproducible and bounded in time.
 *
 * <ul>
 *   <li>{@code -Dbenchboard.fuzz.factor=F}: F times the annotated tries of each property (properties
 *       keep their proportions: the one with 1 MiB lines has few tries, the cheap ones many);</li>
 *   <li>{@code -Dbenchboard.fuzz.tries=N}: N tries for every property instead;</li>
 *   <li>{@code -Dbenchboard.fuzz.seed=S}: another fixed seed (a long), or {@code random} for a new
 *       seed each run (jqwik prints the seed of a failing run, to replay it with this property).</li>
 * </ul>
 */
public final class FuzzBudget implements AroundPropertyHook {

    /** The seed CI uses: fixed, so a red build is red for everyone. */
    static final String DEFAULT_SEED = "20250711";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        Integer tries = Integer.getInteger("benchboard.fuzz.tries");
        Integer factor = Integer.getInteger("benchboard.fuzz.factor");
        if (tries != null) {
            context.attributes().setTries(tries);
        } else if (factor != null) {
            context.attributes().setTries(context.attributes().tries().orElse(1000) * factor);
        }
        String seed = System.getProperty("benchboard.fuzz.seed", DEFAULT_SEED).strip();
        if (!seed.equalsIgnoreCase("random")) {
            context.attributes().setSeed(seed);
            context.attributes().setWhenFixedSeed(FixedSeedMode.ALLOW);
        }
        return property.execute();
    }

    /** Added on a test class, the hook must reach its properties (jqwik's default is the class alone). */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /** Outermost, so the attributes are set before jqwik's own hooks read them. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
