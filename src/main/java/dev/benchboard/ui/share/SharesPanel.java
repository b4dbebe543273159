package dev.benchboard.ui.share;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.benchboard.ui.Confirm;
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
        Paragraph exportText = new Paragraph(getTranslation("share.panel.export-text"));
        exportText.addClassName("bb-muted");
        Paragraph shareText = new Paragraph(getTranslation("share.panel.share-text"));
        shareText.addClassName("bb-muted");

        grid.setId("share-links");
        String never = getTranslation("share.panel.never");
        grid.addColumn(ShareLink::title).setHeader(getTranslation("share.panel.column.title")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(l -> Format.instant(l.createdAt())).setHeader(getTranslation("share.panel.column.created")).setAutoWidth(true);
        grid.addColumn(l -> l.expiresAt() == null ? never : Format.instant(l.expiresAt()))
                .setHeader(getTranslation("share.panel.column.expires")).setAutoWidth(true);
        grid.addColumn(l -> "r/" + l.tokenHint() + "…").setHeader(getTranslation("share.panel.column.link")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("share.panel.column.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("share.panel.empty"));
        add(new H3(getTranslation("share.panel.title")), exportText,
                Downloads.links("api/evaluations/" + evaluationId, "report.json", getLocale()), shareText, grid);
        refresh();
    }

    /** The button that opens the share dialog; the list here refreshes when a link is created. */
    public Button shareButton() {
        Button share = new Button(getTranslation("share.panel.share"), VaadinIcon.SHARE.create(),
                click -> new ShareDialog(shares, evaluationId, this::refresh).open());
        share.setId("share-button");
        return share;
    }

    void refresh() {
        List<ShareLink> links = shares.list(evaluationId);
        grid.setItems(links);
    }

    /** The link's state as a code (also the badge's CSS class); its words are {@code share.state.<code>}. */
    static String state(ShareLink link) {
        if (link.revokedAt() != null) return "revoked";
        return link.active() ? "active" : "expired";
    }

    private Span status(ShareLink link) {
        String state = state(link);
        Span badge = new Span(link.revokedAt() == null ? getTranslation("share.state." + state)
                : getTranslation("share.state.revoked-at", Format.instant(link.revokedAt())));
        badge.addClassNames("bb-badge", "bb-share-state-" + state);
        return badge;
    }

    private HorizontalLayout actions(ShareLink link) {
        Button expiry = new Button(getTranslation("share.panel.change-expiry"), VaadinIcon.CLOCK.create(),
                click -> new ExpiryDialog(shares, link, this::refresh).open());
        Button revoke = new Button(getTranslation("share.panel.revoke"), VaadinIcon.BAN.create(), click -> Confirm.destructive(getTranslation("share.revoke.title", link.tokenHint()),
                getTranslation("share.revoke.text"), getTranslation("share.panel.revoke"), () -> {
                    shares.revoke(link.id());
                    refresh();
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(expiry, revoke)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.setEnabled(link.revokedAt() == null);
        }
        return new HorizontalLayout(expiry, revoke);
    }
}
