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
        setHeaderTitle(getTranslation("share.dialog.title"));
        setWidth("min(600px, 100vw)");
        DateTimePicker expiry = UtcExpiry.picker(getTranslation("share.dialog.expires-at"), null);
        expiry.setId("share-expiry");
        add(new Paragraph(getTranslation("share.dialog.text")), expiry);

        Button create = new Button(getTranslation("share.dialog.create"), VaadinIcon.LINK.create(), click -> {
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
        getFooter().add(new Button(getTranslation("share.dialog.cancel"), click -> close()), create);
    }

    private void showOnce(CreatedShare share) {
        removeAll();
        getFooter().removeAll();
        TextField url = new TextField(getTranslation("share.dialog.link"));
        url.setId("share-url");
        url.setReadOnly(true);
        url.setWidthFull();
        // Absolute address as the browser sees the app (correct behind proxies and under a context path).
        url.getElement().executeJs("return new URL($0, document.baseURI).href", "r/" + share.token())
                .then(String.class, url::setValue);
        Button copy = new Button(getTranslation("share.dialog.copy"), VaadinIcon.COPY.create(), click -> copy(url));
        copy.setId("copy-share-url");
        Paragraph once = new Paragraph(getTranslation("share.dialog.shown-once"));
        once.setId("share-url-once");
        once.addClassName("bb-share-warning");
        add(url, copy, once);
        Button done = new Button(getTranslation("share.dialog.done"), click -> close());
        done.setId("share-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    /** Copies the link in the browser and says whether it worked. */
    private void copy(TextField url) {
        String copied = getTranslation("share.dialog.copied");
        String failed = getTranslation("share.dialog.copy-failed");
        url.getElement().executeJs(COPY).then(Boolean.class, ok -> Notification.show(Boolean.TRUE.equals(ok) ? copied : failed,
                3000, Notification.Position.BOTTOM_START));
    }
}
