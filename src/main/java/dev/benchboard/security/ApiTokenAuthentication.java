package dev.benchboard.security;

import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by an API token: the owner's name and role, and the token's evaluation scope. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final ApiTokens.Caller caller;

    ApiTokenAuthentication(ApiTokens.Caller caller) {
        super(caller.role().authorities());
        this.caller = caller;
        setAuthenticated(true);
    }

    boolean scoped() {
        return caller.scope() != null;
    }

    boolean permits(long evaluationId) {
        return caller.scope() == null || caller.scope().contains(evaluationId);
    }

    long tokenId() {
        return caller.tokenId();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return caller.username();
    }

    @Override
    public String getName() {
        return caller.username();
    }
}
