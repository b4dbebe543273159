package dev.benchboard.security;

/**
 * Role names as compile-time constants for access annotations on views:
 * {@code @PermitAll} for pages every signed-in user may read, {@code @RolesAllowed(Roles.EDITOR)} for
 * pages that change data, {@code @RolesAllowed(Roles.ADMIN)} for user management, and
 * {@code @AnonymousAllowed} only for the login page and shared report links.
 */
public final class Roles {

    public static final String VIEWER = "VIEWER";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
