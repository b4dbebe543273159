package dev.benchboard.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user may do. Each role includes the ones below it: a viewer reads everything, an editor also
 * changes evaluations, uploads and share links, an admin also manages users.
 */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    /**
     * The granted authorities: the role itself and every role it includes, so that plain checks
     * (Vaadin's {@code @RolesAllowed}, {@code hasRole}) work without a role hierarchy being consulted.
     */
    public List<GrantedAuthority> authorities() {
        return List.of(values()).stream().filter(this::includes)
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /**
     * Whether these authorities carry {@code needed} or a role that includes it. Real sign-ins carry every
     * implied authority anyway; this also holds for test users given only their top role
     * ({@code @WithMockUser(roles = "EDITOR")}).
     */
    public static boolean granted(Collection<? extends GrantedAuthority> authorities, Role needed) {
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name == null || !name.startsWith("ROLE_")) continue;
            for (Role role : values()) {
                if (role.name().equals(name.substring(5)) && role.includes(needed)) return true;
            }
        }
        return false;
    }

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + text + "': expected one of ADMIN, EDITOR, VIEWER");
        }
    }
}
