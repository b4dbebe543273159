package dev.benchboard.evaluation;

/**
 * What a user enters for a candidate. The name is free text (e.g. "@nestjs/core", "net/http 1.22");
 * the framework profile is chosen apart from it.
 *
 * @param framework a profile key from frameworks.json, "none" for no profile, or null to match the
 *                  profile from the name by alias (see {@link Frameworks})
 */
public record CandidateDraft(String name, String framework, String version, String goVersion, String notes) {

    public CandidateDraft {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name: a candidate needs a name");
        TextLimits.check("name", name.strip(), TextLimits.CANDIDATE_NAME);
        TextLimits.check("framework", framework, TextLimits.CANDIDATE_FRAMEWORK);
        TextLimits.check("version", version, TextLimits.CANDIDATE_VERSION);
        TextLimits.check("goVersion", goVersion, TextLimits.CANDIDATE_VERSION);
        TextLimits.check("notes", notes, TextLimits.CANDIDATE_NOTES);
    }

    public static CandidateDraft named(String name) {
        return new CandidateDraft(name, null, null, null, null);
    }

    /** A candidate named {@code name} with the profile {@code framework} (null: matched from the name). */
    public static CandidateDraft named(String name, String framework) {
        return new CandidateDraft(name, framework, null, null, null);
    }
}
