package dev.benchboard.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything measured for one evaluation, per candidate, each item with the upload it came from so
 * every figure can be traced to its file.
 */
public record Evidence(long evaluationId, List<CandidateEvidence> candidates) {

    /** Where a piece of data came from. */
    public record Source(long uploadId, String fileName, String format, String sha256, Instant uploadedAt,
                         String label, boolean baseline) {}

    public record RunItem(Source source, long runId, RunData run) {}

    public record GcItem(Source source, long traceId, GcTraceData trace) {}

    public record ChaosItem(Source source, long experimentId, ChaosData chaos) {}

    public record CandidateEvidence(long candidateId, String name, String framework, List<RunItem> runs,
                                    List<GcItem> gc, List<ChaosItem> chaos) {

        public boolean isEmpty() {
            return runs.isEmpty() && gc.isEmpty() && chaos.isEmpty();
        }

        private CandidateEvidence only(Set<Long> uploadIds) {
            return new CandidateEvidence(candidateId, name, framework,
                    runs.stream().filter(i -> uploadIds.contains(i.source().uploadId())).toList(),
                    gc.stream().filter(i -> uploadIds.contains(i.source().uploadId())).toList(),
                    chaos.stream().filter(i -> uploadIds.contains(i.source().uploadId())).toList());
        }
    }

    /** The uploads this evidence came from. */
    public Set<Long> uploadIds() {
        Set<Long> ids = new TreeSet<>();
        for (CandidateEvidence c : candidates) {
            c.runs().forEach(i -> ids.add(i.source().uploadId()));
            c.gc().forEach(i -> ids.add(i.source().uploadId()));
            c.chaos().forEach(i -> ids.add(i.source().uploadId()));
        }
        return ids;
    }

    /** The same evidence restricted to some uploads (a comparison of chosen files); every candidate stays. */
    public Evidence only(Set<Long> uploadIds) {
        return new Evidence(evaluationId, candidates.stream().map(c -> c.only(uploadIds)).toList());
    }
}
