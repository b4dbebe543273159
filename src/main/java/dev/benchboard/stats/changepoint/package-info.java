/**
 * Change points in a series of runs over time: E-divisive with the energy statistic (Matteson &amp;
 * James 2014) and a permutation test, as R's ecp::e.divisive.
 */
package dev.benchboard.stats.changepoint;
