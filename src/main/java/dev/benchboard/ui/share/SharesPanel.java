package dev.benchboard.ui.share;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.benchboard.share.ShareLink;
import dev.benchboard.share.ShareService;
import dev.benchboard.ui.Format;
import java.util.List;

/**
 * Sharing and exporting on an evaluation's overview: downloads of the live report, and the
 * evaluation's share links with their state, each revocable and with a changeable expiry.
 */
public class SharesPanel extends Div {

    private final ShareService shares;
    private final long evaluationId;
    private final Grid<ShareLink> grid = new Grid<>();

    public SharesPanel(ShareService shares, long evaluationId) {
        this.shares = shares;
        this.evaluationId = evaluationId;
        setId("shares");
        setWidthFull();
        Paragraph exportText = new Paragraph("Download the current report as JSON, or its tables as CSV.");
        exportText.addClassName("bb-muted");
        Paragraph shareText = new Paragraph("Share links open a frozen, read-only snapshot of the report for anyone "
                + "who has the link, without an account.");
        shareText.addClassName("bb-muted");

        grid.setId("share-links");
        grid.addColumn(ShareLink::title).setHeader("Title").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(l -> Format.instant(l.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(l -> l.expiresAt() == null ? "never" : Format.instant(l.expiresAt())).setHeader("Expires")
                .setAutoWidth(true);
        grid.addColumn(l -> "r/" + l.tokenHint() + "…").setHeader("Link").setAutoWidth(true);
        grid.addComponentColumn(SharesPanel::status).setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No share links yet: “Share” freezes the current report into a read-only link.");
        add(new H3("Share & export"), exportText, Downloads.links("api/evaluations/" + evaluationId, "report.json"),
                shareText, grid);
        refresh();
    }

    /** The button that opens the share dialog; the list here refreshes when a link is created. */
    public Button shareButton() {
        Button share = new Button("Share", VaadinIcon.SHARE.create(),
                click -> new ShareDialog(shares, evaluationId, this::refresh).open());
        share.setId("share-button");
        return share;
    }

    void refresh() {
        List<ShareLink> links = shares.list(evaluationId);
        grid.setItems(links);
    }

    static String state(ShareLink link) {
        if (link.revokedAt() != null) return "revoked";
        return link.active() ? "active" : "expired";
    }

    private static Span status(ShareLink link) {
        String state = state(link);
        Span badge = new Span(link.revokedAt() == null ? state : state + " " + Format.instant(link.revokedAt()));
        badge.addClassNames("bb-badge", "bb-share-state-" + state);
        return badge;
    }

    private HorizontalLayout actions(ShareLink link) {
        Button expiry = new Button("Change expiry", VaadinIcon.CLOCK.create(),
                click -> new ExpiryDialog(shares, link, this::refresh).open());
        Button revoke = new Button("Revoke", VaadinIcon.BAN.create(), click -> {
            ConfirmDialog confirm = new ConfirmDialog("Revoke link r/" + link.tokenHint() + "…?",
                    "Anyone who opens it will see “not found” from now on. This cannot be undone; "
                            + "create a new link to share again.", "Revoke", ok -> {
                        shares.revoke(link.id());
                        refresh();
                    });
            dev.benchboard.ui.i18n.ComponentTexts.cancelable(confirm);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(expiry, revoke)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.setEnabled(link.revokedAt() == null);
        }
        return new HorizontalLayout(expiry, revoke);
    }
}
