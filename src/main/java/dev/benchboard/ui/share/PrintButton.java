package dev.benchboard.ui.share;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "Print", run in the browser without a round trip (it works however long the page has been open)
 * and without {@code executeJs}, which the shared page's Content-Security-Policy would refuse: the
 * button sits in {@code <bb-print>}, which prints on click.
 */
@Tag("bb-print")
@JsModule("./bb-print.ts")
final class PrintButton extends Component {

    PrintButton(String buttonId) {
        Button print = new Button("Print", VaadinIcon.PRINT.create());
        print.setId(buttonId);
        getElement().appendChild(print.getElement());
    }
}
