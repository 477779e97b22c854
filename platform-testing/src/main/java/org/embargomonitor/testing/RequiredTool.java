package org.embargomonitor.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A tool or file a test needs that a developer's machine may lack (Chromium, Tesseract, ../shared): without it the
 * test is skipped on a developer's machine, and fails in CI ({@code CI} set, as {@code .ci/run} does), where
 * everything is installed and a skipped test would hide that nothing was tested.
 */
public final class RequiredTool {

    private RequiredTool() {
    }

    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (inCi()) {
            Assertions.fail(missing + ": CI must have it (.ci/run installs it)");
        }
        Assumptions.abort(missing);
    }

    static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci);
    }
}
