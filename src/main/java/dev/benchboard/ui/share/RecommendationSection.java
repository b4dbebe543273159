package dev.benchboard.ui.share;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.benchboard.export.JsonValues;
import dev.benchboard.ui.Format;
import tools.jackson.databind.JsonNode;

/**
 * The frozen decision: the ranked recommendation with each candidate's reasons, what decided the
 * top, and the path taken through the decision tree (question → answer).
 */
final class RecommendationSection extends Div {

    RecommendationSection(JsonNode decision) {
        setId("share-recommendation");
        addClassName("bb-share-section");
        add(new H2("Recommendation"));
        if (JsonValues.absent(decision) || !decision.path("recommendation").isArray()) {
            add(new Paragraph("This snapshot holds no decision."));
            return;
        }
        String top = JsonValues.text(decision.path("top"));
        Paragraph headline = new Paragraph();
        headline.addClassName("bb-share-top");
        headline.add(top == null ? new Span("No candidate remains after the decision tree.")
                : new Span("Recommended: " + top));
        add(headline);
        String decidedBy = JsonValues.text(decision.path("topDecidedBy"));
        if (decidedBy != null) add(muted("Decided by " + decidedBy + "."));

        OrderedList ranking = new OrderedList();
        ranking.addClassName("bb-share-ranking");
        for (JsonNode r : decision.path("recommendation")) ranking.add(candidate(r));
        add(ranking);

        UnorderedList notes = list(decision.path("notes"));
        if (notes != null) add(muted("Notes"), notes);

        OrderedList path = new OrderedList();
        for (JsonNode step : decision.path("path")) {
            String question = JsonValues.text(step.path("question"));
            String answer = JsonValues.text(step.path("answer"));
            path.add(new ListItem((question == null ? JsonValues.text(step.path("node")) : question)
                    + " → " + (answer == null ? "–" : answer)));
        }
        if (path.getChildren().findAny().isPresent()) {
            path.setId("share-decision-path");
            add(muted("Path through the decision tree"), path);
        }
    }

    private static ListItem candidate(JsonNode r) {
        String name = JsonValues.text(r.path("candidate"));
        String framework = JsonValues.text(r.path("framework"));
        Span title = new Span(name + (framework == null ? "" : " (" + framework + ")"));
        title.addClassName("bb-share-candidate");
        ListItem item = new ListItem(title);
        if (r.path("excluded").asBoolean(false)) {
            item.add(new Span(" — excluded: " + JsonValues.text(r.path("excludedReason"))
                    + (JsonValues.absent(r.path("excludedAt")) ? "" : " (at " + JsonValues.text(r.path("excludedAt")) + ")")));
        } else {
            Double score = JsonValues.number(r.path("score"));
            Double coverage = JsonValues.number(r.path("evidenceCoverage"));
            item.add(new Span(" — rank " + JsonValues.text(r.path("rank"))
                    + (score == null ? "" : ", weighted score " + Format.plain(score))
                    + (coverage == null ? "" : ", evidence covers " + ShareFormat.percent(coverage) + " of the weight")));
        }
        UnorderedList reasons = list(r.path("reasons"));
        if (reasons != null) {
            reasons.addClassName("bb-share-reasons");
            item.add(reasons);
        }
        return item;
    }

    private static UnorderedList list(JsonNode texts) {
        if (JsonValues.texts(texts).isEmpty()) return null;
        UnorderedList list = new UnorderedList();
        JsonValues.texts(texts).forEach(t -> list.add(new ListItem(t)));
        return list;
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("bb-share-muted");
        return p;
    }
}
