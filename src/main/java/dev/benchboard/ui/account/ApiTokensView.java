package dev.benchboard.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.security.ApiToken;
import dev.benchboard.security.ApiTokens;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.security.UserAccounts;
import dev.benchboard.ui.Format;
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
@PageTitle("API tokens · Benchboard")
@PermitAll
public class ApiTokensView extends VerticalLayout {

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

        Button password = new Button("Change your password", VaadinIcon.LOCK.create(),
                click -> new PasswordDialog(accounts, username).open());
        password.setId("change-password");
        add(new H2("API tokens"), new Paragraph("Scripts and CI jobs call the REST API with a token: "
                + "curl -H 'Authorization: Bearer <token>' " + "…/api/evaluations. A token acts with your role ("
                + roleText() + "); limit it to some evaluations where a job needs no more. Scripts can also "
                + "create one: POST /api/tokens with HTTP Basic (your user name and password)."), password);

        add(new H3("New token"), creationForm(all));
        grid.setId("tokens");
        grid.addColumn(ApiToken::name).setHeader("Name").setFlexGrow(2).setSortable(true);
        grid.addColumn(t -> t.hint() + "…").setHeader("Starts with").setAutoWidth(true);
        grid.addColumn(this::scopeText).setHeader("Evaluations").setWidth("8em").setFlexGrow(2).setTooltipGenerator(this::scopeText);
        grid.addColumn(t -> Format.instant(t.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> t.expiresAt() == null ? "never" : Format.instant(t.expiresAt())).setHeader("Expires")
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : Format.instant(t.lastUsedAt())).setHeader("Last used")
                .setAutoWidth(true);
        grid.addColumn(t -> t.status(clock.instant()).name().toLowerCase()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No tokens yet.");
        add(new H3("Your tokens"), grid);
        refresh();
    }

    private FormLayout creationForm(List<EvaluationSummary> all) {
        TextField name = new TextField("Name");
        name.setId("token-name");
        name.setPlaceholder("e.g. nightly load test on CI");
        name.setMaxLength(100);
        DatePicker expiry = new DatePicker("Expires after (optional)");
        expiry.setId("token-expiry");
        expiry.setMin(LocalDate.now(clock));
        expiry.setHelperText("valid through this day (UTC); empty: no expiry");
        MultiSelectComboBox<EvaluationSummary> scope = new MultiSelectComboBox<>("Evaluations (optional)");
        scope.setId("token-scope");
        scope.setItems(all.stream().sorted(Comparator.comparing(EvaluationSummary::name)).toList());
        scope.setItemLabelGenerator(EvaluationSummary::name);
        scope.setHelperText("empty: all evaluations");
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button create = new Button("Create token", VaadinIcon.PLUS.create(), click -> {
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
        Button revoke = new Button("Revoke", click -> {
            ConfirmDialog confirm = new ConfirmDialog("Revoke “" + token.name() + "”?",
                    "Calls with this token are refused from now on. This cannot be undone.", "Revoke", ok -> {
                        tokens.revoke(username, token.id());
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel("Revoke " + token.name());
        revoke.setVisible(token.status(clock.instant()) == ApiToken.Status.ACTIVE);
        return revoke;
    }

    private String scopeText(ApiToken token) {
        if (token.scope() == null) return "all";
        if (token.scope().isEmpty()) return "none (its evaluations were deleted)";
        return token.scope().stream().map(id -> evaluationNames.getOrDefault(id, "#" + id))
                .collect(Collectors.joining(", "));
    }

    private static String roleText() {
        if (CurrentUser.isAdmin()) return "admin";
        return CurrentUser.canEdit() ? "editor: read and change" : "viewer: read only";
    }

    private void refresh() {
        grid.setItems(tokens.list(username));
    }
}
