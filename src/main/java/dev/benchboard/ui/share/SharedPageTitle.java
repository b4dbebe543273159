package dev.benchboard.ui.share;

/**
 * The title of a shared page, written into the page as it is served ({@link SharedReportBootstrap}).
 * Not Vaadin's {@code HasDynamicTitle}/{@code @PageTitle}: Vaadin sets those with a JavaScript call
 * that its client evaluates, which the shared page's Content-Security-Policy refuses (no
 * {@code 'unsafe-eval'}). Shared pages are always loaded whole (never navigated to inside the app),
 * so the served page's title is the one they keep.
 */
interface SharedPageTitle {

    String sharedPageTitle();
}
