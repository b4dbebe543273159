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

    private static final Set<String> ROOT_PROPERTIES = Set.of("schemaVersion", "description", "maturityScale", "frameworks");
    private static final Set<String> PROFILE_PROPERTIES = Set.of("displayName", "builtOn", "netHttpCompatible",
            "stdHandlers", "http2", "websocket", "centralisedErrors", "middlewareMaturity", "strengths", "cautions",
            "featureNotes");
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

    public Optional<FrameworkProfile> get(String key) {
        return Optional.ofNullable(byKey.get(key));
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
        return new FrameworkProfiles(profiles);
    }

    private static FrameworkProfile profile(String key, JsonAt at) {
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
                strings(at.field("strengths")), strings(at.field("cautions")), notes(at.optionalField("featureNotes")));
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

    private static Map<String, String> notes(JsonAt at) {
        Map<String, String> notes = new LinkedHashMap<>();
        if (at == null) return notes;
        for (String name : at.propertyNames()) notes.put(name, at.field(name).nonBlankString());
        return notes;
    }
}
