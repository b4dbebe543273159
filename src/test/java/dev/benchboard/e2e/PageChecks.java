package dev.benchboard.e2e;

import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What every browser walk through the views checks, in any language: the view has finished computing and
 * drawing, the console stayed free of errors, and no text is cut off without a way to read it.
 */
final class PageChecks {

    /**
     * Clipped text without a way to read it, judged per cell (issue 14: per grid let one tooltip column excuse
     * every other column of the grid). A grid cell whose content overflows is readable when that cell has a
     * tooltip (the grid's tooltip generator gives a text for this row and column, or a title inside the cell),
     * or when its column can be widened by the reader (resizable) or sizes itself to its content (auto width).
     * Any other element cut with an ellipsis needs a title or a tooltip on itself or an ancestor.
     */
    private static final String CLIPPED = """
            const out = [];
            const titled = e => {
              for (let x = e; x; x = x.parentElement) {
                if (x.title) return true;
                if (x.tagName.toLowerCase() !== 'vaadin-grid' && x.querySelector(':scope > vaadin-tooltip[slot="tooltip"]')) return true;
              }
              return false;
            };
            const headerOf = column => column ? String(column.header || column.path
                || (column._headerCell && column._headerCell._content && column._headerCell._content.textContent) || '?').trim() : '?';
            const cellProblem = content => {
              const td = content.assignedSlot && content.assignedSlot.parentElement;
              const column = td && td._column;
              if (!column) return titled(content) ? null : 'a grid cell outside any column';
              if (column.resizable || column.autoWidth) return null;
              if (content.title || content.querySelector('[title], vaadin-tooltip')) return null;
              const grid = content.closest('vaadin-grid');
              const tooltip = grid && grid.querySelector(':scope > vaadin-tooltip[slot="tooltip"]');
              const item = td.parentElement && td.parentElement._item;
              if (tooltip && item && typeof tooltip.generator === 'function') {
                const text = tooltip.generator({item, column});
                if (text && String(text).trim()) return null;
              }
              return 'column "' + headerOf(column) + '" is neither resizable nor auto width and this cell has no tooltip';
            };
            const candidates = [...document.querySelectorAll('vaadin-grid-cell-content, span, div, p, dd, dt, a')]
              .filter(e => e.tagName.toLowerCase() === 'vaadin-grid-cell-content' || getComputedStyle(e).textOverflow === 'ellipsis');
            for (const e of candidates) {
              if (!e.textContent.trim() || e.clientWidth === 0 || e.getBoundingClientRect().right <= 0) continue;
              const grid = e.closest('vaadin-grid');
              if (grid && grid.offsetParent === null) continue;
              if (e.scrollWidth <= e.clientWidth + 1) continue;
              const problem = e.tagName.toLowerCase() === 'vaadin-grid-cell-content' ? cellProblem(e) : (titled(e) ? null : 'no title or tooltip');
              if (problem) {
                out.push('clipped without a tooltip: "' + e.textContent.trim().substring(0, 80) + '" ('
                  + e.scrollWidth + ' > ' + e.clientWidth + ' px; ' + problem + ')');
              }
            }
            return out;""";

    private PageChecks() {
    }

    /**
     * Opens a view and waits until its report is computed (no busy progress bar left: the views show one while
     * computing, whatever the language) and its charts are drawn.
     */
    static void visit(Browser browser, RunningApp app, String path) {
        browser.open(app.url(path));
        browser.awaitServer();
        browser.waiting(120).withMessage(() -> path + " to finish computing").until(d -> Boolean.TRUE.equals(browser.driver.executeScript(
                "return ![...document.querySelectorAll('vaadin-progress-bar[indeterminate]')].some(p => p.checkVisibility())"
                        + " && [...document.querySelectorAll('bb-apex-chart')].every(c => c.hasAttribute('rendered'))")));
        browser.awaitServer();
        try {
            Thread.sleep(400);   // ApexCharts draws labels and annotations after 'rendered'; errors reach the log a moment later
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> clippedWithoutTooltip(Browser browser) {
        return (List<String>) browser.driver.executeScript(CLIPPED);
    }

    /** The console's errors since the last call (reading the log empties it). */
    static List<String> consoleErrors(Browser browser) {
        return browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).map(m -> "console error: " + m).toList();
    }
}
