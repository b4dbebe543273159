package dev.benchboard.decision;

/**
 * One ordering criterion of a rank node. Fact and profile keys group candidates into bands: a band holds
 * the candidates whose value is within a factor (1 + tolerance) of the band's best value; candidates
 * without a value come after all bands.
 */
public sealed interface RankKey {

    String describe();

    record ByFact(FactKey fact, Order order, double tolerance) implements RankKey {
        public String describe() {
            return fact.key() + " (" + order.key() + " first" + toleranceText(tolerance) + ")";
        }
    }

    record ByProfile(ProfileAttribute attribute, Order order, double tolerance) implements RankKey {
        public String describe() {
            return attribute.key() + " (" + order.key() + " first" + toleranceText(tolerance) + ")";
        }
    }

    /** The weighted multi-criteria score, highest first. */
    record ByWeightedScore() implements RankKey {
        public String describe() {
            return "weighted score (highest first)";
        }
    }

    private static String toleranceText(double tolerance) {
        return tolerance == 0 ? "" : ", values within ×" + Numbers.format(1 + tolerance) + " of the band's best tie";
    }
}
