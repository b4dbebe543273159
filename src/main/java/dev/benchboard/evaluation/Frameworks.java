package dev.benchboard.evaluation;

import dev.benchboard.decision.FrameworkProfile;
import dev.benchboard.decision.FrameworkProfiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The framework profiles a candidate may have ({@code frameworks.json}, read on each use so an edited
 * file counts at once, as the decision reads it). A candidate's display name is free text; its profile
 * is chosen separately: picked from these by key, {@link FrameworkProfiles#NONE}, or — when nothing was
 * picked — matched from the name by alias.
 */
@Component
public class Frameworks {

    private final Path dataDirectory;

    Frameworks(@Value("${benchboard.decision.dir:data}") Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** The profiles to pick from, by key. */
    public List<FrameworkProfile> profiles() {
        return List.copyOf(load().all().values());
    }

    /** The key of the profile {@code name} names by alias, or null when it names none (for showing the match). */
    public String match(String name) {
        return load().match(name).map(FrameworkProfile::key).orElse(null);
    }

    /**
     * The profile key to store: {@code picked} when it names a profile (any case), null for
     * {@link FrameworkProfiles#NONE}, the name's match when nothing was picked.
     *
     * @throws IllegalArgumentException for a key that names no profile, with the keys there are
     */
    public String resolve(String name, String picked) {
        FrameworkProfiles profiles = load();
        if (picked == null || picked.isBlank()) return profiles.match(name).map(FrameworkProfile::key).orElse(null);
        String key = picked.strip().toLowerCase(Locale.ROOT);
        if (key.equals(FrameworkProfiles.NONE)) return null;
        if (profiles.get(key).isEmpty()) {
            throw new IllegalArgumentException("framework: no profile '" + shortened(picked.strip()) + "'; expected one of "
                    + String.join(", ", profiles.all().keySet()) + " or " + FrameworkProfiles.NONE);
        }
        return key;
    }

    /** A refused value is quoted, not echoed whole. */
    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private FrameworkProfiles load() {
        return FrameworkProfiles.loadDefault(dataDirectory);
    }
}
