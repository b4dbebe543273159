package dev.benchboard.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one access rule of the REST API, so endpoints added later are covered without new rules:
 * <ol>
 *   <li>reading (GET, HEAD, OPTIONS) needs VIEWER, anything else EDITOR (admins include both);</li>
 *   <li>a scoped API token reaches only its evaluations: the evaluation is taken from the path
 *       ({@code /api/evaluations/{id}/**}, or via the owning evaluation of {@code /api/uploads/{id}/**},
 *       {@code /api/shares/{id}/**}, {@code /api/acknowledgements/{id}/**} and {@code /api/webhooks/{id}/**}); elsewhere a scoped token may only read, and lists are
 *       filtered with {@link EvaluationScope}.</li>
 * </ol>
 */
final class ApiAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    /** A path pattern with an {id} and how to find the evaluation it belongs to. */
    private record KeyedPath(RequestMatcher matcher, LongFunction<Optional<Long>> evaluationOf) {
    }

    private final List<KeyedPath> keyedPaths;

    ApiAuthorization(EvaluationOwnership ownership) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        this.keyedPaths = List.of(
                new KeyedPath(paths.matcher("/api/evaluations/{id}/**"), Optional::of),
                new KeyedPath(paths.matcher("/api/uploads/{id}/**"), ownership::ofUpload),
                new KeyedPath(paths.matcher("/api/shares/{id}/**"), ownership::ofShare),
                new KeyedPath(paths.matcher("/api/acknowledgements/{id}/**"), ownership::ofAcknowledgement),
                new KeyedPath(paths.matcher("/api/webhooks/{id}/**"), ownership::ofWebhook));
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) return DENIED;
        HttpServletRequest request = context.getRequest();
        boolean read = READS.contains(request.getMethod());
        if (!Role.granted(caller.getAuthorities(), read ? Role.VIEWER : Role.EDITOR)) return DENIED;
        if (!(caller instanceof ApiTokenAuthentication token) || !token.scoped()) return GRANTED;
        for (KeyedPath keyed : keyedPaths) {
            RequestMatcher.MatchResult match = keyed.matcher().matcher(request);
            if (match.isMatch()) {
                // An id that is not a number, or a resource that does not exist, fails closed for scoped tokens.
                Optional<Long> evaluation = parse(match.getVariables().get("id")).flatMap(id -> keyed.evaluationOf().apply(id));
                return evaluation.filter(token::permits).isPresent() ? GRANTED : DENIED;
            }
        }
        return read ? GRANTED : DENIED;
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
