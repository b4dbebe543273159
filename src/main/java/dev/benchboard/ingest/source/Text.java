package dev.benchboard.ingest.source;

import java.util.regex.Pattern;

/** Small text helpers the importers share. */
public final class Text {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;?0-9]*[ -/]*[@-~]");

    private Text() {
    }

    /** Removes ANSI colour/cursor codes, which captured stderr streams are full of. */
    public static String stripAnsi(String line) {
        return line.indexOf('\u001B') < 0 ? line : ANSI.matcher(line).replaceAll("");
    }

    /** A CSV cell that a spreadsheet would evaluate (=, +, -, @, tab, CR at the start). */
    public static boolean looksLikeFormula(String cell) {
        if (cell == null || cell.isEmpty()) return false;
        char c = cell.charAt(0);
        return c == '=' || c == '@' || c == '\t' || c == '\r'
                || ((c == '+' || c == '-') && cell.length() > 1 && !Character.isDigit(cell.charAt(1)) && cell.charAt(1) != '.');
    }

    /** A short, printable rendering of a found value for error messages. */
    public static String quote(String found) {
        if (found == null) return "nothing";
        return "'" + clip(found, 40) + "'";
    }

    /**
     * Text from a file shown in a message: at most {@code max} characters (then "…") and control
     * characters as "?", so a huge or binary line cannot flood the message.
     */
    public static String clip(String text, int max) {
        String shown = text.length() > max ? text.substring(0, max) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
