package dev.benchboard.export;

import java.util.Locale;

/** Names for downloaded files, made from titles people typed. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * A file-name-safe form of a title: lower-case letters, digits, dots and dashes only, at most 60
     * characters, so the plain {@code filename} parameter of Content-Disposition is enough.
     *
     * @param whenEmpty what to use when nothing of the title is left (no title, only symbols)
     */
    public static String slug(String title, String whenEmpty) {
        String slug = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-+$", "");
        return slug.isEmpty() ? whenEmpty : slug;
    }
}
