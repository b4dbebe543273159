package dev.benchboard.evaluation;

/** What a user enters for a candidate; the framework key defaults from the name. */
public record CandidateDraft(String name, String framework, String version, String goVersion, String notes) {

    public CandidateDraft {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name: a candidate needs a name");
        if (name.strip().length() > 100) throw new IllegalArgumentException("name: at most 100 characters");
    }

    public static CandidateDraft named(String name) {
        return new CandidateDraft(name, null, null, null, null);
    }
}
