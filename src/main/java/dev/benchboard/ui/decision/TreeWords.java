package dev.benchboard.ui.decision;

import dev.benchboard.decision.FactKey;
import dev.benchboard.decision.ProfileAttribute;
import dev.benchboard.decision.RankKey;
import dev.benchboard.decision.RequirementField;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.i18n.Translations;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The decision core's codes in the reader's words: fact, profile and requirement keys ("failureRatePerHour"
 * reads "failure rate per hour" / "每小时故障率"), rank keys, answers, what an action did, and the basis of a
 * score contribution. The core keeps its codes (the tree JSON and the API use them); only what is shown is
 * translated. A code this view does not know is shown as it is rather than hidden.
 */
final class TreeWords {

    private TreeWords() {
    }

    /** "failureRatePerHour" → "failure-rate-per-hour", "middlewareMaturity.otel" → "middleware-maturity.otel". */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A fact key in words: "failureRatePerHour" → "failure rate per hour". */
    static String fact(FactKey fact, Locale locale) {
        return Translations.get(locale, "decision.fact." + kebab(fact.key()));
    }

    /** A profile attribute in words: "ecosystemScore" → "ecosystem score". */
    static String profile(ProfileAttribute attribute, Locale locale) {
        return Translations.get(locale, "decision.profile." + kebab(attribute.key()));
    }

    /** A requirement in words: "netHttpCompatibility" → "standard net/http required". */
    static String requirement(RequirementField field, Locale locale) {
        return Translations.get(locale, "decision.requirement." + kebab(field.key()));
    }

    /** The rank node's order: "rank by failure rate per hour (lowest first, …), then …, then name". */
    static String rankBy(List<RankKey> keys, Locale locale) {
        String then = Translations.get(locale, "decision.tree.rank-by.then");
        return Translations.get(locale, "decision.tree.rank-by",
                keys.stream().map(key -> rankKey(key, locale)).collect(Collectors.joining(then)));
    }

    static String rankKey(RankKey key, Locale locale) {
        return switch (key) {
            case RankKey.ByFact k -> banded(fact(k.fact(), locale), k.order().key(), k.tolerance(), locale);
            case RankKey.ByProfile k -> banded(profile(k.attribute(), locale), k.order().key(), k.tolerance(), locale);
            case RankKey.ByWeightedScore k -> Translations.get(locale, "decision.tree.rank-key.weighted-score");
        };
    }

    private static String banded(String name, String order, double tolerance, Locale locale) {
        String first = Translations.get(locale, "decision.tree.order." + order);
        if (tolerance == 0) return Translations.get(locale, "decision.tree.rank-key", name, first);
        return Translations.get(locale, "decision.tree.rank-key.tolerance", name, first, Figures.precise(1 + tolerance));
    }

    /**
     * What a node's observation is about, in words: a fact, a profile attribute or a requirement by its key
     * (as the core names them: "p99Ms", "profile http2", "requirement targetQps"), a rank key, a preference
     * tier, a shortfall. Anything else (an aggregate over candidates, written in the tree's own terms) as it is.
     */
    static String quantity(String quantity, Locale locale) {
        if (quantity.startsWith("requirement ")) {
            String key = quantity.substring("requirement ".length());
            return Arrays.stream(RequirementField.values()).filter(f -> f.key().equals(key)).findFirst()
                    .map(f -> Translations.get(locale, "decision.quantity.requirement", requirement(f, locale))).orElse(quantity);
        }
        if (quantity.startsWith("profile ")) {
            return profileByKey(quantity.substring("profile ".length()))
                    .map(a -> Translations.get(locale, "decision.quantity.profile", profile(a, locale))).orElse(quantity);
        }
        var fact = FactKey.byKey(quantity);
        if (fact.isPresent()) return fact(fact.get(), locale);
        var attribute = profileByKey(quantity);
        if (attribute.isPresent()) return profile(attribute.get(), locale);
        return switch (quantity) {
            case "weighted score" -> Translations.get(locale, "decision.quantity.weighted-score");
            case "preferenceTier" -> Translations.get(locale, "decision.quantity.preference-tier");
            case "shortfall" -> Translations.get(locale, "decision.quantity.shortfall");
            case "answer" -> Translations.get(locale, "decision.quantity.answer");
            default -> quantity;
        };
    }

    /**
     * A tree parameter's label: its name and unit in words where the workspace knows them ("maxInstances (instances)"
     * / "实例预算上限（实例数）"); a parameter of a user's own tree by the name and unit it was given.
     */
    static String parameter(String name, String unit, Locale locale) {
        String words = Translations.find(locale, "decision.parameter." + kebab(name)).orElse(name);
        if (unit == null) return words;
        return Translations.get(locale, "decision.parameter.label", words,
                Translations.find(locale, "decision.parameter.unit." + DecisionText.slug(unit)).orElse(unit));
    }

    /** "yes", "no", "unknown" (a question's answer or branch), "ranked" (the rank node). */
    static String answer(String answer, Locale locale) {
        return known("decision.answer.", answer, locale);
    }

    /** "exclude", "demote", "prefer". */
    static String action(String action, Locale locale) {
        return known("decision.effect.action.", action, locale);
    }

    /** "excluded", "not preferred: no evidence", "no candidate matched" … */
    static String outcome(String outcome, Locale locale) {
        return known("decision.effect.outcome.", outcome, locale);
    }

    /** A contribution's basis: "measured", "profile", "shortfall", "no evidence", "not compared", "not comparable". */
    static String basis(String basis, Locale locale) {
        return known("decision.basis.", basis, locale);
    }

    private static String known(String prefix, String code, Locale locale) {
        if (code == null) return Figures.NONE;
        return Translations.find(locale, prefix + DecisionText.slug(code)).orElse(code);
    }

    private static Optional<ProfileAttribute> profileByKey(String key) {
        return Arrays.stream(ProfileAttribute.values()).filter(a -> a.key().equals(key)).findFirst();
    }
}
