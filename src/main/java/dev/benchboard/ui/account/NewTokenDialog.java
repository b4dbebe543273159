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
        setHeaderTitle(getTranslation("account.new-token.title", created.name()));
        TextField secret = new TextField(getTranslation("account.new-token.token"));
        secret.setId("new-token");
        secret.setValue(created.token());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button copy = new Button(getTranslation("account.new-token.copy"), click -> secret.getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", created.token()));
        add(new Paragraph(getTranslation("account.new-token.text")), secret);
        Button close = new Button(getTranslation("account.new-token.done"), click -> close());
        close.setId("close-new-token");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, close);
        setWidth("min(640px, 95vw)");
        setCloseOnOutsideClick(false);
    }
}
