package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's "it must show": a reader whose browser asks for Chinese ({@code zh-CN,zh}) gets every view of the
 * workspace in Chinese: the sign-in page (also after a wrong password), every view of the demo evaluation and of
 * an evaluation built from real uploads ({@link WalkedEvaluations}: evaluations list, overview, upload, compare,
 * reliability, GC, capacity, decision, decision tree, history, webhooks, API tokens, users, glossary, an upload's
 * provenance page), the static shared report {@code /r/{token}} (and an unknown link) read with the same
 * browser, and an unknown address. Per view it asserts:
 * <ul>
 *   <li>the main content reads in Chinese, by the rule of {@link ChineseText} (at least 90 % of the texts that
 *       are not figures, data, texts people typed, abbreviations or kept names have Han
 *       characters), and so does the header with its navigation;</li>
 *   <li>no missing-key marker ({@code !zh:}, {@code !en:}, Vaadin's {@code !{key}!}) and no bundle key shown
 *       as it is;</li>
 *   <li>a static page says it is Chinese ({@code <html lang="zh-…">}: the browser picks the CJK font by it);</li>
 *   <li>nothing clipped without a way to read it ({@link PageChecks#clippedWithoutTooltip}), no console error.</li>
 * </ul>
 * The header's language picker switches to English and back, and the choice outlives signing out and in
 * again while the browser still asks for Chinese. What reaches a server as {@code Accept-Language} is checked
 * on a probe server of the test's own first (see {@link Browser#Browser(int, int, String)}). Every view's
 * verdict is printed; every problem of every view is reported at once. Screenshots of the demo's overview
 * and compare views in Chinese (1440 × 1000) go to target/screenshots/zh-overview.png and zh-compare.png.
 */
class ChineseBrowserIT {

    private static final String CHINESE = "zh-CN,zh";
    private static final Path BUNDLE = Path.of("src/main/resources/vaadin-i18n/translations.properties");
    private static final Pattern MARKER = Pattern.compile("!(zh|en)[:_-]|!\\{[\\w.-]+}!");
    /** Fields of the API's documents whose values are names from the data, set aside whatever their length. */
    private static final Set<String> NAME_FIELDS = Set.of("name", "evaluation", "candidate", "fileName", "label",
            "benchmark", "runId", "framework", "tiedWith", "top", "baseline", "title", "node", "id", "username");

    private final List<String> problems = new ArrayList<>();
    /** English texts excused because they are a known, open gap of issue 18 (printed, not failed): see KNOWN_GAPS. */
    private final Map<String, Set<String>> knownGapsSeen = new LinkedHashMap<>();

    /**
     * Texts still English in a Chinese workspace, each an open gap of issue 18 written down here so that every
     * OTHER English text fails the test. Remove a line when its gap is closed.
     */
    static final List<java.util.regex.Pattern> KNOWN_GAPS = java.util.stream.Stream.of(
            // Vaadin's own text without any i18n: the grid sorter's aria-label "Sort by <header>", written by
            // vaadin-grid-flow's gridConnector.ts (25.2.3, its header renderer: `Sort by ${ariaLabel}`) on the sorter it
            // creates in the browser; neither Flow nor vaadin-grid-sorter has a property for it (only headers in Latin
            // script read English). The password field's "Show password" is named through ComponentTexts.revealButton.
            "Sort by .*",
            // The demo's quoted figures: notes and descriptions are the demo data's own English.
            ".*reference \\(\\d+ cores\\)", ".*quoted from public articles.*", "\\d+ h test, .*")
            .map(java.util.regex.Pattern::compile).toList();
    private final Map<String, String> verdicts = new LinkedHashMap<>();
    private final Set<String> names = new LinkedHashSet<>(List.of(RunningApp.ADMIN, "e2e"));
    private final Set<String> sentences = new LinkedHashSet<>();
    private Pattern bundleKeys;

    @Test
    void aChineseReaderGetsEveryViewInChinese() throws Exception {
        bundleKeys = bundleKeys();
        Path data = Files.createTempDirectory("bb-e2e-chinese");
        try (RunningApp app = new RunningApp(data).start(); Browser browser = new Browser(1440, 1000, CHINESE)) {
            browser.viewport(1440, 1000, false);
            acceptLanguage(browser);
            ApiClient api = new ApiClient(app);
            long real = WalkedEvaluations.fromRealUploads(api);
            long demo = WalkedEvaluations.demo(api);
            readData(api, demo, real);
            ChineseText rule = new ChineseText(names, sentences);

            browser.open(app.url("/"));
            browser.await(By.id("login-form"));
            check(browser, rule, "sign-in page", VisibleTexts.WHOLE_PAGE);
            browser.submitLogin(app.url("/"), RunningApp.ADMIN, "not the password");
            browser.waiting(60).until(d -> Boolean.TRUE.equals(browser.driver.executeScript(
                    "const f = document.getElementById('login-form'); return !!f && f.error === true")));
            check(browser, rule, "sign-in page after a wrong password", VisibleTexts.WHOLE_PAGE);
            browser.signIn(app.url("/"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            PageChecks.consoleErrors(browser);   // the wrong password's 401, not a view's

            for (Map.Entry<String, String> view : views(api, demo, real).entrySet()) {
                System.out.println("ChineseBrowserIT visits " + view.getKey() + " " + view.getValue());
                try {
                    PageChecks.visit(browser, app, view.getValue());
                    if (view.getKey().endsWith("decision tree")) openTheTree(browser);
                } catch (org.openqa.selenium.WebDriverException stuck) {
                    // One view that never finishes must not hide what the others show: noted, and on to the next.
                    browser.screenshot("zh-stuck-" + view.getKey().replace(' ', '-').replace("'", ""));
                    problems.add(view.getKey() + " (" + view.getValue() + "): did not finish drawing, at " + browser.driver.getCurrentUrl()
                            + ": " + stuck.getMessage().lines().findFirst().orElse("") + "; the page showed: "
                            + String.valueOf(browser.driver.executeScript("return document.body.innerText")).replaceAll("\\s+", " "));
                    continue;
                }
                workspaceView(browser, rule, view.getKey());
                if (view.getValue().equals("/evaluations/" + demo)) browser.screenshot("zh-overview");
                if (view.getValue().equals("/evaluations/" + demo + "/compare")) browser.screenshot("zh-compare");
            }
            for (long evaluation : List.of(demo, real)) {
                String link = browser.createShareLink(app.url("/evaluations/" + evaluation));
                readNames(api, link.substring(link.indexOf("/r/")) + "/report.json");
                rule = new ChineseText(names, sentences);
                PageChecks.consoleErrors(browser);   // the workspace's, left behind
                browser.open(link);
                staticPage(browser, rule, "shared report " + (evaluation == demo ? "(demo)" : "(real uploads)"));
            }
            browser.open(app.url("/r/no-such-link"));
            staticPage(browser, rule, "shared report of an unknown link");
            // For a signed-in reader the security chain refuses an address no view has (403); the container's error
            // page is Benchboard's own (api.ErrorPages), in the reader's language.
            unknownAddress(browser, rule, app.url("/no-such-page"));
            String lang = String.valueOf(browser.driver.executeScript("return document.documentElement.lang"));
            if (!lang.startsWith("zh")) problems.add("an unknown address (/no-such-page): <html lang=\"" + lang + "\">, not zh-CN");

            languagePicker(browser, app, rule);
        } finally {
            deleteTree(data);
        }
        verdicts.forEach((view, verdict) -> System.out.println("ChineseBrowserIT " + view + ": " + verdict));
        knownGapsSeen.forEach((view, texts) -> System.out.println("ChineseBrowserIT known gap (issue 18) in " + view + ": " + texts));
        problems.forEach(p -> System.out.println("ChineseBrowserIT problem: " + p));
        assertThat(problems).as("what a Chinese reader stumbles on").isEmpty();
    }

    /** The views a signed-in admin reads, by name, in the order they are visited. */
    private static Map<String, String> views(ApiClient api, long demo, long real) throws Exception {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("evaluations list", "/evaluations");
        for (long evaluation : List.of(demo, real)) {
            String which = evaluation == demo ? "demo " : "real uploads ";
            for (String section : WalkedEvaluations.SECTIONS) {
                views.put(which + (section.isEmpty() ? "overview" : section.substring(1)), "/evaluations/" + evaluation + section);
            }
            views.put(which + "decision tree", "/evaluations/" + evaluation + "/decision");
            for (String page : WalkedEvaluations.TRACKING) views.put(which + page.substring(1), "/evaluations/" + evaluation + page);
            views.put(which + "upload's provenance page", "/uploads/" + WalkedEvaluations.firstUpload(api, evaluation));
        }
        views.put("API tokens", "/tokens");
        views.put("users", "/users");
        views.put("glossary", "/glossary");
        return views;
    }

    /** The decision view's tree tab, with the path's last node open. */
    private static void openTheTree(Browser browser) {
        browser.click("tab-tree");
        browser.clickInView(browser.await(By.id("dt-node-rank")));
        browser.await(By.id("node-evidence-title"));
        browser.awaitServer();
    }

    private void workspaceView(Browser browser, ChineseText rule, String view) {
        if (!Boolean.TRUE.equals(browser.driver.executeScript("return !!document.querySelector('vaadin-app-layout')"))) {
            check(browser, rule, view + " (drawn without the workspace's layout)", VisibleTexts.WHOLE_PAGE);
            return;
        }
        check(browser, rule, view, VisibleTexts.WORKSPACE_MAIN);
        ChineseText.Verdict header = rule.judge(texts(VisibleTexts.of(browser, VisibleTexts.WORKSPACE_HEADER, false)));
        if (!header.readsInChinese()) {
            String problem = "the header reads in English (" + header.summary() + "): " + english(header);
            if (!problems.contains(problem)) problems.add(problem);
        }
        verdicts.putIfAbsent("header", header.summary());
    }

    /**
     * A signed-in reader mistyping an address: whatever answers (the workspace, or the server's own error page)
     * is read as it comes, without waiting for the workspace's client.
     */
    private void unknownAddress(Browser browser, ChineseText rule, String url) {
        browser.driver.get(url);
        browser.waiting(60).until(d -> "complete".equals(browser.driver.executeScript("return document.readyState")));
        if (Boolean.TRUE.equals(browser.driver.executeScript("return !!window.Vaadin"))) browser.awaitServer();
        check(browser, rule, "an unknown address (" + url.substring(url.lastIndexOf('/')) + ")", VisibleTexts.WHOLE_PAGE);
    }

    private void staticPage(Browser browser, ChineseText rule, String view) {
        check(browser, rule, view, VisibleTexts.WHOLE_PAGE);
        String lang = String.valueOf(browser.driver.executeScript("return document.documentElement.lang"));
        if (!lang.startsWith("zh")) problems.add(view + ": <html lang=\"" + lang + "\">, not zh-CN");
    }

    /** The checks of one view; its text read in {@code region}, markers and keys looked for on the whole page. */
    private void check(Browser browser, ChineseText rule, String view, String region) {
        List<List<String>> read = VisibleTexts.of(browser, region, true);
        List<String> all = texts(read);
        List<String> known = all.stream().filter(t -> KNOWN_GAPS.stream().anyMatch(g -> g.matcher(t.strip()).matches())).toList();
        if (!known.isEmpty()) knownGapsSeen.computeIfAbsent(view, v -> new LinkedHashSet<>()).addAll(known);
        ChineseText.Verdict verdict = rule.judge(all.stream().filter(t -> !known.contains(t)).toList());
        // The English that is left is printed even where the view passes: a reader of the log sees what remains.
        verdicts.put(view, verdict.summary() + (verdict.readsInChinese() ? "" : " — reads in English")
                + (verdict.englishTexts().isEmpty() ? "" : "; English: " + english(verdict)));
        if (!verdict.readsInChinese()) problems.add(view + ": reads in English (" + verdict.summary() + "): " + english(verdict));
        for (List<String> text : VisibleTexts.of(browser, VisibleTexts.WHOLE_PAGE, true)) {
            if (MARKER.matcher(text.get(1)).find()) problems.add(view + ": missing-key marker in " + text.get(0) + " \"" + text.get(1) + "\"");
            java.util.regex.Matcher key = bundleKeys.matcher(text.get(1));
            if (key.find()) problems.add(view + ": translation key shown as it is: " + key.group() + " in \"" + text.get(1) + "\"");
        }
        PageChecks.clippedWithoutTooltip(browser).forEach(p -> problems.add(view + ": " + p));
        // A page that answers 404 or 403 on purpose logs its own status; that is the answer, not an error of the page.
        String own = browser.driver.getCurrentUrl() + " - Failed to load resource: the server responded with a status of 40";
        PageChecks.consoleErrors(browser).stream().filter(p -> !p.startsWith("console error: " + own))
                .forEach(p -> problems.add(view + ": " + p));
    }

    private static List<String> texts(List<List<String>> read) {
        return read.stream().map(pair -> pair.get(1)).toList();
    }

    /** The English texts found, quoted, at most 25 (a whole untranslated view has hundreds). */
    private static String english(ChineseText.Verdict verdict) {
        List<ChineseText.Judged> found = verdict.englishTexts();
        String shown = found.stream().limit(25).map(j -> "\"" + (j.text().length() > 70 ? j.text().substring(0, 70) + "…" : j.text()) + "\"")
                .collect(Collectors.joining(", "));
        return shown + (found.size() > 25 ? " … and " + (found.size() - 25) + " more" : "");
    }

    /**
     * The switch in the header: to English and back, each choice still in force after signing out and in
     * again (the browser keeps asking for Chinese; the sign-in page, before anybody is known, follows it).
     */
    private void languagePicker(Browser browser, RunningApp app, ChineseText rule) {
        PageChecks.visit(browser, app, "/evaluations");
        assertThat(browser.awaitText(By.id("logout"), "退出登录").getText()).isEqualTo("退出登录");
        for (String[] choice : List.of(new String[] {"English", "Sign out"}, new String[] {"中文（简体）", "退出登录"})) {
            browser.select("language", choice[0]);
            browser.awaitText(By.id("logout"), choice[1]);
            browser.click("logout");
            browser.await(By.id("login-form"));
            check(browser, rule, "sign-in page after signing out (" + choice[0] + " chosen)", VisibleTexts.WHOLE_PAGE);
            browser.signIn(app.url("/evaluations"), RunningApp.ADMIN, RunningApp.ADMIN_PASSWORD);
            assertThat(browser.awaitText(By.id("logout"), choice[1]).getText()).as("after signing in again with " + choice[0] + " chosen")
                    .isEqualTo(choice[1]);
        }
    }

    /** What the browser sends as Accept-Language, seen by a server of the test's own: the page's request and a fetch. */
    private void acceptLanguage(Browser browser) throws IOException {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer probe = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        probe.createContext("/", exchange -> {
            seen.add(exchange.getRequestURI().getPath() + " Accept-Language: " + exchange.getRequestHeaders().getFirst("Accept-Language"));
            byte[] body = "<!doctype html><html data-bb-static><body>probe</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        probe.start();
        try {
            browser.open("http://127.0.0.1:" + probe.getAddress().getPort() + "/page");
            browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1]; fetch('/fetch').then(() => done(), () => done())");
            Object languages = browser.driver.executeScript("return navigator.languages.join(',')");
            // Without a font with Chinese glyphs every Han character is drawn as the same box: two different ones
            // drawn alike mean the machine lacks one (Debian: fonts-noto-cjk; ./benchboard test installs it).
            assertThat(browser.driver.executeScript("""
                    const canvas = document.createElement('canvas');
                    canvas.width = 64; canvas.height = 32;
                    const g = canvas.getContext('2d');
                    const drawn = text => { g.clearRect(0, 0, 64, 32); g.font = '24px sans-serif'; g.fillText(text, 4, 26);
                                            return g.getImageData(0, 0, 64, 32).data.join(','); };
                    return drawn('中') !== drawn('文');""")).as("the browser has a font for Chinese").isEqualTo(true);
            System.out.println("ChineseBrowserIT probe: " + seen + "; navigator.languages " + languages);
            assertThat(seen).as("what the probe server received").anyMatch(s -> s.startsWith("/page Accept-Language: zh-CN,zh"))
                    .anyMatch(s -> s.startsWith("/fetch Accept-Language: zh-CN,zh"));
        } finally {
            probe.stop(0);
        }
    }

    /**
     * The data's names (in every document) and the texts people typed (the evaluation's description, requirements and
     * quoted figures' notes), as the API gives them (see {@link ChineseText}). The report's, decision's and uploads'
     * own sentences are NOT excused: the analysis writes them in the reader's language.
     */
    private void readData(ApiClient api, long demo, long real) throws Exception {
        WalkedEvaluations.items(api, "/api/evaluations").forEach(e -> names.add(e.path("name").asString()));
        for (long evaluation : List.of(demo, real)) {
            readTyped(api, "/api/evaluations/" + evaluation);   // its description, requirements, quoted figures' notes
            for (String document : List.of("report", "decision", "decision-tree", "uploads")) {
                readNames(api, "/api/evaluations/" + evaluation + "/" + document);
            }
            for (JsonNode upload : WalkedEvaluations.items(api, "/api/evaluations/" + evaluation + "/uploads")) {
                readNames(api, "/api/uploads/" + upload.get("id").asLong());
            }
        }
    }

    /** A document that holds what people typed: its names are names, its other texts excused as theirs. */
    private void readTyped(ApiClient api, String path) throws Exception {
        collect(ApiClient.json(api.get(path).body()), "", true);
    }

    /** A document the analysis wrote: only its names (of evaluations, candidates, files, labels …) are excused. */
    private void readNames(ApiClient api, String path) throws Exception {
        collect(ApiClient.json(api.get(path).body()), "", false);
    }

    private void collect(JsonNode node, String field, boolean typed) {
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), e.getKey(), typed));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, field, typed));
        } else if (node.isString()) {
            if (NAME_FIELDS.contains(field)) names.add(node.asString());
            else if (typed) sentences.add(node.asString());
        }
    }

    /** Any key of the English bundle, as a word of its own (a key shown instead of its text). */
    private static Pattern bundleKeys() throws IOException {
        Properties bundle = new Properties();
        try (var in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return Pattern.compile("(?<![\\w.-])(" + bundle.stringPropertyNames().stream().sorted(java.util.Comparator.reverseOrder())
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\w.-])");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
