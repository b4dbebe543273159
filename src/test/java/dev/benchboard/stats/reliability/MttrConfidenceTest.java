package dev.benchboard.stats.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.stats.common.Close;
import org.junit.jupiter.api.Test;

class MttrConfidenceTest {

    private static final double[] REPAIRS = {120, 300, 60, 30, 600};

    @Test
    void logScaleTIntervalMatchesScipy() {
        MttrConfidence ci = MttrConfidence.of(REPAIRS, 0.95, 2000, 42);
        // /usr/bin/python3 -c "import numpy as np; from scipy.stats import t; L=np.log([30,60,120,300,600.]);
        //   h=t.ppf(0.975,4)*L.std(ddof=1)/np.sqrt(5); print(repr(np.exp(L.mean())), repr(np.exp(L.mean()-h)),
        //   repr(np.exp(L.mean()+h)))" → 131.20344887319342 29.446623996981174 584.5948587513963
        Close.exact(ci.geometricMeanSeconds(), 131.20344887319342);
        Close.exact(ci.logT().lower(), 29.446623996981174);
        Close.exact(ci.logT().upper(), 584.5948587513963);
    }

    @Test
    void bootstrapOfTheMeanAgreesWithTheExactBootstrapDistributionWithinMonteCarloError() {
        MttrConfidence ci = MttrConfidence.of(REPAIRS, 0.95, 2000, 42);
        // The ideal bootstrap distribution enumerates all 5^5 equally likely resamples:
        // /usr/bin/python3 -c "import numpy as np, itertools; d=[30,60,120,300,600.];
        //   m=np.array([np.mean(c) for c in itertools.product(d, repeat=5)]);
        //   print(np.quantile(m,0.025), np.quantile(m,0.975), m.std())" → 60.0 426.0 94.33557123376103
        // MC error of a 2.5 % quantile from 2,000 resamples ≈ 0.06·sd ≈ 6; allow 0.3·sd = 28 s.
        assertThat(ci.bootstrapMean().lower()).isBetween(60.0 - 28, 60.0 + 28);
        assertThat(ci.bootstrapMean().upper()).isBetween(426.0 - 28, 426.0 + 28);
        assertThat(ci.bootstrapMean().lower()).isLessThan(222.0);
        assertThat(ci.bootstrapMean().upper()).isGreaterThan(222.0);
        assertThat(ci.bootstrapMean().method().english()).contains("bootstrap");
    }

    @Test
    void bootstrapIsReproducibleForAFixedSeed() {
        MttrConfidence a = MttrConfidence.of(REPAIRS, 0.95, 2000, 42);
        MttrConfidence b = MttrConfidence.of(REPAIRS, 0.95, 2000, 42);
        assertThat(a.bootstrapMean()).isEqualTo(b.bootstrapMean());
    }

    @Test
    void oneRepairHasNoInterval() {
        MttrConfidence ci = MttrConfidence.of(new double[] {100}, 0.95, 2000, 42);
        assertThat(ci.bootstrapMean()).isNull();
        assertThat(ci.logT()).isNull();
        assertThat(ci.warnings()).extracting(dev.benchboard.format.Sentence::english).containsExactly("MTTR interval needs at least 2 repairs; got 1");
    }
}
