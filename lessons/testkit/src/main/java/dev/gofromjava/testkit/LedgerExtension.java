package dev.gofromjava.testkit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit Jupiter counterpart of {@link LedgerTryHook}: fails any {@code @Test} after which the
 * Go ledger is not back at its value before the test.
 *
 * <p>Registered by service loader; the parent pom turns on
 * {@code junit.jupiter.extensions.autodetection.enabled} so Jupiter picks it up in every lesson.
 * {@code @BeforeEach}/{@code @AfterEach} methods run inside the window, so a fixture that allocates
 * in one must free in the other.
 */
public final class LedgerExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LedgerExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("baseline", LedgerCheck.baseline());
        context.getStore(NS).put("handles", LedgerCheck.handlesBaseline());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Long baseline = context.getStore(NS).get("baseline", Long.class);
        if (baseline == null || context.getExecutionException().isPresent()) {
            return; // the test's own failure is reported; a leak on a failed path is not news
        }
        FreedByGc gc = context.getTestMethod().map(m -> m.getAnnotation(FreedByGc.class))
                .or(() -> context.getTestClass().map(c -> c.getAnnotation(FreedByGc.class))).orElse(null);
        AssertionError leak = LedgerCheck.verify(baseline, context.getDisplayName(), gc);
        if (leak == null) {
            leak = LedgerCheck.verifyHandles(context.getStore(NS).get("handles", Long.class), context.getDisplayName());
        }
        if (leak != null) {
            throw leak;
        }
    }
}
