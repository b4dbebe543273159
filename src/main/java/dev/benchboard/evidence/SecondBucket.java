package dev.benchboard.evidence;

/** Requests that completed in one second of a run (offset from the run's first request). */
public record SecondBucket(long second, long requests, long errors, double meanMs, double maxMs) {
}
