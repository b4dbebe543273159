package dev.benchboard.stats.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.stats.common.Close;
import org.junit.jupiter.api.Test;

/**
 * Reference: the textbook factorial form of Erlang C,
 * <pre>
 * /usr/bin/python3 -c "
 * from math import factorial, log
 * def C(c,a): top=a**c/factorial(c)*c/(c-a); return top/(sum(a**k/factorial(k) for k in range(c))+top)
 * for c,lam,mu in ((4,3000.,1000.),(16,12000.,1000.)):
 *     pw=C(c,lam/mu); print(repr(pw), repr(pw/(c*mu-lam)), repr(log(pw/0.01)/(c*mu-lam)))"
 * </pre>
 */
class ErlangCTest {

    @Test
    void fourServersAtSeventyFivePercent() {
        // → 0.5094339622641509 (= 27/53), mean wait 0.000509433962264151 s, P99 wait 0.003930715138440299 s
        Close.exact(ErlangC.probabilityOfWaiting(4, 3.0), 0.5094339622641509);
        Close.exact(ErlangC.meanWait(4, 3000, 1000), 0.000509433962264151);
        Close.exact(ErlangC.waitQuantile(4, 3000, 1000, 0.99), 0.003930715138440299);
    }

    @Test
    void sixteenServers() {
        // → 0.20457385843573994, 5.1143464608934985e-05 s, 0.0007545859958072572 s
        Close.exact(ErlangC.probabilityOfWaiting(16, 12.0), 0.20457385843573994);
        Close.exact(ErlangC.meanWait(16, 12_000, 1000), 5.1143464608934985e-05);
        Close.exact(ErlangC.waitQuantile(16, 12_000, 1000, 0.99), 0.0007545859958072572);
    }

    @Test
    void lightLoadMeansNoWaitAtP99AndOverloadIsRejected() {
        // c = 8, a = 1: C ≈ 1e-5 < 0.01, so 99 % of requests do not queue at all.
        assertThat(ErlangC.waitQuantile(8, 1000, 1000, 0.99)).isZero();
        assertThatThrownBy(() -> ErlangC.probabilityOfWaiting(4, 4.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
