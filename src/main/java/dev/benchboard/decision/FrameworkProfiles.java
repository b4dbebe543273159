package dev.benchboard.decision;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** The framework profiles by key ("gin", "echo", …), loaded from {@code data/frameworks.json}. */
public final class FrameworkProfiles {

    public static final String FILE_NAME = "frameworks.json";
    /** What a user picks for "no profile"; no profile may have this key. */
    public static final String NONE = "none";

    private static final Set<String> ROOT_PROPERTIES = Set.of("schemaVersion", "description", "maturityScale", "frameworks");
    private static final Set<String> PROFILE_PROPERTIES = Set.of("displayName", "builtOn", "netHttpCompatible",
            "stdHandlers", "http2", "websocket", "centralisedErrors", "middlewareMaturity", "strengths", "cautions",
            "featureNotes", "aliases");
    private static final Set<String> MATURITY_PROPERTIES = Set.of("otel", "swagger", "jwt", "prometheus");

    private final Map<String, FrameworkProfile> byKey;

    public FrameworkProfiles(Collection<FrameworkProfile> profiles) {
        Map<String, FrameworkProfile> map = new TreeMap<>();
        for (FrameworkProfile profile : profiles) {
            if (map.put(profile.key(), profile) != null) throw new IllegalArgumentException("duplicate profile '" + profile.key() + "'");
        }
        this.byKey = Collections.unmodifiableMap(map);
    }

    /** {@code data/frameworks.json} under {@code dataDirectory}. */
    public static FrameworkProfiles loadDefault(Path dataDirectory) {
        return load(dataDirectory.resolve(FILE_NAME));
    }

    public static FrameworkProfiles load(Path file) {
        return fromJson(file.toString(), DecisionJson.read(file));
    }

    public static FrameworkProfiles parse(String json) {
        return fromJson("framework profiles", DecisionJson.read("framework profiles", json));
    }

    /** Profiles read elsewhere from {@code document} (a file name), which problems are reported against. */
    public static FrameworkProfiles parse(String document, String json) {
        return fromJson(document, DecisionJson.read(document, json));
    }

    public static FrameworkProfiles parse(InputStream json) {
        return fromJson("framework profiles", DecisionJson.read("framework profiles", json));
    }

