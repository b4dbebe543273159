package dev.benchboard.e2e;

import java.util.List;

/**
 * The texts a reader of a page region gets, read by the browser: each visible text node (in the light DOM and
 * in the components' open shadow roots, so also a login form's error and the charts' SVG labels), and the
 * titles, placeholders, aria labels and tooltips of visible elements; the page's title too, with the whole page.
 */
final class VisibleTexts {

    /** The workspace's main content: the router's view inside the app layout, without header and drawer. */
    static final String WORKSPACE_MAIN = "vaadin-app-layout > :not([slot])";
    /** The workspace's header and drawer: title, language picker, user, sign out, navigation. */
    static final String WORKSPACE_HEADER = "vaadin-app-layout > [slot^='navbar'], vaadin-app-layout > [slot='drawer']";
    /** A page without the layout (sign-in, the static shared report). */
    static final String WHOLE_PAGE = "body";

    private static final String READ = """
            const [selector, withTitle] = arguments;
            const out = [];
            const boxed = e => {
              while (e && getComputedStyle(e).display === 'contents') e = e.parentElement || (e.getRootNode() && e.getRootNode().host);
              return e;
            };
            const shown = e => {
              const b = boxed(e);
              if (!b || !b.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
              const r = b.getBoundingClientRect();
              return r.width > 0 && r.height > 0;
            };
            const textShown = node => {
              const parent = node.parentElement || (node.getRootNode() && node.getRootNode().host);
              if (!parent || !shown(parent)) return false;
              if (parent instanceof SVGElement) return true;
              const range = document.createRange();
              range.selectNodeContents(node);
              return [...range.getClientRects()].some(r => r.width > 0 && r.height > 0);
            };
            const skip = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);
            const walk = node => {
              if (node.tagName === 'SLOT' && node.assignedNodes().length > 0) return;   // its fallback is not shown
              for (const child of node.childNodes) {
                if (child.nodeType === Node.TEXT_NODE) {
                  const text = child.textContent.replace(/\\s+/g, ' ').trim();
                  if (text && textShown(child)) out.push(['text', text]);
                } else if (child.nodeType === Node.ELEMENT_NODE && !skip.has(child.tagName)) {
                  if (child.tagName === 'VAADIN-TOOLTIP') {
                    const target = child.parentElement;
                    if (child.text && target && shown(target)) out.push(['tooltip', child.text]);
                    continue;
                  }
                  if (shown(child)) {
                    for (const attribute of ['title', 'placeholder', 'aria-label']) {
                      const value = child.getAttribute(attribute);
                      if (value && value.trim()) out.push([attribute, value.trim()]);
                    }
                  }
                  if (child.shadowRoot) walk(child.shadowRoot);
                  walk(child);
                }
              }
            };
            document.querySelectorAll(selector).forEach(walk);
            if (withTitle && document.title) out.push(['page title', document.title]);
            return out;""";

    private VisibleTexts() {
    }

    /** What a reader gets in the region: pairs of what it is (text, title, tooltip, …) and the text. */
    @SuppressWarnings("unchecked")
    static List<List<String>> of(Browser browser, String regionSelector, boolean withPageTitle) {
        return (List<List<String>>) browser.driver.executeScript(READ, regionSelector, withPageTitle);
    }
}
