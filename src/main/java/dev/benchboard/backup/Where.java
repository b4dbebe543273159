package dev.benchboard.backup;

import dev.benchboard.common.JsonTrouble;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** A place in the archive: an entry and a JSON path in it, as error messages name it. */
record Where(String entry, String path) {

    static Where entry(String entry) {
        return new Where(entry, "");
    }

    Where field(String name) {
        return new Where(entry, path.isEmpty() ? name : path + "." + name);
    }

    Where index(int index) {
        return new Where(entry, path + "[" + index + "]");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? entry : entry + ", " + path;
    }

    /** Jackson's complaint as a refusal naming the JSON path under this place and the line and column. */
    BackupRefused invalidJson(JacksonException e) {
        Where at = this;
        List<JacksonException.Reference> references = e.getPath();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) at = at.field(reference.getPropertyName());
            else if (reference.getIndex() >= 0) at = at.index(reference.getIndex());
        }
        // In the reader's terms, never the Java type Jackson was reading into (it named java.lang.Long).
        String problem = e instanceof UnrecognizedPropertyException unknown
                ? "unknown field '" + unknown.getPropertyName() + "' (made by a newer Benchboard, or edited?)"
                : e instanceof tools.jackson.databind.DatabindException ? JsonTrouble.problem(e)
                : JsonTrouble.problem(e) + ": " + e.getOriginalMessage();
        return BackupRefused.invalid(at, "invalid JSON: " + problem + JsonTrouble.location(e));
    }
}
