package dev.benchboard.ui.chart;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The one place where chart options become what the browser receives: every string value in them is
 * HTML-escaped. ApexCharts writes many of its texts with {@code innerHTML} (legend labels, tooltip
 * titles, series names and values, the range-bar and box-plot tooltips, goal names), and the strings
 * come from data (evaluation, candidate and file names, labels): escaped, a name such as
 * {@code <img src=x onerror=…>} reaches every one of those places as text. Escaping the whole
 * document rather than chosen options means an option added later is safe without anyone thinking
 * of it.
 *
 * <p>Where ApexCharts draws SVG text instead (titles, axis labels, annotation labels) it sets text
 * nodes, so the escaped form would show literally; {@code bb-apex-chart.ts} turns the entities back
 * into characters there, in the text nodes only, which the browser never parses as markup.
 */
public final class ChartText {

    private static final Map<Character, String> ENTITIES = Map.of(
            '&', "&amp;", '<', "&lt;", '>', "&gt;", '"', "&quot;", '\'', "&#39;");

    private ChartText() {
    }

    /** The text with {@code & < > " '} as entities (the five that {@code bb-apex-chart.ts} turns back). */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = ENTITIES.get(text.charAt(i));
            if (entity == null) {
                if (out != null) out.append(text.charAt(i));
                continue;
            }
            if (out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
            out.append(entity);
        }
        return out == null ? text : out.toString();
    }

    /** A copy of the options with every string value escaped, at any depth (keys are ours and left alone). */
    static ObjectNode forBrowser(ObjectNode options) {
        return (ObjectNode) escaped(options);
    }

    /** A copy of the series with every string value escaped (names, category x of ranges and boxes). */
    static ArrayNode forBrowser(ArrayNode series) {
        return (ArrayNode) escaped(series);
    }

    private static JsonNode escaped(JsonNode node) {
        if (node.isString()) return StringNode.valueOf(escape(node.asString()));
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), escaped(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(escaped(element)));
            return copy;
        }
        return node;   // numbers, booleans, null: nothing to escape, and immutable
    }
}
