package dev.benchboard.export;

import java.util.regex.Pattern;

/**
 * Keeps exported CSV cells from being run as formulas when the file is opened in a spreadsheet
 * (CSV/formula injection): a cell starting with {@code = + - @}, a tab or a carriage return gets a
 * leading single quote, which spreadsheets read as "this is text". Plain negative numbers (a delta
 * of −3.5 %) are left alone so they stay numbers.
 */
public final class SpreadsheetSafe {

    /** "-12", "-0.5", "-.5", "-1.5E-7": a minus sign and a number, nothing else. */
    private static final Pattern PLAIN_NEGATIVE_NUMBER = Pattern.compile("-(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private SpreadsheetSafe() {
    }

    /** The cell as it may be written; null becomes the empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) return "";
        char first = value.charAt(0);
        boolean triggersFormula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!triggersFormula || PLAIN_NEGATIVE_NUMBER.matcher(value).matches()) return value;
        return "'" + value;
    }
}
