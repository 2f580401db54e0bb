package dev.drift.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The analyzer version, from the build: stored results are stale when it changes. */
final class Version {
    static final String VALUE = load();

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/drift/engine/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
