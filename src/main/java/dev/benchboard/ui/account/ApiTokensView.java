package dev.benchboard.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.benchboard.ui.Confirm;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.security.ApiToken;
import dev.benchboard.security.ApiTokens;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.security.UserAccounts;
import dev.benchboard.format.Words;
import dev.benchboard.ui.Format;
import dev.benchboard.ui.i18n.ComponentTexts;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The signed-in user's API tokens: create one (name, optional expiry, optional evaluation scope; the
 * secret is shown once), see when each was last used, revoke. Also where users change their password.
 */
@Route("tokens")
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokens tokens;
    private final Clock clock;
    private final String username;
    private final Map<Long, String> evaluationNames;
    private final Grid<ApiToken> grid = new Grid<>();

    public ApiTokensView(ApiTokens tokens, EvaluationService evaluations, UserAccounts accounts, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        this.username = CurrentUser.username().orElseThrow();
        List<EvaluationSummary> all = evaluations.list();
        this.evaluationNames = all.stream().collect(Collectors.toMap(EvaluationSummary::id, EvaluationSummary::name));

        Button password = new Button(getTranslation("account.tokens.change-password"), VaadinIcon.LOCK.create(),
                click -> new PasswordDialog(accounts, username).open());
        password.setId("change-password");
        add(new H2(getTranslation("account.tokens.title")),
                new Paragraph(getTranslation("account.tokens.intro", getTranslation(roleKey()))), password);

        add(new H3(getTranslation("account.tokens.new")), creationForm(all));
        grid.setId("tokens");
        String neverExpires = getTranslation("account.tokens.expires.never");
        String neverUsed = getTranslation("account.tokens.last-used.never");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("account.tokens.column.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(t -> t.hint() + "…").setHeader(getTranslation("account.tokens.column.starts-with")).setAutoWidth(true);
        grid.addColumn(this::scopeText).setHeader(getTranslation("account.tokens.column.evaluations")).setWidth("8em")
                .setFlexGrow(2).setTooltipGenerator(this::scopeText);
        grid.addColumn(t -> Format.instant(t.createdAt())).setHeader(getTranslation("account.tokens.column.created")).setAutoWidth(true);
        grid.addColumn(t -> t.expiresAt() == null ? neverExpires : Format.instant(t.expiresAt()))
                .setHeader(getTranslation("account.tokens.column.expires")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? neverUsed : Format.instant(t.lastUsedAt()))
                .setHeader(getTranslation("account.tokens.column.last-used")).setAutoWidth(true);
        grid.addColumn(t -> Words.of(t.status(clock.instant()), getLocale()))
                .setHeader(getTranslation("account.tokens.column.status")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("account.tokens.none"));
        add(new H3(getTranslation("account.tokens.yours")), grid);
        refresh();
    }

    private FormLayout creationForm(List<EvaluationSummary> all) {
        TextField name = new TextField(getTranslation("account.tokens.column.name"));
        name.setId("token-name");
        name.setPlaceholder(getTranslation("account.tokens.name.placeholder"));
        name.setMaxLength(100);
        DatePicker expiry = new DatePicker(getTranslation("account.tokens.expiry"));
        expiry.setId("token-expiry");
        expiry.setI18n(ComponentTexts.datePicker(getLocale()));
        expiry.setMin(LocalDate.now(clock));
        expiry.setHelperText(getTranslation("account.tokens.expiry.helper"));
        MultiSelectComboBox<EvaluationSummary> scope = new MultiSelectComboBox<>(getTranslation("account.tokens.scope"));
        scope.setId("token-scope");
        scope.setI18n(ComponentTexts.multiSelect(getLocale()));
        scope.setItems(all.stream().sorted(Comparator.comparing(EvaluationSummary::name)).toList());
        scope.setItemLabelGenerator(EvaluationSummary::name);
        scope.setHelperText(getTranslation("account.tokens.scope.helper"));
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button create = new Button(getTranslation("account.tokens.create"), VaadinIcon.PLUS.create(), click -> {
            try {
                List<Long> ids = scope.getSelectedItems().isEmpty() ? null
                        : scope.getSelectedItems().stream().map(EvaluationSummary::id).sorted().toList();
                Instant expiresAt = expiry.getValue() == null ? null
                        : expiry.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                ApiTokens.Created created = tokens.create(username, name.getValue(), ids, expiresAt);
                error.setText("");
                name.clear();
                expiry.clear();
                scope.clear();
                refresh();
                new NewTokenDialog(created).open();
            } catch (IllegalArgumentException | dev.benchboard.evaluation.NotFoundException invalid) {
                error.setText(invalid.getMessage());
            }
        });
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, expiry, scope, create, error);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        return form;
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("account.tokens.revoke"), click -> Confirm.destructive(getTranslation("account.tokens.revoke.title", token.name()),
                getTranslation("account.tokens.revoke.text"), getTranslation("account.tokens.revoke"), () -> {
                    tokens.revoke(username, token.id());
                    refresh();
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel(getTranslation("account.tokens.revoke.aria", token.name()));
        revoke.setVisible(token.status(clock.instant()) == ApiToken.Status.ACTIVE);
        return revoke;
    }

    private String scopeText(ApiToken token) {
        if (token.scope() == null) return getTranslation("account.tokens.scope.all");
        if (token.scope().isEmpty()) return getTranslation("account.tokens.scope.none");
        return token.scope().stream().map(id -> evaluationNames.getOrDefault(id, "#" + id))
                .collect(Collectors.joining(", "));
    }

    /** The signed-in user's role as the intro names it. */
    private static String roleKey() {
        if (CurrentUser.isAdmin()) return "account.tokens.role.admin";
        return CurrentUser.canEdit() ? "account.tokens.role.editor" : "account.tokens.role.viewer";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.tokens.page-title");
    }

    private void refresh() {
        grid.setItems(tokens.list(username));
    }
}
