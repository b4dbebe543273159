package dev.benchboard.stats.realdata;

import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real captures under src/test/resources/fixtures, read the way an upload is: through the
 * format's importer, with the hints the upload form would give.
 */
final class RealFixtures {

    private RealFixtures() {
    }

    static ImportResult parse(Importer importer, String fixture, Map<String, String> hints) {
        try (InputStream in = open(fixture); TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
            ImportContext context = new ImportContext(ImportLimits.defaults(), hints);
            ImportResult result = importer.parse(source, context);
            if (context.problemCount() > 0) {
                throw new AssertionError(fixture + ": " + context.problemCount() + " problem(s): " + context.problems());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(fixture + " did not import", e);
        }
    }

    static String text(String fixture) {
        try (InputStream in = open(fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first group of the first match of {@code regex} in the fixture's text. */
    static String find(String fixture, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text(fixture));
        if (!m.find()) throw new AssertionError(fixture + " has no match for " + regex);
        return m.group(1);
    }

    private static InputStream open(String fixture) {
        InputStream in = RealFixtures.class.getResourceAsStream("/fixtures/" + fixture);
        if (in == null) throw new AssertionError("no fixture " + fixture);
        return in;
    }
}
