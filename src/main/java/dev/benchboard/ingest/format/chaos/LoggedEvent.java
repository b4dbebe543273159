package dev.benchboard.ingest.format.chaos;

import dev.benchboard.evidence.ChaosEvent;

/** A chaos event with the line it was read from, so that later findings can point at it. */
record LoggedEvent(ChaosEvent event, long line) {
}
