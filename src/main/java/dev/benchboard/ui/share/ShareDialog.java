package dev.benchboard.ui.share;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import dev.benchboard.share.CreatedShare;
import dev.benchboard.share.ShareService;

/**
 * Creates a share link: optional expiry, then the absolute link shown once with a copy button
 * (only the token's hash is stored, so it cannot be shown again).
 */
class ShareDialog extends Dialog {

    private static final String COPY = """
            const text = this.value;
            if (navigator.clipboard && window.isSecureContext) {
              return navigator.clipboard.writeText(text).then(() => true, () => false);
            }
            const input = this.inputElement;
            input.focus();
            input.select();
            try { return document.execCommand('copy'); } catch (e) { return false; }
            """;

    ShareDialog(ShareService shares, long evaluationId, Runnable created) {
        setHeaderTitle("Share a read-only snapshot");
        setWidth("min(600px, 100vw)");
        DateTimePicker expiry = UtcExpiry.picker("Expires at (optional)", null);
        expiry.setId("share-expiry");
        add(new Paragraph("The link shows this evaluation's report and recommendation as they are now, frozen: "
                + "later uploads and edits do not change it. Anyone who has the link can read it without an account, "
                + "until you revoke it or it expires."), expiry);

        Button create = new Button("Create link", VaadinIcon.LINK.create(), click -> {
            try {
                CreatedShare share = shares.create(evaluationId, UtcExpiry.instant(expiry.getValue()));
                created.run();
                showOnce(share);
            } catch (IllegalArgumentException invalid) {
                expiry.setErrorMessage(invalid.getMessage());
                expiry.setInvalid(true);
            }
        });
        create.setId("create-share-link");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), create);
    }

    private void showOnce(CreatedShare share) {
        removeAll();
        getFooter().removeAll();
        TextField url = new TextField("Link");
        url.setId("share-url");
        url.setReadOnly(true);
        url.setWidthFull();
        // Absolute address as the browser sees the app (correct behind proxies and under a context path).
        url.getElement().executeJs("return new URL($0, document.baseURI).href", "r/" + share.token())
                .then(String.class, url::setValue);
        Button copy = new Button("Copy", VaadinIcon.COPY.create(), click -> url.getElement().executeJs(COPY)
                .then(Boolean.class, ok -> Notification.show(Boolean.TRUE.equals(ok) ? "Link copied"
                        : "Could not copy: select the link and copy it by hand", 3000, Notification.Position.BOTTOM_START)));
        copy.setId("copy-share-url");
        Paragraph once = new Paragraph("Copy the link now: this is the only time it is shown. Benchboard keeps only a "
                + "hash of it, so it cannot show it again. If it is lost, create a new link and revoke this one.");
        once.setId("share-url-once");
        once.addClassName("bb-share-warning");
        add(url, copy, once);
        Button done = new Button("Done", click -> close());
        done.setId("share-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
