package dev.benchboard.stats.capacity;

/** The USL model and its partial derivatives. */
final class Usl {

    private Usl() {
    }

    static double denominator(double sigma, double kappa, double n) {
        return 1 + sigma * (n - 1) + kappa * n * (n - 1);
    }

    static double throughput(double lambda, double sigma, double kappa, double n) {
        return lambda * n / denominator(sigma, kappa, n);
    }

    /** ∂X/∂λ, ∂X/∂σ, ∂X/∂κ at N. */
    static double[] gradient(double lambda, double sigma, double kappa, double n) {
        double d = denominator(sigma, kappa, n);
        double common = -lambda * n * (n - 1) / (d * d);
        return new double[] {n / d, common, common * n};
    }
}
