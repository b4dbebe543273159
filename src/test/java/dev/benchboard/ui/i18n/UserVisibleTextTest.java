package dev.benchboard.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails when a string literal in the workspace's sources ({@code ui/}) reads like words a person would see: such text
 * must come from the bundles through a translation key ({@code getTranslation("compare.title")}), or a Chinese reader
 * sees English. A literal counts as words when it holds a capitalised word ({@code "Throughput"}) or two words in a row
 * ({@code "bootstrap only"}); keys, routes, ids, CSS and the established abbreviations that read the same in every
 * language (P99, GC, MTBF, ms, req/s) do not. Lines that speak to developers (logs, exceptions for programming
 * errors, styles, element attributes) are skipped; so are text blocks (scripts).
 */
class UserVisibleTextTest {

    private static final Path UI = Path.of("src/main/java/dev/benchboard/ui");

    /**
     * Files without a word for readers: the test aid that refuses evidence queries on the UI thread speaks only to
     * developers (its exception goes to the log; the page shows {@code WorkspaceErrorView}'s translated words).
     */
    private static final Set<String> NOT_SHOWN_TO_READERS = Set.of("EvidenceQueryGuard.java");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("[A-Z][a-z]{2,}|[A-Za-z]{2,}[ \u00a0][A-Za-z]{2,}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9_-]+(\\.[a-zA-Z0-9_-]+)+");
    private static final Pattern NOT_TEXT = Pattern.compile(
            "var\\(--|\\d(px|em|rem|vh|vw)\\b|^[/#.\\[]|^[a-z0-9_-]+$|^[a-z]+([A-Z][a-z0-9]*)+$|\\bsolid\\b|calc\\(");
    private static final Pattern DEVELOPER_LINE = Pattern.compile(
            "\\b(log|LOG|logger)\\.|getStyle\\(\\)|\\.setAttribute\\(|\\.setProperty\\(|getElement\\(\\)|addClassNames?\\("
                    + "|setId\\(|@(Route|CssImport|JsModule|NpmPackage|Tag|RouteAlias)\\b|executeJs\\(|callJsFunction\\("
                    + "|new Illegal(State|Argument)Exception|requireNonNull|Pattern\\.compile|setThemeName|addThemeVariants"
                    // A confirm dialog's button themes ("error primary") are theme names, as setThemeName's are.
                    + "|set(Confirm|Cancel|Reject)ButtonTheme\\("
                    + "|getTranslation\\(|Translations\\.get\\(|\\.set\\(\"");

    @Test
    void everyUserVisibleTextOfTheWorkspaceIsATranslationKey() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = UI.relativize(file).toString().replace('\\', '/');
                if (NOT_SHOWN_TO_READERS.contains(relative)) {
                    continue;
                }
                found.addAll(wordsIn(relative, Files.readString(file)));
            }
        }
        assertThat(found).as("literal texts in ui/ that must be translation keys (file:line \"text\")").isEmpty();
    }

    @Test
    void theCheckFindsWordsAndLetsKeysStylesAndAbbreviationsPass() {
        String source = """
                class X {
                    // "A comment Is not text"
                    void f() {
                        add(new Span("Throughput"));
                        grid.addColumn(r -> r.x()).setHeader("p99 bootstrap only");
                        add(new H2(getTranslation("compare.title")));
                        label("P99", "GC", "ms", "req/s", "MTBF", "fontSize", " · ", "compare.latency.title", "bb-card", "/compare");
                        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)");
                        log.warn("Could not draw the chart {}", id);
                        String js = \"""
                            Some script Text here
                            \""";
                    }
                }
                """;
        assertThat(wordsIn("X.java", source)).containsExactly(
                "X.java:4 \"Throughput\"", "X.java:5 \"p99 bootstrap only\"");
    }

    static List<String> wordsIn(String file, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        boolean inTextBlock = false;
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.contains("\"\"\"")) {
                // A line opening or closing a text block; a block opened and closed on one line cannot exist.
                inTextBlock = !inTextBlock;
                continue;
            }
            if (inTextBlock) {
                continue;
            }
            String code = line.strip();
            if (inComment) {
                inComment = !code.contains("*/");
                continue;
            }
            if (code.startsWith("/*")) {
                inComment = !code.contains("*/");
                continue;
            }
            if (code.startsWith("//") || code.startsWith("*") || DEVELOPER_LINE.matcher(line).find()) {
                continue;
            }
            Matcher literal = LITERAL.matcher(stripTrailingComment(line));
            while (literal.find()) {
                String text = literal.group(1);
                if (WORDS.matcher(text).find() && !KEY.matcher(text).matches() && !NOT_TEXT.matcher(text).find()) {
                    found.add(file + ":" + (i + 1) + " \"" + text + "\"");
                }
            }
        }
        return found;
    }

    /** The line without a trailing {@code // …} comment (outside string literals). */
    private static String stripTrailingComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
