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
        setHeaderTitle("Change expiry");
        setWidth("min(520px, 100vw)");
        DateTimePicker expiry = UtcExpiry.picker("Expires at", link.expiresAt());
        expiry.setId("share-new-expiry");
        add(new Paragraph("Link r/" + link.tokenHint() + "… of “" + link.title() + "”. An expired link opens again "
                + "if its expiry moves into the future; to end a link now, revoke it."), expiry);
        Button save = new Button("Save", click -> {
            Instant at = UtcExpiry.instant(expiry.getValue());
            if (at != null && !at.isAfter(Instant.now())) {
                expiry.setErrorMessage("choose a time in the future, or revoke the link to end it now");
                expiry.setInvalid(true);
                return;
            }
            shares.setExpiry(link.id(), at);
            changed.run();
            close();
        });
        save.setId("save-share-expiry");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
