package dev.benchboard.ingest.model;

/** What an upload contains. */
public enum DataKind { BENCHMARK, GC, CHAOS }
