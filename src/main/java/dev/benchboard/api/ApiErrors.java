package dev.benchboard.api;

import dev.benchboard.decision.DataProblem;
import dev.benchboard.decision.InvalidDecisionDataException;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.ingest.UploadError;
import dev.benchboard.ingest.UploadRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every API error is JSON {error, …}: what is wrong and what was expected; never a stack trace. */
@RestControllerAdvice(basePackages = "dev.benchboard")
class ApiErrors {

    @ExceptionHandler(UploadRefused.class)
    ResponseEntity<UploadError> refused(UploadRefused e) {
        return ResponseEntity.status(e.status()).body(e.body());
    }

    /** An invalid decision tree: every problem with its JSON path. */
    @ExceptionHandler(InvalidDecisionDataException.class)
    ResponseEntity<UploadError> invalidTree(InvalidDecisionDataException e) {
        return ResponseEntity.badRequest().body(new UploadError(e.getMessage(), "decision-tree", null, null, null,
                null, null, e.problems().stream().map(DataProblem::toString).toList(), (long) e.problems().size(), null));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<UploadError> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(UploadError.message(e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<UploadError> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(UploadError.message(e.getMessage()));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<UploadError> missing(Exception e) {
        return ResponseEntity.badRequest().body(UploadError.message(e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<UploadError> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(UploadError.message("parameter '" + e.getName() + "': cannot use value '"
                + e.getValue() + "'"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<UploadError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        return ResponseEntity.badRequest().body(UploadError.message("the request body is not valid JSON for this call: "
                + (cause == null ? e.getMessage() : cause.getMessage())));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<UploadError> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(UploadError.message(
                "the file is larger than the configured multipart limit (spring.servlet.multipart.max-file-size)"));
    }
}
