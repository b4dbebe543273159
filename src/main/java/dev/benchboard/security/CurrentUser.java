package dev.benchboard.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the signed-in user may do, for views deciding which controls to show. Hiding is enforcement in
 * Vaadin: the server ignores events from components that are not attached or not visible. Rule for
 * views: add a control that changes data only when {@link #canEdit()}.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> username() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) return Optional.empty();
        return Optional.of(a.getName());
    }

    public static boolean has(Role role) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || a instanceof AnonymousAuthenticationToken) return false;
        return Role.granted(a.getAuthorities(), role);
    }

    /** Create and change evaluations, upload and delete uploads, create share links. */
    public static boolean canEdit() {
        return has(Role.EDITOR);
    }

    public static boolean isAdmin() {
        return has(Role.ADMIN);
    }
}
