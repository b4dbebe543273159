package dev.benchboard.evidence;

/** What an upload contains. */
public enum DataKind { BENCHMARK, GC, CHAOS }
