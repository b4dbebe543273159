package dev.benchboard.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the current caller may see an evaluation. Only scoped API tokens are limited; signed-in
 * users and unscoped tokens see every evaluation. Paths under /api/evaluations/{id}/…,
 * /api/uploads/{id} and /api/shares/{id} are checked before the controller runs ({@link ApiAuthorization});
 * endpoints that return several evaluations' data (lists, comparisons) filter with this.
 */
public final class EvaluationScope {

    private EvaluationScope() {
    }

    public static boolean permits(long evaluationId) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return !(current instanceof ApiTokenAuthentication token) || token.permits(evaluationId);
    }
}
