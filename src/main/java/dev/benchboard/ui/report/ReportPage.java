package dev.benchboard.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.report.ChartData;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.ReportService;
import dev.benchboard.format.Figures;
import dev.benchboard.report.ReportWithCharts;
import dev.benchboard.ui.evaluation.EvaluationsView;
import dev.benchboard.ui.i18n.Translations;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A page about one evaluation's report: resolves the evaluation from the route, shows the section
 * navigation, computes the report in the background (with a progress indicator, pushed to the page
 * when ready) and then lets the subclass render it.
 */
public abstract class ReportPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * The sections of an evaluation, as (name, path suffix, translation key of the label). The name is what
     * {@link #section()} and callers of {@link #navigation} say, in any case ("compare", "Upload"): an identifier;
     * readers see the label.
     */
    static final List<String[]> SECTIONS = List.of(new String[] {"overview", "", "report.section.overview"},
            new String[] {"upload", "/upload", "report.section.upload"},
            new String[] {"compare", "/compare", "report.section.compare"},
            new String[] {"reliability", "/reliability", "report.section.reliability"},
            new String[] {"gc", "/gc", "report.section.gc"}, new String[] {"capacity", "/capacity", "report.section.capacity"},
            new String[] {"decision", "/decision", "report.section.decision"},
            new String[] {"history", "/history", "report.section.history"},
            new String[] {"webhooks", "/webhooks", "report.section.webhooks"});

    /** Set on the page once the report is drawn: what a browser test or the view benchmark waits for. */
    public static final String DRAWN = "data-report-drawn";

    protected final EvaluationService evaluations;
    protected final ReportService reports;
    private final Executor executor;
    protected EvaluationDetails evaluation;
    /** The chart series of the report being drawn (same data version); set before {@link #render}. */
    protected ChartData chartData;

    protected ReportPage(EvaluationService evaluations, ReportService reports, Executor executor) {
        this.evaluations = evaluations;
        this.reports = reports;
        this.executor = executor;
        setWidthFull();
    }

    protected abstract String section();

    protected abstract void render(EvaluationReport report);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String raw = event.getRouteParameters().get("id").orElse("");
        try {
            evaluation = evaluations.get(Long.parseLong(raw));
        } catch (NumberFormatException | NotFoundException e) {
            evaluation = null;
            add(new H2(getTranslation("report.not-found.title")), new Paragraph(getTranslation("report.not-found.text", raw)),
                    new RouterLink(getTranslation("report.not-found.back"), EvaluationsView.class));
            return;
        }
        add(navigation(evaluation.id(), section()));
        H2 title = new H2(sectionLabel() + " · " + evaluation.name());
        add(title);
        long id = evaluation.id();
        // Warm (this data version's report computed already, by any view or the API): drawn in this response.
        var computedAlready = reports.computedReportWithCharts(id);
        if (computedAlready.isPresent()) {
            draw(computedAlready.get());
            return;
        }
        ProgressBar computing = new ProgressBar();
        computing.setIndeterminate(true);
        Paragraph label = new Paragraph(getTranslation("report.computing"));
        add(label, computing);
        inBackground(event.getUI(), () -> reports.reportWithCharts(id), computed -> {
            remove(label, computing);
            draw(computed);
        }, e -> {
            remove(label, computing);
            add(new Paragraph(getTranslation("report.failed", e.getMessage())));
        });
    }

    private void draw(ReportWithCharts computed) {
        chartData = computed.charts();
        render(computed.report());
        getElement().setAttribute(DRAWN, true);
    }

    /**
     * Runs work that reads the database (a report, a comparison) off the UI thread, then draws its result in the UI
     * (pushed to the page, see {@code @Push} on the application): under the session lock nothing waits for a query.
     */
    protected <T> void inBackground(UI ui, Supplier<T> work, Consumer<T> draw, Consumer<RuntimeException> failed) {
        executor.execute(() -> {
            try {
                T result = work.get();
                ui.access(() -> draw.accept(result));
            } catch (RuntimeException e) {
                ui.access(() -> failed.accept(e));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return sectionLabel() + (evaluation == null ? "" : " · " + evaluation.name()) + " · " + getTranslation("app.title");
    }

    /** This page's section as the reader reads it ("Compare", "对比"). */
    private String sectionLabel() {
        return SECTIONS.stream().filter(s -> s[0].equalsIgnoreCase(section())).findFirst().map(s -> getTranslation(s[2])).orElse(section());
    }

    /** Where a page's message says there is nothing to show yet: the link to the evaluation's upload page. */
    protected Anchor uploadLink() {
        return new Anchor("evaluations/" + evaluation.id() + "/upload", getTranslation("report.upload-results"));
    }

    /** A full-width card for one candidate (see {@link #fullWidth}). */
    protected static Div card(Component... content) {
        Div card = fullWidth(new Div(content));
        card.addClassName("bb-card");
        return card;
    }

    /**
     * Full width of the page and no wider. Border-box, or a card's padding and border come on top of
     * the 100 %; min-width 0, or as a flex item of the page it cannot shrink below a chart drawn for a
     * wider page, so the chart never redraws and the page scrolls sideways.
     */
    protected static <T extends Component & HasStyle & HasSize> T fullWidth(T component) {
        component.setWidthFull();
        component.getStyle().set("box-sizing", "border-box").set("min-width", "0");
        return component;
    }

    /** "3 cycles" / "1 cycle" (and their Chinese) with the nouns of the keys {@code <noun>.one} and {@code <noun>.other}. */
    static String counted(long n, java.util.Locale locale, String noun) {
        return Figures.count(n, Translations.get(locale, noun + ".one"), Translations.get(locale, noun + ".other"));
    }

    /** Links between the sections of one evaluation. */
    public static Nav navigation(long evaluationId, String current) {
        Nav nav = new Nav();
        nav.addClassName("bb-sections");
        for (String[] s : SECTIONS) {
            Anchor link = new Anchor("evaluations/" + evaluationId + s[1], nav.getTranslation(s[2]));
            if (s[0].equalsIgnoreCase(current)) link.addClassName("current");
            nav.add(link);
        }
        return nav;
    }
}
