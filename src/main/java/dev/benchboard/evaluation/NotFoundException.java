package dev.benchboard.evaluation;

/** A referenced object does not exist (maps to 404 in the API, a message in the UI). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, long id) {
        super(what + " " + id + " does not exist");
    }
}
