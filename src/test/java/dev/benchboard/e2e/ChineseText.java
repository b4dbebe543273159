package dev.benchboard.e2e;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the texts of a view read in Chinese: the rule {@link ChineseBrowserIT} applies to each view, kept
 * apart so that {@code ChineseTextTest} can show it on plain strings.
 *
 * <p>Each text (a visible text node, or a title, placeholder, aria label or tooltip) is first stripped of what
 * is written the same in both languages or is not the workspace's own text:
 * <ol>
 *   <li>the data: names of evaluations, candidates, files, labels, benchmarks and users, as the API lists them;</li>
 *   <li>what people typed: the evaluation's description, requirements and quoted figures' notes, as the API gives
 *       them (texts of three words or more). The report's, decision's and uploads' own sentences are not set aside:
 *       the analysis writes them in the reader's language ({@code format.Sentence});</li>
 *   <li>figures and units, URLs, file names and paths (anything with a slash, so also req/s and net/http),
 *       hashes and tokens, {@code key = value} expressions, camelCase, snake_case and kebab-case identifiers;</li>
 *   <li>abbreviations in capitals of up to five letters and percentiles (P99, GC, SLO, MTBF, CI, JSON, …);</li>
 *   <li>{@link #KEPT_WORDS}: units, tool, framework, method and product names that the Chinese text keeps
 *       (Gin, wrk, Mann-Whitney, Holm, webhook, …).</li>
 * </ol>
 * What is left is Chinese when it has a Han character, English when it has a Latin word of two letters or more
 * and no Han character, and otherwise not counted. A view reads in Chinese when at least
 * {@link #CHINESE_PERCENT} % of its counted texts are Chinese and it has at least {@link #MIN_COUNTED} of them:
 * one English label in ten already fails the view, and an untranslated view (only data and figures left in
 * Chinese, if anything) fails by far.
 */
final class ChineseText {

    /** The share of counted texts that must be Chinese, in per cent. */
    static final int CHINESE_PERCENT = 90;
    /** Fewer counted texts than this cannot show a language (an empty or broken view). */
    static final int MIN_COUNTED = 3;

    /** Words the Chinese text keeps as they are (I18N.md's terms keep P99, req/s, SLO, MTBF, GC, USL, webhook, …). */
    static final Set<String> KEPT_WORDS = Set.of(
            // units and symbols
            "ms", "µs", "us", "ns", "s", "min", "h", "d", "B", "KiB", "MiB", "GiB", "TiB", "KB", "MB", "GB",
            "req", "rps", "ops", "op", "x", "vs", "p", "n", "N", "k", "log",
            // the product and the languages named in themselves
            "Benchboard", "English", "admin",
            // frameworks and runtimes
            "Gin", "Echo", "Fiber", "Chi", "Fasthttp", "fasthttp", "Iris", "Beego", "Hertz", "Kratos", "Gorilla", "gorilla",
            "mux", "Go", "Java", "Spring", "Vaadin", "OpenTelemetry", "Prometheus", "WebSocket",
            // tools and formats named by their authors
            "wrk", "wrk2", "hey", "ab", "siege", "vegeta", "Vegeta", "k6", "oha", "autocannon", "JMeter", "Gatling",
            "Locust", "JMH", "HdrHistogram", "gctrace", "pprof", "ApexCharts", "webhook", "webhooks", "Webhook", "Webhooks",
            "Slack", "GitHub", "GitLab", "Jenkins",
            // methods named after people or kept in Latin script
            "Mann", "Whitney", "Holm", "Newey", "West", "Hodges", "Lehmann", "Poisson", "Welch", "Wilcoxon",
            "Hyndman", "Fan", "Bonferroni", "Kaplan", "Meier", "Weibull", "divisive", "Gunther");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z’'-]*[A-Za-z]");
    private static final List<Pattern> SET_ASIDE = List.of(
            Pattern.compile("https?://\\S+"),
            Pattern.compile("\\S*/\\S*"),                                              // paths, req/s, net/http, 1/h
            Pattern.compile("[\\w-]+(\\.[\\w-]+)*\\.(txt|csv|json|jsonl|ndjson|gz|log|out|html|png|xml|jtl|tsv|md)\\b"),
            Pattern.compile("\\bbb_[\\w-]+"),                                          // API token and its hint
            Pattern.compile("\\b[0-9a-f]{7,}\\b"),                                      // hashes, references
            Pattern.compile("\\b\\w+\\s*(=|≠|<|>|≤|≥)\\s*\\S+"),                        // key = value, p < 0.05
            Pattern.compile("\\b[a-z]+[0-9]*(?:[A-Z][a-z0-9]*)+\\b"),                   // camelCase facts
            Pattern.compile("\\b[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*[-_][A-Za-z0-9]+\\b"), // kebab/snake ids, SHA-256, E-divisive
            Pattern.compile("\\bP\\d+(\\.\\d+)?\\b"),                                   // P50, P99, P99.9
            Pattern.compile("\\b[A-Z]{2,5}s?\\b"));                                     // GC, SLO, MTBF, CI, JSON, APIs

    private final Set<String> data;
    private final List<String> dataByLength;

    /**
     * @param names     names from the data (evaluations, candidates, files, labels, benchmarks, users)
     * @param sentences the texts people typed (description, requirements, quoted figures' notes) as the API gives them (only those of three
     *                  words or more are set aside)
     */
    ChineseText(Collection<String> names, Collection<String> sentences) {
        Set<String> all = new LinkedHashSet<>();
        names.stream().map(ChineseText::normalize).filter(n -> n.length() >= 2).forEach(all::add);
        sentences.stream().map(ChineseText::normalize).filter(s -> s.split(" ").length >= 3).forEach(all::add);
        this.data = all;
        this.dataByLength = all.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    enum Language { CHINESE, ENGLISH, NOT_COUNTED }

    /** One text, judged: its language and the words that made it English. */
    record Judged(String text, Language language, List<String> englishWords) {
    }

    /** The texts of one view, judged. */
    record Verdict(int chinese, int english, List<Judged> englishTexts) {

        boolean readsInChinese() {
            int counted = chinese + english;
            return counted >= MIN_COUNTED && 100 * chinese >= CHINESE_PERCENT * counted;
        }

        String summary() {
            int counted = chinese + english;
            return chinese + " of " + counted + " texts Chinese"
                    + (counted == 0 ? "" : String.format(" (%.0f %%)", 100.0 * chinese / counted));
        }
    }

    Verdict judge(Collection<String> texts) {
        int chinese = 0;
        int english = 0;
        List<Judged> englishTexts = new ArrayList<>();
        for (String text : texts) {
            Judged judged = judge(text);
            switch (judged.language()) {
                case CHINESE -> chinese++;
                case ENGLISH -> {
                    english++;
                    englishTexts.add(judged);
                }
                case NOT_COUNTED -> { }
            }
        }
        return new Verdict(chinese, english, englishTexts);
    }

    Judged judge(String raw) {
        String text = normalize(raw);
        if (HAN.matcher(text).find()) return new Judged(text, Language.CHINESE, List.of());
        String left = withoutData(text);
        for (Pattern p : SET_ASIDE) left = p.matcher(left).replaceAll(" ");
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(left);
        while (m.find()) {
            if (!KEPT_WORDS.contains(m.group())) words.add(m.group());
        }
        return new Judged(text, words.isEmpty() ? Language.NOT_COUNTED : Language.ENGLISH, words);
    }

    /** The text without the data's names and the report's sentences in it (a longer one first). */
    private String withoutData(String text) {
        if (data.contains(text)) return "";
        if (text.split(" ").length >= 3) {
            for (String d : dataByLength) {
                if (d.contains(text)) return "";
            }
        }
        String left = text;
        for (String d : dataByLength) {
            if (left.contains(d)) {
                left = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(d) + "(?![\\p{L}\\d])").matcher(left).replaceAll(" ");
            }
        }
        return left;
    }

    static String normalize(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
