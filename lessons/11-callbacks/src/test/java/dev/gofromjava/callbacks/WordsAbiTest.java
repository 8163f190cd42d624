package dev.gofromjava.callbacks;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import java.lang.foreign.FunctionDescriptor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bindings against libcallbacks.h, the header cgo wrote for the exports. */
class WordsAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new WordsFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("callbacks"), GoLibrary.load("callbacks").descriptors(WordsFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("callbacks"), WordsJna.WordsLibrary.class);
    }

    /**
     * The ABI guard sees visit_f only as a pointer; its own signature is pinned here, on both
     * sides: the typedef as cgo copied it, the upcall's descriptor and the JNA callback's method.
     */
    @Test
    void theVisitorsSignatureMatchesTheTypedef() throws Exception {
        String header = Files.readString(NativePaths.header("callbacks"));
        assertTrue(header.contains("typedef int64_t (*visit_f)(int64_t index, char* word, int64_t wordN, int64_t thread);"),
                "visit_f changed in the header: update WordsFfm.VISIT, WordsJna.Visit and this test");
        assertEquals(FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG), WordsFfm.VISIT);
        Method invoke = WordsJna.Visit.class.getDeclaredMethod("invoke", long.class, Pointer.class, long.class, long.class);
        assertEquals(long.class, invoke.getReturnType());
        assertEquals(List.of(invoke), Arrays.asList(WordsJna.Visit.class.getDeclaredMethods()));
    }
}
