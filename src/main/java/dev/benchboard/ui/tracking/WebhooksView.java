package dev.benchboard.ui.tracking;

import dev.benchboard.ui.i18n.ComponentTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.ReportService;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.tracking.TrackingEvent;
import dev.benchboard.tracking.Webhook;
import dev.benchboard.tracking.WebhookDraft;
import dev.benchboard.tracking.WebhookService;
import dev.benchboard.tracking.Webhooks;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.Format;
import dev.benchboard.ui.report.ReportPage;
import jakarta.annotation.security.PermitAll;
import org.springframework.core.task.TaskExecutor;

/**
 * The evaluation's webhooks with their delivery log (every attempt: event, status, error, time) and, for
 * editors, "Send test", adding and removing them. Secrets are write-only: a webhook shows only whether it signs.
 */
@PermitAll
@Route("evaluations/:id/webhooks")
public class WebhooksView extends ReportPage {

    private final WebhookService webhooks;
    private final Div list = new Div();

    public WebhooksView(EvaluationService evaluations, ReportService reports, TaskExecutor executor, WebhookService webhooks) {
        super(evaluations, reports, executor);
        this.webhooks = webhooks;
    }

    @Override
    protected String section() {
        return getTranslation("tracking.webhooks.section");
    }

    @Override
    protected void render(EvaluationReport report) {
        add(new Paragraph(getTranslation("tracking.webhooks.intro")));
        if (CurrentUser.canEdit()) add(form());
        list.setWidthFull();
        add(list);
        refresh();
    }

    private HorizontalLayout form() {
        TextField url = new TextField(getTranslation("tracking.webhooks.url"));
        url.setId("webhook-url");
        url.setWidth("28em");
        PasswordField secret = new PasswordField(getTranslation("tracking.webhooks.secret"));
        secret.setId("webhook-secret");
        ComponentTexts.revealButton(getLocale(), secret);
        Select<String> format = new Select<>();
        format.setLabel(getTranslation("tracking.webhooks.format"));
        format.setItems(Webhooks.FORMATS);
        format.setItemLabelGenerator(this::formatWords);
        format.setValue(Webhooks.FORMATS.getFirst());
        Paragraph error = new Paragraph();
        Button add = new Button(getTranslation("tracking.webhooks.add"), click -> {
            error.setText("");
            try {
                webhooks.create(evaluation.id(), new WebhookDraft(url.getValue(), secret.getValue(), format.getValue()),
                        CurrentUser.username().orElseThrow());
                url.clear();
                secret.clear();
                refresh();
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage());
            }
        });
        add.setId("webhook-add");
        HorizontalLayout form = new HorizontalLayout(url, secret, format, add, error);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        list.removeAll();
        var all = webhooks.list(evaluation.id());
        if (all.isEmpty()) list.add(new Paragraph(getTranslation("tracking.webhooks.none")));
        for (Webhook w : all) {
            Div card = new Div(new H3(w.url()));
            card.addClassName("bb-card");
            String signing = w.signed() ? getTranslation("tracking.webhooks.signed", w.secretHint())
                    : getTranslation("tracking.webhooks.unsigned");
            card.add(new Paragraph(getTranslation("tracking.webhooks.summary", formatWords(w.format()), signing, w.createdBy(),
                    Format.instant(w.createdAt()))));
            Button test = new Button(getTranslation("tracking.webhooks.send-test"), click -> {
                webhooks.sendTest(w);
                list.add(new Paragraph(getTranslation("tracking.webhooks.test-sent", w.url())));
            });
            test.addClassName("bb-webhook-test");
            if (CurrentUser.canEdit()) {
                card.add(test);
                card.add(new Button(getTranslation("tracking.webhooks.remove"), click -> {
                    webhooks.delete(w.id());
                    refresh();
                }));
            }
            Grid<Webhook.Delivery> log = new Grid<>();
            log.addThemeVariants(GridVariant.LUMO_COMPACT);
            log.addColumn(d -> Format.instant(d.attemptedAt())).setHeader(getTranslation("tracking.webhooks.column.when")).setAutoWidth(true);
            log.addColumn(d -> eventWords(d.event())).setHeader(getTranslation("tracking.webhooks.column.event")).setAutoWidth(true);
            log.addColumn(Webhook.Delivery::attempt).setHeader(getTranslation("tracking.webhooks.column.attempt")).setAutoWidth(true);
            log.addColumn(d -> d.statusCode() == null ? Figures.NONE : d.statusCode().toString())
                    .setHeader(getTranslation("tracking.webhooks.column.status")).setAutoWidth(true);
            log.addColumn(d -> d.error() == null ? "" : d.error()).setHeader(getTranslation("tracking.webhooks.column.error")).setFlexGrow(1);
            log.addColumn(d -> Figures.latencyMs(d.durationMs())).setHeader(getTranslation("tracking.webhooks.column.took")).setAutoWidth(true);
            log.setItems(w.lastDeliveries());
            log.setAllRowsVisible(true);
            log.setEmptyStateText(getTranslation("tracking.webhooks.no-deliveries"));
            card.add(log);
            list.add(card);
        }
    }

    /** The payload format's code ("json", "slack") in the reader's words. */
    private String formatWords(String code) {
        return Webhooks.FORMATS.contains(code) ? getTranslation("tracking.webhooks.format." + code) : code;
    }

    /** A delivery's event code ("regression", "change_point", "gate_failed", "test") in the reader's words. */
    private String eventWords(String code) {
        return code != null && TrackingEvent.KINDS.contains(code) ? getTranslation("tracking.webhooks.event." + code.replace('_', '-')) : code;
    }
}
