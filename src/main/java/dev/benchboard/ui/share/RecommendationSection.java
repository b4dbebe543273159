package dev.benchboard.ui.share;

import dev.benchboard.ui.Format;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The frozen decision: the ranked recommendation with each candidate's reasons, what decided the
 * top, and the path taken through the decision tree (question → answer). Written as {@link Markup}.
 */
final class RecommendationSection {

    private RecommendationSection() {
    }

    static Element of(SharedDecision decision) {
        Element section = Markup.section("share-recommendation", "Recommendation");
        if (decision == null) {
            Markup.text(section, "p", "This snapshot holds no decision.");
            return section;
        }
        Element headline = section.appendElement("p").addClass("bb-share-top");
        Markup.text(headline, "span", decision.top() == null ? "No candidate remains after the decision tree."
                : "Recommended: " + decision.top());
        if (decision.topDecidedBy() != null) muted(section, "Decided by " + decision.topDecidedBy() + ".");

        Element ranking = section.appendElement("ol").addClass("bb-share-ranking");
        for (SharedDecision.Ranked r : decision.recommendation()) candidate(ranking, r);

        if (!decision.notes().isEmpty()) {
            muted(section, "Notes");
            list(section, decision.notes());
        }

        if (!decision.path().isEmpty()) {
            // Collapsed: the reader wants the answer first; the reasoning is one tap away.
            Element details = section.appendElement("details").addClass("bb-share-details");
            Markup.text(details, "summary", "Path through the decision tree (" + decision.path().size() + " steps)");
            Element path = details.appendElement("ol").id("share-decision-path");
            for (SharedDecision.Step step : decision.path()) {
                Markup.text(path, "li", (step.question() == null ? step.node() : step.question())
                        + " → " + (step.answer() == null ? "–" : step.answer()));
            }
        }
        return section;
    }

    private static void candidate(Element ranking, SharedDecision.Ranked r) {
        Element item = ranking.appendElement("li");
        Markup.text(item, "span", r.candidate() + (r.framework() == null ? "" : " (" + r.framework() + ")"), "bb-share-candidate");
        if (r.excluded()) {
            Markup.text(item, "span", " — excluded: " + r.excludedReason()
                    + (r.excludedAt() == null ? "" : " (at " + r.excludedAt() + ")"));
        } else {
            Markup.text(item, "span", " — rank " + (r.rank() == null ? "–" : r.rank())
                    + (r.score() == null ? "" : ", weighted score " + Format.plain(r.score()))
                    + (r.evidenceCoverage() == null ? "" : ", evidence covers " + ShareFormat.percent(r.evidenceCoverage())
                    + " of the weight"));
        }
        if (!r.reasons().isEmpty()) list(item, r.reasons()).addClass("bb-share-reasons");
    }

    private static Element list(Element parent, List<String> texts) {
        Element list = parent.appendElement("ul");
        texts.forEach(t -> Markup.text(list, "li", t));
        return list;
    }

    private static void muted(Element parent, String text) {
        Markup.text(parent, "p", text, "bb-share-muted");
    }
}
