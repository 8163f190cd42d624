package dev.gofromjava.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.testkit.Demos;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GODEBUG's cgocheck, which Go reads when its runtime starts, so each case runs in a JVM of its
 * own: 0 turns the check off, and 2 is refused at run time (it needs GOEXPERIMENT=cgocheck2 when
 * the library is built).
 */
class CgocheckTest {
    /** Calls passNested without pinning, through the binding named in args[0], and prints the result. */
    public static void main(String[] args) {
        WordIndexes go = Demos.choose(args, WordIndexesFfm::new, WordIndexesJna::new);
        System.out.println("passNested(false) = " + go.passNested(false));
    }

    // docs:begin off
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void withCgocheckOffNothingCatchesTheUnpinnedPointer(String binding) throws Exception {
        Demos.Run run = Demos.start(Demos.lessonFlags(), env -> env.put("GODEBUG", "cgocheck=0"), CgocheckTest.class, binding);
        assertEquals(0, run.exit(), run.err());
        assertEquals("passNested(false) = 42\n", run.out(), "the rule is broken, and nothing says so");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void cgocheck2AtRunTimeEndsTheProcess(String binding) throws Exception {
        Demos.Run run = Demos.start(Demos.lessonFlags(), env -> env.put("GODEBUG", "cgocheck=2"), CgocheckTest.class, binding);
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("cgocheck > 1 mode is no longer supported at runtime."
                + " Use GOEXPERIMENT=cgocheck2 at build time instead."), run.err());
    }
    // docs:end off
}
