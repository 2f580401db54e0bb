package dev.drift.engine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English first names by gender, from stdlib's datasets of Moby Word II's lists (fetched with the build, see the
 * engine's pom). A name on both lists ("Alex", "Jo") tells nothing. Immutable and thread-safe.
 */
public final class FirstNames {
    public enum Gender { FEMALE, MALE, UNKNOWN }

    private static final Set<String> FEMALE = load("female-first-names/names.txt");
    private static final Set<String> MALE = load("male-first-names/names.txt");

    private FirstNames() {
    }

    /** The gender a first name shows, written with its capital ("Mary"); UNKNOWN when on neither or both lists. */
    public static Gender of(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        boolean female = FEMALE.contains(key);
        boolean male = MALE.contains(key);
        return female == male ? Gender.UNKNOWN : female ? Gender.FEMALE : Gender.MALE;
    }

    private static Set<String> load(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the first-name list " + resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the first-name list " + resource + " cannot be read", e);
        }
        return Set.copyOf(names);
    }
}
