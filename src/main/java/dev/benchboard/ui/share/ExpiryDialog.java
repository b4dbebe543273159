package dev.benchboard.ui.share;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import dev.benchboard.share.ShareLink;
import dev.benchboard.share.ShareService;
import java.time.Instant;

/** Sets, moves or removes the expiry of a share link (ending a link now is what Revoke is for). */
class ExpiryDialog extends Dialog {

    ExpiryDialog(ShareService shares, ShareLink link, Runnable changed) {
        setHeaderTitle(getTranslation("share.expiry.title"));
        setWidth("min(520px, 100vw)");
        DateTimePicker expiry = UtcExpiry.picker(getTranslation("share.expiry.expires-at"), link.expiresAt());
        expiry.setId("share-new-expiry");
        add(new Paragraph(getTranslation("share.expiry.text", link.tokenHint(), link.title())), expiry);
        Button save = new Button(getTranslation("share.expiry.save"), click -> {
            Instant at = UtcExpiry.instant(expiry.getValue());
            if (at != null && !at.isAfter(Instant.now())) {
                expiry.setErrorMessage(getTranslation("share.expiry.in-the-past"));
                expiry.setInvalid(true);
                return;
            }
            shares.setExpiry(link.id(), at);
            changed.run();
            close();
        });
        save.setId("save-share-expiry");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("share.expiry.cancel"), click -> close()), save);
    }
}