    /** The profile with this key; empty for null (a candidate without a profile) or an unknown key. */
    public Optional<FrameworkProfile> get(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /**
     * The profile a candidate's display name names, if any: the earliest of the profiles' names (key,
     * display name, aliases; case-insensitive) that stands as a whole word in it — not inside a longer
     * word, so "Engine" is not Gin, and "net/http" is the net/http profile, never a profile "net" — and
     * of names found at the same place, the longest ("gin-gonic/gin" over "gin"). A name that names no
     * profile ("@nestjs/core") has none: the candidate is then judged without one, not refused.
     */
    public Optional<FrameworkProfile> match(String candidateName) {
        if (candidateName == null) return Optional.empty();
        String name = candidateName.toLowerCase(java.util.Locale.ROOT);
        FrameworkProfile best = null;
        int bestAt = Integer.MAX_VALUE;
        int bestLength = 0;
        for (FrameworkProfile profile : byKey.values()) {
            for (String alias : profile.names()) {
                String a = alias.toLowerCase(java.util.Locale.ROOT);
                int at = wholeWord(name, a);
                if (at < 0) continue;
                if (at < bestAt || (at == bestAt && a.length() > bestLength)) {
                    best = profile;
                    bestAt = at;
                    bestLength = a.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where {@code word} first occurs in {@code text} with no letter or digit right before or after it; -1 if nowhere. */
    private static int wholeWord(String text, String word) {
        if (word.isEmpty()) return -1;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) return at;
        }
        return -1;
    }

    public Map<String, FrameworkProfile> all() {
        return byKey;
    }

    private static FrameworkProfiles fromJson(String document, JsonNode json) {
        List<DataProblem> problems = new ArrayList<>();
        List<FrameworkProfile> profiles = new ArrayList<>();
        try {
            JsonAt root = JsonAt.root(json).requireObject();
            root.onlyProperties(ROOT_PROPERTIES);
            JsonAt version = root.field("schemaVersion");
            if (version.integer() != 1) throw version.fail("unsupported schemaVersion " + version.integer() + "; expected 1");
            JsonAt frameworks = root.field("frameworks").requireObject();
            for (String key : frameworks.propertyNames()) {
                try {
                    profiles.add(profile(key, frameworks.field(key)));
                } catch (JsonAt.Failure f) {
                    problems.add(f.problem);
                }
            }
        } catch (JsonAt.Failure f) {
            problems.add(f.problem);
        }
        if (!problems.isEmpty()) throw new InvalidDecisionDataException(document, problems);
        checkAliases(profiles, problems);
        if (!problems.isEmpty()) throw new InvalidDecisionDataException(document, problems);
        return new FrameworkProfiles(profiles);
    }

    /**
     * An alias may stand for one profile only (matching a candidate's name would otherwise depend on file
     * order): it must not be another profile's key, display name or alias. Display names alone may repeat.
     */
    private static void checkAliases(List<FrameworkProfile> profiles, List<DataProblem> problems) {
        for (FrameworkProfile profile : profiles) {
            for (String alias : profile.aliases()) {
                for (FrameworkProfile other : profiles) {
                    if (other == profile) continue;
                    boolean taken = other.names().stream().anyMatch(name -> name.equalsIgnoreCase(alias));
                    if (taken) {
                        problems.add(new DataProblem("$.frameworks." + profile.key() + ".aliases",
                                "'" + alias + "' already names profile '" + other.key() + "'"));
                    }
                }
            }
        }
    }

    private static FrameworkProfile profile(String key, JsonAt at) {
        if (key.equalsIgnoreCase(NONE)) throw at.fail("'" + NONE + "' means \"no profile\" and cannot be a profile key");
        at.onlyProperties(PROFILE_PROPERTIES);
        JsonAt builtOnAt = at.field("builtOn");
        String builtOn = builtOnAt.string();
        if (!FrameworkProfile.BUILT_ON.contains(builtOn)) {
            throw builtOnAt.fail("unknown builtOn '" + builtOn + "'; expected one of " + FrameworkProfile.BUILT_ON);
        }
        JsonAt maturity = at.field("middlewareMaturity");
        maturity.onlyProperties(MATURITY_PROPERTIES);
        return new FrameworkProfile(key, at.field("displayName").nonBlankString(), builtOn,
                at.field("netHttpCompatible").bool(), at.field("stdHandlers").bool(), at.field("http2").bool(),
                at.field("websocket").bool(), at.field("centralisedErrors").bool(),
                new MiddlewareMaturity(level(maturity.field("otel")), level(maturity.field("swagger")),
                        level(maturity.field("jwt")), level(maturity.field("prometheus"))),
                strings(at.field("strengths")), strings(at.field("cautions")), notes(at.optionalField("featureNotes")),
                aliases(at.optionalField("aliases")));
    }

    private static int level(JsonAt at) {
        int value = at.integer();
        if (value < 0 || value > MiddlewareMaturity.MAX) {
            throw at.fail("expected an integer 0.." + MiddlewareMaturity.MAX + ", got " + value);
        }
        return value;
    }

    private static List<String> strings(JsonAt at) {
        return at.elements().stream().map(JsonAt::nonBlankString).toList();
    }

    private static List<String> aliases(JsonAt at) {
        return at == null ? List.of() : strings(at);
    }

    private static Map<String, String> notes(JsonAt at) {
        Map<String, String> notes = new LinkedHashMap<>();
        if (at == null) return notes;
        for (String name : at.propertyNames()) notes.put(name, at.field(name).nonBlankString());
        return notes;
    }
}
