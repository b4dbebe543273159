package dev.benchboard.ui.share;

import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import dev.benchboard.ui.i18n.Translations;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The frozen decision: the ranked recommendation with each candidate's reasons, what decided the
 * top, and the path taken through the decision tree (question → answer). Written as {@link Markup}.
 */
final class RecommendationSection {

    private RecommendationSection() {
    }

    static Element of(SharedDecision decision, PageText text) {
        Element section = Markup.section("share-recommendation", text.get("share.recommendation.title"));
        if (decision == null) {
            Markup.text(section, "p", text.get("share.recommendation.none"));
            return section;
        }
        Element headline = section.appendElement("p").addClass("bb-share-top");
        Markup.text(headline, "span", decision.top() == null ? text.get("share.recommendation.no-candidate")
                : text.get("share.recommendation.top", decision.top()));
        if (decision.topDecidedBy() != null) muted(section, text.get("share.recommendation.decided-by", decision.topDecidedBy().in(text.locale())));

        Element ranking = section.appendElement("ol").addClass("bb-share-ranking");
        for (SharedDecision.Ranked r : decision.recommendation()) candidate(ranking, r, text);

        if (!decision.notes().isEmpty()) {
            muted(section, text.get("share.recommendation.notes"));
            list(section, Sentence.in(decision.notes(), text.locale()));
        }

        if (!decision.path().isEmpty()) {
            // Collapsed: the reader wants the answer first; the reasoning is one tap away.
            Element details = section.appendElement("details").addClass("bb-share-details");
            Markup.text(details, "summary", text.get("share.recommendation.path", Figures.count(decision.path().size(),
                    text.get("share.recommendation.step.one"), text.get("share.recommendation.step.other"))));
            Element path = details.appendElement("ol").id("share-decision-path");
            for (SharedDecision.Step step : decision.path()) {
                Markup.text(path, "li", (step.question() == null ? step.node() : step.question().in(text.locale()))
                        + " → " + (step.answer() == null ? "–"
                                : Translations.find(text.locale(), "decision.answer." + step.answer()).orElse(step.answer())));
            }
        }
        return section;
    }

    private static void candidate(Element ranking, SharedDecision.Ranked r, PageText text) {
        Element item = ranking.appendElement("li");
        Markup.text(item, "span", r.candidate() + (r.framework() == null ? "" : " (" + r.framework() + ")"), "bb-share-candidate");
        if (r.excluded()) {
            String reason = r.excludedReason() == null ? Figures.NONE : r.excludedReason().in(text.locale());
            Markup.text(item, "span", r.excludedAt() == null ? text.get("share.recommendation.excluded", reason)
                    : text.get("share.recommendation.excluded-at", reason, r.excludedAt()));
        } else {
            Markup.text(item, "span", text.get("share.recommendation.rank", r.rank() == null ? Figures.NONE : String.valueOf(r.rank()))
                    + (r.score() == null ? "" : text.get("share.recommendation.score", Figures.precise(r.score())))
                    + (r.evidenceCoverage() == null ? ""
                            : text.get("share.recommendation.coverage", Figures.fractionAsPercent(r.evidenceCoverage()))));
        }
        if (!r.reasons().isEmpty()) list(item, Sentence.in(r.reasons(), text.locale())).addClass("bb-share-reasons");
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
