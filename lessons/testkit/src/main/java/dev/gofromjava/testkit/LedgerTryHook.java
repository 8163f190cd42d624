package dev.gofromjava.testkit;

import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * Fails any jqwik try after which the Go ledger (C blocks and cgo handles) is not back at its
 * value before the try.
 *
 * <p>Registered globally in META-INF/services, so it wraps every {@code @Property} try and every
 * {@code @Example} of every lesson. A leak is reported as a falsified try, so jqwik shrinks it to
 * the smallest input that leaks.
 */
public final class LedgerTryHook implements AroundTryHook {
    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
        long baseline = LedgerCheck.baseline();
        long handles = LedgerCheck.handlesBaseline();
        TryExecutionResult result = aTry.execute(parameters);
        if (result.isFalsified()) {
            return result; // the try's own failure comes first; its leak, if any, is not news
        }
        FreedByGc gc = context.findAnnotation(FreedByGc.class)
                .or(() -> context.findAnnotationsInContainer(FreedByGc.class).stream().findFirst()).orElse(null);
        String what = context.label() + " with " + parameters;
        AssertionError leak = LedgerCheck.verify(baseline, what, gc);
        if (leak == null) {
            leak = LedgerCheck.verifyHandles(handles, what);
        }
        return leak == null ? result : TryExecutionResult.falsified(leak);
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return true;
    }

    // Outermost, so the ledger is read before and after every other try hook (jqwik's own
    // @BeforeTry/@AfterTry methods included, which may legitimately allocate and free).
    @Override
    public int aroundTryProximity() {
        return -100;
    }
}
