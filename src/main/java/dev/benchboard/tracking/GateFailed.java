package dev.benchboard.tracking;

/** Published when the gate answers "fail", so webhooks can tell the team. */
public record GateFailed(GateResult result) {
}
