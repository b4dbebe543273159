package dev.benchboard.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.benchboard.security.ApiTokens;

/** Shows a new token's secret: the only time anyone sees it. */
class NewTokenDialog extends Dialog {

    NewTokenDialog(ApiTokens.Created created) {
        setHeaderTitle("Token “" + created.name() + "” created");
        TextField secret = new TextField("Token");
        secret.setId("new-token");
        secret.setValue(created.token());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button copy = new Button("Copy", click -> secret.getElement().executeJs(
                "navigator.clipboard && navigator.clipboard.writeText($0)", created.token()));
        add(new Paragraph("Copy it now: it is shown only this once and cannot be recovered (only its hash is "
                + "stored). If it is lost, revoke it and create another."), secret);
        Button close = new Button("Done", click -> close());
        close.setId("close-new-token");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, close);
        setWidth("min(640px, 95vw)");
        setCloseOnOutsideClick(false);
    }
}
