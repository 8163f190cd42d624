package dev.gofromjava.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.NativeLibrary;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoLibraryException;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.FunctionDescriptor;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class HelloProperties {
    private static final List<Hello> BINDINGS = List.of(new HelloFfm(), new HelloJna());
    private static final Set<String> EXPORTS = Set.of("hello", "gfj_ledger_live", "gfj_panic_count");
    private final GoLibrary lib = GoLibrary.load("hello");

    /** Looking up any name that is not exported is a Java exception naming it, never a crash. */
    @Property
    void unknownSymbolsFailCleanlyInFfm(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String name) {
        Assume.that(!EXPORTS.contains(name));
        var e = assertThrows(GoLibraryException.class, () -> lib.downcall(name, FunctionDescriptor.ofVoid()));
        assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
    }

    @Property
    void unknownSymbolsFailCleanlyInJna(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String name) {
        Assume.that(!EXPORTS.contains(name));
        NativeLibrary jna = NativeLibrary.getInstance(lib.path().toString(), JnaLoader.OPTIONS);
        assertThrows(UnsatisfiedLinkError.class, () -> jna.getFunction(name));
    }

    /** Calling hello any number of times, through either binding, allocates nothing and recovers no panic. */
    @Property(tries = 50)
    void helloLeavesNoTrace(@ForAll @IntRange(min = 1, max = 20) int calls) {
        for (Hello go : BINDINGS) {
            long live = lib.liveAllocations();
            long panics = lib.recoveredPanics();
            for (int i = 0; i < calls; i++) {
                go.hello();
            }
            assertEquals(live, lib.liveAllocations(), go.getClass().getSimpleName() + ": ledger");
            assertEquals(panics, lib.recoveredPanics(), go.getClass().getSimpleName() + ": panics");
        }
    }
}
