package dev.benchboard.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.benchboard.ui.account.LoginView;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Four filter chains, tried in order:
 * <ol>
 *   <li>{@code /api/tokens/**}: HTTP Basic (user name + password), stateless, no CSRF: how scripts get
 *       their first token. Tokens are not accepted here, so a token cannot mint a broader one.</li>
 *   <li>{@code /api/**}: {@code Authorization: Bearer <token>}, stateless, no CSRF, JSON 401/403,
 *       one {@link ApiAuthorization} rule for every endpoint (role by HTTP method, token scope by path).
 *       Passwords are not accepted here: a bcrypt check per call would cost ~0.1 s of CPU, and CI
 *       configurations should hold revocable, scoped tokens, not people's passwords.
 *       The OpenAPI description is public.</li>
 *   <li>everything else: the Vaadin UI with form login at /login (CSRF token required on the login POST
 *       too, session fixation protection by session id change, sessions ended when an admin changes the
 *       user).
 *       Views are opened according to their access annotations; /r/** (shared reports) is public.</li>
 * </ol>
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /**
     * The shared report's page is static HTML with one style sheet and one script of this origin: nothing
     * inline, nothing evaluated, no requests after loading (the charts' data is in the page), no forms.
     * Markup that reached the page from data could not run even if it were not escaped, nor load
     * anything from elsewhere.
     */
    static final String SHARED_REPORT_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** One year: browsers remember to use HTTPS for this host. Not for its subdomains, which may be other services. */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and stored hashes name their algorithm ("{bcrypt}…") so it can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so it does not keep them forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    LoginThrottle loginThrottle(SecuritySettings settings, Clock clock) {
        SecuritySettings.Login login = settings.login();
        return new LoginThrottle(login.freeFailuresPerUserAndAddress(), login.freeFailuresPerAddress(),
                login.firstDelay(), login.maxDelay(), login.forgetAfter(), clock);
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users::loadUserByUsername);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenManagementChain(HttpSecurity http, AuthenticationManager authentication) throws Exception {
        JsonSecurityErrors errors = JsonSecurityErrors.basic();
        return stateless(http.securityMatcher("/api/tokens", "/api/tokens/**"), errors)
                .authenticationManager(authentication)
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, EvaluationOwnership ownership) throws Exception {
        JsonSecurityErrors errors = JsonSecurityErrors.bearer();
        return stateless(http.securityMatcher("/api/**"), errors)
                .addFilterBefore(new BearerTokenFilter(tokens, errors), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/api/openapi", "/api/openapi/**", "/api/docs", "/api/docs/**").permitAll()
                        .anyRequest().access(new ApiAuthorization(ownership)))
                .build();
    }

    private static HttpSecurity stateless(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .headers(headers -> commonHeaders(headers)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)));
    }

    /**
     * Shared reports: anyone with the link, no sign-in, no session (stateless: a reader's visit leaves
     * nothing on the server), no CSRF (GET only). Cache-Control is each response's own (the page
     * revalidates with its ETag, downloads are not stored; see SharedReportController), so Spring
     * Security's "no-store" default is off here.
     */
    @Bean
    @Order(3)
    SecurityFilterChain sharedReportChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/r/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(Customizer.withDefaults())
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .headers(headers -> commonHeaders(headers).cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SHARED_REPORT_CONTENT_SECURITY_POLICY)))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain uiChain(HttpSecurity http, AuthenticationManager authentication, SessionRegistry sessions,
                                RequestUtil vaadinRequests) throws Exception {
        http.authenticationManager(authentication)
                // The error page needs no login (shared reports have their own chain above).
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/error", "/swagger-ui.html", "/swagger-ui/**").permitAll())
                // The login page is named here too, before Vaadin's configurer does: otherwise Spring's generated
                // login page would be switched on (it is decided when form login is first initialised).
                .formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailures()).permitAll())
                // Login CSRF: Vaadin's own CSRF set-up exempts the login POST, so a page on another site could
                // sign a browser in to an account of the attacker's choosing. Here only Vaadin's internal
                // requests (which carry Vaadin's own CSRF token) are exempt; the login form sends Spring's token
                // from the page's meta tags. A POST without it goes back to the form with a message.
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .exceptionHandling(handling -> handling.accessDeniedHandler(LoginFailures.staleFormOrForbidden()))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
                // Per response, with a nonce: see ContentSecurityPolicy (no inline scripts but Vaadin's own).
                .headers(headers -> commonHeaders(headers).addHeaderWriter(new ContentSecurityPolicy()))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                        .enableCsrfConfiguration(false));
        return http.build();
    }

    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        // X-Content-Type-Options: nosniff and Cache-Control are Spring Security defaults, kept.
        // same-origin referrers: a shared report's URL carries its token and must not reach other sites.
        // HSTS only on secure requests (Spring Security skips it on plain HTTP): behind a TLS proxy that is
        // when a trusted proxy says X-Forwarded-Proto: https (TrustedProxies).
        return headers.frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(false))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .contentTypeOptions(Customizer.withDefaults());
    }
}
