package dev.benchboard.ui.decision;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import dev.benchboard.decision.Contribution;
import dev.benchboard.decision.Recommendation;
import dev.benchboard.ui.upload.UploadResultsView;
import dev.benchboard.format.Sentence;
import dev.benchboard.format.Words;
import dev.benchboard.ui.i18n.Translations;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The ranked candidates as cards: rank, score, measured shortfalls (an SLO missed, a suspected leak) first
 * and plainly, what put them there, each criterion's contribution with its number and upload, and the
 * criteria without evidence said plainly (left out of the score, not counted against it). Excluded candidates
 * follow with the node and reason that excluded them.
 */
final class RecommendationCards extends Div {

    private final long evaluationId;
    private final Consumer<String> showNode;

    RecommendationCards(long evaluationId, Consumer<String> showNode) {
        this.evaluationId = evaluationId;
        this.showNode = showNode;
        setId("ranking");
        addClassName("bb-dt-cards");
    }

    void render(List<Recommendation> recommendation) {
        removeAll();
        for (Recommendation r : recommendation) add(card(r));
    }

    private Div card(Recommendation r) {
        Locale locale = getLocale();
        Div card = new Div();
        card.setId("rec-" + DecisionText.slug(r.candidate()));
        card.addClassNames("bb-card", "bb-dt-card");
        if (r.excluded()) card.addClassName("bb-dt-excluded");
        card.getElement().setAttribute("data-candidate", r.candidate());
        if (r.rank() != null) card.getElement().setAttribute("data-rank", String.valueOf(r.rank()));

        Span rank = new Span(r.rank() == null ? getTranslation("decision.card.excluded") : "#" + r.rank());
        rank.addClassName("bb-dt-rank");
        Span name = new Span(r.candidate());
        name.addClassName("bb-dt-candidate");
        Span framework = new Span(r.framework() == null ? getTranslation("decision.card.no-profile") : r.framework());
        framework.addClassName("bb-muted");
        Div head = new Div(rank, name, framework);
        head.addClassName("bb-dt-card-head");
        if (r.score() != null) {
            Span score = new Span(getTranslation("decision.card.score", DecisionText.number(r.score())));
            score.addClassName("bb-dt-score");
            score.getElement().setAttribute("data-score", String.valueOf(r.score()));
            head.add(score);
        }
        if (r.preferenceTier() != null) {
            Span tier = new Span(getTranslation("decision.card.preference-tier", String.valueOf(r.preferenceTier())));
            tier.addClassName("bb-badge");
            head.add(tier);
        }
        card.add(head);

        if (r.excluded()) {
            Div why = new Div(new Span(getTranslation("decision.card.excluded-at", r.excludedAt(),
                    r.excludedReason() == null ? "" : r.excludedReason().in(locale))));
            why.addClassName("bb-dt-exclusion");
            Button show = new Button(getTranslation("decision.card.show-in-tree"), click -> showNode.accept(r.excludedAt()));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            why.add(show);
            card.add(why);
        }
        if (!r.shortfalls().isEmpty()) {
            UnorderedList shortfalls = new UnorderedList();
            shortfalls.setId("shortfalls-" + DecisionText.slug(r.candidate()));
            shortfalls.addClassName("bb-dt-shortfalls");
            // Inline rather than in the shared stylesheet: the error accent of .bb-dt-error, on this list only.
            shortfalls.getStyle().set("border-left", "4px solid var(--lumo-error-color)").set("padding-left", "var(--lumo-space-l)")
                    .set("color", "var(--lumo-error-text-color)");
            r.shortfalls().forEach(text -> shortfalls.add(new ListItem(getTranslation("decision.card.shortfall", text.in(locale)))));
            card.add(shortfalls);
        }
        List<Contribution> missing = r.contributions().stream().filter(c -> c.basis().equals(Contribution.NO_EVIDENCE)).toList();
        if (!missing.isEmpty()) card.add(noEvidence(r.candidate(), missing));

        // The per-criterion lines repeat the contributions table and the shortfall lines the list above: shown once.
        List<Sentence> reasons = r.reasons().stream()
                .filter(reason -> !Recommendation.isReason(reason, Recommendation.CONTRIBUTION_REASON))
                .filter(reason -> !Recommendation.isReason(reason, Recommendation.SHORTFALL_REASON)).toList();
        if (!reasons.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("bb-dt-reasons");
            reasons.forEach(reason -> list.add(new ListItem(reason.in(locale))));
            card.add(list);
        }
        if (!r.contributions().isEmpty() && !r.excluded()) card.add(contributions(r.contributions(), locale));
        return card;
    }

    private Div noEvidence(String candidate, List<Contribution> missing) {
        Locale locale = getLocale();
        Div box = new Div();
        box.addClassName("bb-dt-no-evidence-box");
        RouterLink upload = new RouterLink(getTranslation("decision.card.upload-for", candidate), UploadResultsView.class,
                UploadResultsView.parameters(evaluationId));
        upload.setQueryParameters(QueryParameters.of("candidate", candidate));
        box.add(new Div(new Span(getTranslation("decision.card.no-evidence", Words.list(
                missing.stream().map(c -> Criteria.label(c.criterion(), locale)).toList(), locale))), upload));
        UnorderedList what = new UnorderedList();
        missing.forEach(c -> what.add(new ListItem(getTranslation("decision.card.what-to-upload",
                Criteria.label(c.criterion(), locale), Criteria.whatToUpload(c.criterion(), locale)))));
        box.add(new NativeDetails(getTranslation("decision.card.what-gives-evidence"), what));
        return box;
    }

    private static NativeTable contributions(List<Contribution> contributions, Locale locale) {
        NativeTable table = new NativeTable();
        table.addClassName("bb-dt-table");
        NativeTableRow header = new NativeTableRow();
        for (String h : List.of("criterion", "share", "value", "normalised", "adds", "from")) {
            header.add(new NativeTableHeaderCell(Translations.get(locale, "decision.card.column." + h)));
        }
        table.getHead().add(header);
        NativeTableBody body = table.getBody();
        for (Contribution c : contributions) {
            NativeTableRow row = new NativeTableRow();
            if (c.normalised() == null) row.addClassName("bb-dt-no-evidence");
            if (c.basis().equals("shortfall")) row.addClassName("bb-dt-shortfall");
            String basis = TreeWords.basis(c.basis(), locale);
            row.add(new NativeTableCell(Criteria.label(c.criterion(), locale)),
                    new NativeTableCell(DecisionText.percent(c.weightShare())),
                    new NativeTableCell(c.value() == null ? basis : DecisionText.value(c.value(), c.unit(), locale)),
                    new NativeTableCell(DecisionText.number(c.normalised())),
                    new NativeTableCell(DecisionText.number(c.contribution())),
                    new NativeTableCell(c.basis().equals("measured") ? DecisionText.sources(c.sources(), locale)
                            : c.basis().equals("shortfall") ? basis + " · " + DecisionText.sources(c.sources(), locale) : basis));
            body.add(row);
        }
        return table;
    }
}
