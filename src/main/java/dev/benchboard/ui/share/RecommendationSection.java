package dev.benchboard.ui.share;

import dev.benchboard.export.JsonValues;
import dev.benchboard.ui.Format;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * The frozen decision: the ranked recommendation with each candidate's reasons, what decided the
 * top, and the path taken through the decision tree (question → answer). Written as {@link Markup}.
 */
final class RecommendationSection {

    private RecommendationSection() {
    }

    static Element of(JsonNode decision) {
        Element section = Markup.section("share-recommendation", "Recommendation");
        if (JsonValues.absent(decision) || !decision.path("recommendation").isArray()) {
            Markup.text(section, "p", "This snapshot holds no decision.");
            return section;
        }
        String top = JsonValues.text(decision.path("top"));
        Element headline = section.appendElement("p").addClass("bb-share-top");
        Markup.text(headline, "span", top == null ? "No candidate remains after the decision tree." : "Recommended: " + top);
        String decidedBy = JsonValues.text(decision.path("topDecidedBy"));
        if (decidedBy != null) muted(section, "Decided by " + decidedBy + ".");

        Element ranking = section.appendElement("ol").addClass("bb-share-ranking");
        for (JsonNode r : decision.path("recommendation")) candidate(ranking, r);

        if (!JsonValues.texts(decision.path("notes")).isEmpty()) {
            muted(section, "Notes");
            list(section, decision.path("notes"));
        }

        if (!decision.path("path").isEmpty()) {
            muted(section, "Path through the decision tree");
            Element path = section.appendElement("ol").id("share-decision-path");
            for (JsonNode step : decision.path("path")) {
                String question = JsonValues.text(step.path("question"));
                String answer = JsonValues.text(step.path("answer"));
                Markup.text(path, "li", (question == null ? JsonValues.text(step.path("node")) : question)
                        + " → " + (answer == null ? "–" : answer));
            }
        }
        return section;
    }

    private static void candidate(Element ranking, JsonNode r) {
        String name = JsonValues.text(r.path("candidate"));
        String framework = JsonValues.text(r.path("framework"));
        Element item = ranking.appendElement("li");
        Markup.text(item, "span", name + (framework == null ? "" : " (" + framework + ")"), "bb-share-candidate");
        if (r.path("excluded").asBoolean(false)) {
            Markup.text(item, "span", " — excluded: " + JsonValues.text(r.path("excludedReason"))
                    + (JsonValues.absent(r.path("excludedAt")) ? "" : " (at " + JsonValues.text(r.path("excludedAt")) + ")"));
        } else {
            Double score = JsonValues.number(r.path("score"));
            Double coverage = JsonValues.number(r.path("evidenceCoverage"));
            Markup.text(item, "span", " — rank " + JsonValues.text(r.path("rank"))
                    + (score == null ? "" : ", weighted score " + Format.plain(score))
                    + (coverage == null ? "" : ", evidence covers " + ShareFormat.percent(coverage) + " of the weight"));
        }
        if (!JsonValues.texts(r.path("reasons")).isEmpty()) list(item, r.path("reasons")).addClass("bb-share-reasons");
    }

    private static Element list(Element parent, JsonNode texts) {
        Element list = parent.appendElement("ul");
        JsonValues.texts(texts).forEach(t -> Markup.text(list, "li", t));
        return list;
    }

    private static void muted(Element parent, String text) {
        Markup.text(parent, "p", text, "bb-share-muted");
    }
}
