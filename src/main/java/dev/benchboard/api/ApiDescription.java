package dev.benchboard.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's header: what every call shares (authentication, the one error body). */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Benchboard API", version = "1", description = """
        Every call needs `Authorization: Bearer <token>` (POST /api/tokens with HTTP Basic mints one).

        **Errors.** Every refusal is a 4xx with one JSON body, `{error, format, line, column, field, expected, found,
        problems[], problemCount, existingUploadId}` (absent fields left out): `error` says what is wrong, the others
        where and what was expected. 400: a bad parameter, invalid JSON (with its JSON path), a text longer than its
        column (the message says the limit: evaluation name 200, description 4000, candidate name 100, version and Go
        version 50, notes 2000, upload file name 500, label 200), a malformed multipart body (no or invalid boundary,
        cut off, a control character such as NUL in the file name). 401/403: credentials or scope. 404: no such
        evaluation, upload or share, or no such API path. 405/415: a method or Content-Type the path does not take.
        409: the same file again. 413: a size limit (the message names the property). 422: a file or backup that
        cannot be used (format, line, field, expected) — except from GET /api/evaluations/{id}/gate, whose 422 is
        the CI gate's "fail" with its own body ({pass: false, failing: [rows with their explanation], …}). A 500 is a fault of the server: its body gives a reference
        to the server log. No message names a Java class."""))
class ApiDescription {
}
