package dev.benchboard.ui.share;

import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;

/**
 * The one page for every share link that does not open (unknown, revoked, expired), answered with
 * HTTP 404. Like the shared report itself it has no workspace layout and no links into the app.
 */
@AnonymousAllowed
public class SharedReportNotFoundView extends Div implements HasErrorParameter<SharedReportNotFound> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SharedReportNotFound> parameter) {
        removeAll();
        SharedReportBootstrap.title(event, "Shared report not found · Benchboard");
        addClassName("bb-share-page");
        setId("share-not-found");
        Span brand = new Span("Benchboard");
        brand.addClassName("bb-share-brand");
        add(brand, new H1("Shared report not found"),
                new Paragraph("There is no report at this address. The link may be incomplete, or whoever shared it "
                        + "may have revoked it or let it expire."),
                new Paragraph("Ask them for a new link."));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
