package dev.benchboard.stats.capacity;

import dev.benchboard.format.Sentence;

/**
 * M/M/c cross-check at the planned size. Each instance is modelled as its own M/M/c queue (the load
 * balancer spreads requests evenly), c = its cores, each core serving at μ = (highest throughput measured
 * per instance)/cores, arrivals λ = target / instances. An idealisation (Poisson arrivals, exponential
 * service, one queue per instance): a sanity check on the sweep-based plan, not a replacement.
 *
 * @param servers              c (cores per instance)
 * @param arrivalRate          λ per instance, req/s
 * @param serviceRatePerServer μ, req/s
 * @param utilisation          ρ = λ/(cμ)
 * @param probabilityOfWaiting Erlang C
 * @param meanWaitMs           mean queueing delay
 * @param p99WaitMs            99th percentile of the queueing delay (excludes service time)
 */
public record ErlangCheck(int servers, double arrivalRate, double serviceRatePerServer, double utilisation,
                          double probabilityOfWaiting, double meanWaitMs, double p99WaitMs, Sentence method) {

    static final Sentence METHOD = Sentence.of("capacity.method.erlang");

    static ErlangCheck of(int cores, double arrivalRate, double saturationThroughput) {
        double mu = saturationThroughput / cores;
        return new ErlangCheck(cores, arrivalRate, mu, arrivalRate / saturationThroughput,
                ErlangC.probabilityOfWaiting(cores, arrivalRate / mu),
                1000 * ErlangC.meanWait(cores, arrivalRate, mu),
                1000 * ErlangC.waitQuantile(cores, arrivalRate, mu, 0.99), METHOD);
    }
}
