package dev.benchboard.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * The API's answers where no controller answers: an unknown path under /api/ (which Vaadin's
 * catch-all would otherwise answer with its HTML page and a 200, so a CI script with a typo saw
 * success), and errors the servlet container sends to its error page (a limit of the multipart parser,
 * a failure outside Spring MVC), which for /api/** get the API's JSON body instead of an empty one.
 */
@Configuration
class ApiFallbacks {

    /** Order 1: after the controllers' mapping (0, which also answers a wrong method with 405), before Vaadin's "/**". */
    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping() {
        HttpRequestHandler notFound = (request, response) -> ApiErrors.write(response, ApiErrors.notFound(request));
        return new SimpleUrlHandlerMapping(Map.of("/api", notFound, "/api/**", notFound), 1);
    }

    @Bean
    FilterRegistrationBean<ApiErrorPage> apiErrorPage() {
        FilterRegistrationBean<ApiErrorPage> registration = new FilterRegistrationBean<>(new ApiErrorPage());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The container's error page for a request to /api/**: the API's JSON body with the status the container chose. */
    static final class ApiErrorPage extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (!(uri instanceof String path) || !(path.equals("/api") || path.startsWith("/api/"))) {
                chain.doFilter(request, response);
                return;
            }
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer c ? c : 500;
            ApiErrors.Answer answer = failure instanceof Throwable t ? ApiErrors.answer(request, t) : byStatus(status, path);
            if (answer.status() == 500 && status != 500) answer = byStatus(status, path);
            ApiErrors.write(response, answer);
        }

        private static ApiErrors.Answer byStatus(int status, String path) {
            return ApiErrors.Answer.of(status, switch (status) {
                case 400 -> "the request could not be read (malformed request line, headers or body)";
                case 404 -> "no API endpoint " + ApiErrors.clip(path) + "; the API is described at /api/openapi";
                case 405 -> "this method is not supported by " + ApiErrors.clip(path);
                case 413 -> "the request is larger than a configured limit (spring.servlet.multipart.max-request-size,"
                        + " spring.servlet.multipart.max-file-size, server.tomcat.max-part-count,"
                        + " server.tomcat.max-part-header-size, server.tomcat.max-swallow-size)";
                case 500 -> "internal error: the request could not be completed; see the server log";
                default -> "the request was refused (HTTP " + status + ")";
            });
        }
    }
}
