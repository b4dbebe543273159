package dev.benchboard.api;

import dev.benchboard.backup.BackupRefused;
import dev.benchboard.common.Json;
import dev.benchboard.common.JsonTrouble;
import dev.benchboard.decision.DataProblem;
import dev.benchboard.decision.InvalidDecisionDataException;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.ingest.UploadError;
import dev.benchboard.ingest.UploadRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of the REST API, whatever fails — a controller, the multipart parser, the choice of
 * handler (unknown path, wrong method or content type) — answers with the one documented JSON body
 * {@link UploadError} ({@code {error, format, line, column, field, expected, found, problems,
 * problemCount, existingUploadId}}, absent fields left out) and a 4xx status; an unexpected failure is
 * a 500 with a reference to the server log. No message names a Java class.
 *
 * <p>A resolver ahead of Spring's own, so it also answers failures that happen before a controller is
 * chosen (there the usual {@code @ControllerAdvice} does not apply) — for /api/** and for the
 * application's own controllers elsewhere (share-link downloads).
 */
@Component
class ApiErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** A status and the body that goes with it. */
    record Answer(int status, UploadError body) {

        static Answer of(int status, String message) {
            return new Answer(status, UploadError.message(message));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        boolean ours = handler instanceof HandlerMethod method && method.getBeanType().getPackageName().startsWith("dev.benchboard");
        if (!ours && !isApi(request)) return null;
        // Left to Spring Security's exception translation, which answers them as 401/403 JSON.
        if (failure instanceof org.springframework.security.access.AccessDeniedException
                || failure instanceof org.springframework.security.core.AuthenticationException) {
            return null;
        }
        if (response.isCommitted()) {
            log.warn("{} {} failed after its answer began", request.getMethod(), request.getRequestURI(), failure);
            return new ModelAndView();
        }
        if (failure instanceof HttpRequestMethodNotSupportedException method && method.getSupportedMethods() != null) {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ", method.getSupportedMethods()));
        }
        write(response, answer(request, failure));
        return new ModelAndView();
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    static void write(HttpServletResponse response, Answer answer) {
        try {
            response.resetBuffer();
            response.setStatus(answer.status());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Json.write(answer.body()));
            response.flushBuffer();
        } catch (IOException | IllegalStateException gone) {
            log.debug("could not write the error answer: {}", gone.toString());
        }
    }

    /** What the caller is told about {@code failure} on {@code request}. */
    static Answer answer(HttpServletRequest request, Throwable failure) {
        return switch (failure) {
            case UploadRefused refused -> new Answer(refused.status(), refused.body());
            case BackupRefused refused -> new Answer(refused.status(), new UploadError(refused.getMessage(), null, null,
                    null, refused.where(), null, null, null, null, null));
            case InvalidDecisionDataException tree -> new Answer(400, new UploadError(tree.getMessage(), "decision-tree",
                    null, null, null, null, null, tree.problems().stream().map(DataProblem::toString).toList(),
                    (long) tree.problems().size(), null));
            case NotFoundException missing -> Answer.of(404, missing.getMessage());
            case MaxUploadSizeExceededException tooLarge -> Answer.of(413, "the request is larger than a configured "
                    + "multipart limit: " + MultipartLimits.which(tooLarge));
            case MultipartException unreadable -> new Answer(400, new UploadError("the multipart body could not be read: "
                    + MultipartLimits.describe(unreadable), null, null, null, null,
                    "multipart/form-data with a boundary of 1 to 70 characters, complete up to its closing boundary",
                    null, null, null, null));
            case MissingServletRequestParameterException missing -> new Answer(400, new UploadError("missing parameter '"
                    + missing.getParameterName() + "'", null, null, null, missing.getParameterName(), "a value", null,
                    null, null, null));
            case MissingServletRequestPartException missing -> new Answer(400, new UploadError("missing multipart part '"
                    + missing.getRequestPartName() + "'", null, null, null, missing.getRequestPartName(), "a part", null,
                    null, null, null));
            case MethodArgumentTypeMismatchException mismatch -> new Answer(400, new UploadError("parameter '"
                    + mismatch.getName() + "': cannot use value '" + clip(String.valueOf(mismatch.getValue())) + "'", null,
                    null, null, mismatch.getName(), JsonTrouble.expected(mismatch.getRequiredType()), null, null, null, null));
            case HttpMessageNotReadableException unreadable -> Answer.of(400, "the request body is not valid JSON for this "
                    + "call: " + JsonTrouble.describe(unreadable.getMostSpecificCause()));
            case HttpRequestMethodNotSupportedException method -> Answer.of(405, request.getMethod() + " is not supported by "
                    + request.getRequestURI() + (method.getSupportedMethods() == null ? ""
                    : "; it supports " + String.join(", ", method.getSupportedMethods())));
            case HttpMediaTypeNotSupportedException type -> Answer.of(415, "Content-Type " + clip(String.valueOf(
                    type.getContentType())) + " is not accepted here; send " + type.getSupportedMediaTypes().stream()
                    .map(MediaType::toString).collect(Collectors.joining(" or ")));
            case HttpMediaTypeNotAcceptableException accept -> Answer.of(406, "this call cannot answer in the media type the "
                    + "Accept header asks for; it answers " + accept.getSupportedMediaTypes().stream()
                    .map(MediaType::toString).collect(Collectors.joining(" or ")));
            case NoResourceFoundException none -> notFound(request);
            case IllegalArgumentException invalid -> Answer.of(400, invalid.getMessage());
            case ErrorResponse spring when spring.getStatusCode().is4xxClientError() -> Answer.of(
                    spring.getStatusCode().value(), "the request cannot be served as sent (HTTP "
                            + spring.getStatusCode().value() + "); see /api/openapi for this call");
            default -> internal(request, failure);
        };
    }

    static Answer notFound(HttpServletRequest request) {
        return Answer.of(404, "no API endpoint " + request.getMethod() + " " + clip(request.getRequestURI())
                + "; the API is described at /api/openapi");
    }

    private static Answer internal(HttpServletRequest request, Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("{} {} failed (reference {})", request.getMethod(), request.getRequestURI(), reference, failure);
        return Answer.of(500, "internal error: the request could not be completed; the server log has the details "
                + "under reference " + reference);
    }

    /** A value from the request, quoted but never echoed whole. */
    static String clip(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "… (" + value.length() + " characters)";
    }
}
