package dev.benchboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.benchboard.ui.MainLayout;
import dev.benchboard.ui.account.ApiTokensView;
import dev.benchboard.ui.account.LoginView;
import dev.benchboard.ui.account.UsersView;
import dev.benchboard.ui.evaluation.EvaluationView;
import dev.benchboard.ui.evaluation.EvaluationsView;
import dev.benchboard.ui.upload.UploadResultsView;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every view and layout carries exactly one access annotation (a view without one is closed to
 * everybody by Vaadin, which is safe but surely a mistake), only the login page and shared links
 * (routes r/…) are anonymous, and each role opens exactly the views it should.
 */
class ViewAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void everyViewAndLayoutHasExactlyOneAccessAnnotationAndOnlyLoginAndSharesAreAnonymous() throws Exception {
        List<Class<?>> found = new ArrayList<>();
        for (Class<? extends Annotation> marker : List.of(Route.class, Layout.class)) {
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(marker));
            for (var candidate : scanner.findCandidateComponents("dev.benchboard")) {
                found.add(Class.forName(candidate.getBeanClassName()));
            }
        }
        assertThat(found).contains(LoginView.class, EvaluationsView.class, UsersView.class, MainLayout.class);
        for (Class<?> view : found) {
            List<String> annotations = ACCESS.stream().filter(view::isAnnotationPresent).map(Class::getSimpleName).toList();
            assertThat(annotations).as("access annotations on %s", view.getName()).hasSize(1);
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                String route = view.getAnnotation(Route.class).value();
                assertThat(route.equals("login") || route.startsWith("r/"))
                        .as("%s is anonymous at route '%s'; only the login page and shared links (r/…) may be",
                                view.getName(), route).isTrue();
            }
        }
    }

    @Test
    void eachRoleOpensTheViewsItShould() {
        Map<Class<?>, Set<Role>> expected = new LinkedHashMap<>();
        expected.put(EvaluationsView.class, EnumSet.allOf(Role.class));
        expected.put(EvaluationView.class, EnumSet.allOf(Role.class));
        expected.put(ApiTokensView.class, EnumSet.allOf(Role.class));
        expected.put(MainLayout.class, EnumSet.allOf(Role.class));
        expected.put(UploadResultsView.class, EnumSet.of(Role.EDITOR, Role.ADMIN));
        expected.put(UsersView.class, EnumSet.of(Role.ADMIN));
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Principal someone = () -> "someone";
        expected.forEach((view, roles) -> {
            for (Role role : Role.values()) {
                // Vaadin asks "is the user in role X", which Spring answers from the granted authorities.
                boolean opens = checker.hasAccess(view, someone, asked -> role.authorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + asked)));
                assertThat(opens).as("%s opens %s", role, view.getSimpleName()).isEqualTo(roles.contains(role));
            }
            assertThat(checker.hasAccess(view, null, asked -> false)).as("anonymous opens %s", view.getSimpleName())
                    .isFalse();
        });
        assertThat(checker.hasAccess(LoginView.class, null, asked -> false)).isTrue();
        assertThat(Stream.of(Role.values()).map(r -> r.authorities().size())).containsExactly(1, 2, 3);
    }

    @Test
    void aRoleIsGrantedByItselfOrAnyRoleAboveIt() {
        var editorOnly = List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_EDITOR"));
        assertThat(Role.granted(editorOnly, Role.VIEWER)).isTrue();
        assertThat(Role.granted(editorOnly, Role.EDITOR)).isTrue();
        assertThat(Role.granted(editorOnly, Role.ADMIN)).isFalse();
        var unrelated = List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_EDITORX"),
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ADMIN"));
        assertThat(Role.granted(unrelated, Role.VIEWER)).isFalse();
    }
}
