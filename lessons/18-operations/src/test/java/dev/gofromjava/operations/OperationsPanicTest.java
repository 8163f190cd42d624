package dev.gofromjava.operations;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Pointer;
import dev.gofromjava.testkit.FirstPage;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A drain into a bad buffer (address 8, on the first page): Go's write faults, the guard recovers
 * the panic, Java gets the exception, and the records stay in Go's buffer, which still works: a
 * panic while the buffer's lock is held must not leave it locked.
 *
 * <p>Go writes to address 8 on purpose, which valgrind rightly reports: memcheck leaves this class out.
 */
@Tag("memory-error-on-purpose")
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a buffer left locked by the panic would hang the next log call
class OperationsPanicTest {
    @Test
    void aDrainIntoBadMemoryIsAPanicAndTheBufferStillWorks() throws Throwable {
        Operations go = new OperationsFfm();
        LogsTest.clear(go);
        go.logRecord(0, "kept");
        MethodHandle drain = GoLibrary.load("operations").downcall("logsDrain",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG));
        var ffm = assertThrows(GoPanicException.class, () -> {
            long n = (long) drain.invokeExact(MemorySegment.ofAddress(8), (long) go.logRecordLimit(), 0L);
        });
        assertEquals(FirstPage.NIL_DEREFERENCE, ffm.goMessage());
        var jna = assertThrows(GoPanicException.class,
                () -> JnaLoader.checked("logsDrain", OperationsJna.OperationsLibrary.logsDrain(new Pointer(8), go.logRecordLimit(), 0)));
        assertEquals(FirstPage.NIL_DEREFERENCE, jna.goMessage());
        go.logRecord(0, "after");
        assertEquals(List.of("kept", "after"), GoLogRecord.decode(go.drainLogs(0)).stream().map(GoLogRecord::message).toList());
    }
}
