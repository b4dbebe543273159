package dev.benchboard.evaluation;

/** What a user enters to create or edit an evaluation. */
public record EvaluationDraft(
        String name,
        String description,
        Requirements requirements,
        Weights weights,
        StatisticsSettings settings) {

    public EvaluationDraft {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name: an evaluation needs a name");
        TextLimits.check("name", name.strip(), TextLimits.EVALUATION_NAME);
        TextLimits.check("description", description, TextLimits.EVALUATION_DESCRIPTION);
        if (requirements == null) requirements = Requirements.none();
        if (weights == null) weights = Weights.defaults();
        if (settings == null) settings = StatisticsSettings.defaults();
        RequirementsCheck.validate(requirements);
    }

    public static EvaluationDraft named(String name) {
        return new EvaluationDraft(name, null, null, null, null);
    }
}
