package dev.gofromjava.performance.bench;

import dev.gofromjava.performance.KernelsFfm;
import dev.gofromjava.performance.KernelsJna;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One way across in a loop, for bench/count-instructions, which runs it under callgrind:
 *
 * <pre>CallLoop WAY CALLS</pre>
 *
 * The loop runs first to warm up (the JIT compiles it; {@code -Xbatch} makes the run wait for the
 * compiler), then once more between callgrind's marks (bench/count_marks.c, libcountmarks.so,
 * called through FFM): callgrind's dump holds those CALLS calls and nothing else. The ways going
 * into Go call noop; the ways out of Go (go-*) count the calls Go makes from its own loop.
 */
public final class CallLoop {
    /** A way, as a loop that makes {@code calls} calls and returns how many it made. */
    interface Loop {
        long run(long calls) throws Throwable;
    }

    /** Held for the life of the JVM: JNA frees a callback's stub when it is collected. */
    static final KernelsJna.JavaNoop JAVA_NOOP = () -> {};

    static final Map<String, String> WAYS = new LinkedHashMap<>();

    static {
        WAYS.put("ffm", "FFM → Go, a plain downcall");
        WAYS.put("ffm-critical", "FFM → Go, critical(false)");
        WAYS.put("ffm-binding", "FFM → Go, the lesson's binding (the count of notes read before and after)");
        WAYS.put("ffm-two-calls", "FFM → Go, then gfj_panic_take by a critical downcall (the binding before it read the count)");
        WAYS.put("ffm-errno", "FFM → Go, errno captured and read (captureCallState)");
        WAYS.put("floor-ffm", "C → Go, floor_loop.c's loop reached through FFM");
        WAYS.put("jni", "JNI shim → Go");
        WAYS.put("jna", "JNA direct → Go");
        WAYS.put("jna-errno", "JNA direct → Go, then Native.getLastError");
        WAYS.put("jna-binding", "JNA direct → Go, the lesson's binding");
        WAYS.put("jna-two-calls", "JNA direct → Go, then gfj_panic_take by JNA (the binding before it read errno)");
        WAYS.put("jna-interface", "JNA interface → Go");
        WAYS.put("jna-interface-binding", "JNA interface → Go, JnaLoader's proxy");
        WAYS.put("go-c", "Go → C, from Go's loop (callC)");
        WAYS.put("go-ffm", "Go → Java, an FFM upcall stub (callJava)");
        WAYS.put("go-jna", "Go → Java, a JNA callback of a direct-mapped method");
        WAYS.put("go-jna-interface", "Go → Java, a JNA callback of an interface-mapped method (a proxy)");
    }

    private CallLoop() {}

    static Loop loop(String way) {
        KernelsFfm ffm = new KernelsFfm();
        KernelsJna jna = new KernelsJna();
        return switch (way) {
            case "ffm" -> calls -> {
                for (long i = 0; i < calls; i++) {
                    CallBench.FfmGo.NOOP_.invokeExact();
                }
                return calls;
            };
            case "ffm-critical" -> calls -> {
                for (long i = 0; i < calls; i++) {
                    CallBench.FfmGoCritical.NOOP_.invokeExact();
                }
                return calls;
            };
            case "ffm-binding" -> calls -> {
                for (long i = 0; i < calls; i++) {
                    ffm.noop();
                }
                return calls;
            };
            case "ffm-two-calls" -> calls -> {
                long panics = 0;
                for (long i = 0; i < calls; i++) {
                    CallBench.FfmGo.NOOP_.invokeExact();
                    panics |= (long) Native.FfmTake.TAKE.invokeExact();
                }
                return panics == 0 ? calls : -1;
            };
            case "ffm-errno" -> calls -> {
                Native.FfmErrno.clearErrno();
                long set = 0;
                for (long i = 0; i < calls; i++) {
                    set |= Native.FfmErrno.noop();
                }
                return set == 0 ? calls : -1;
            };
            case "floor-ffm" -> calls -> (long) Native.FloorLoop.NOOP.invokeExact(calls);
            case "jni" -> calls -> {
                for (long i = 0; i < calls; i++) {
                    Native.Jni.noop();
                }
                return calls;
            };
            case "jna" -> calls -> {
                for (long i = 0; i < calls; i++) {
                    Native.JnaDirect.noop();
                }
                return calls;
            };
            case "jna-errno" -> calls -> {
                Native.JnaDirect.noop(); // loaded first: loading a library can leave errno set
                Native.JnaTake.gfj_panic_take(); // sets errno, and so JNA's saved copy, to 0
                long set = 0;
                for (long i = 0; i < calls; i++) {
                    Native.JnaDirect.noop();
                    set |= com.sun.jna.Native.getLastError();
                }
                return set == 0 ? calls : -1;
            };
            case "jna-binding" -> calls -> {
                for (long i = 0; i < calls; i++) {
                    jna.noop();
                }
                return calls;
            };
            case "jna-two-calls" -> calls -> {
                long panics = 0;
                for (long i = 0; i < calls; i++) {
                    Native.JnaDirect.noop();
                    panics |= Native.JnaTake.gfj_panic_take();
                }
                return panics == 0 ? calls : -1;
            };
            case "jna-interface" -> calls -> {
                for (long i = 0; i < calls; i++) {
                    Native.JnaInterface.LIB.noop();
                }
                return calls;
            };
            case "jna-interface-binding" -> calls -> {
                for (long i = 0; i < calls; i++) {
                    Native.JnaChecked.LIB.noop();
                }
                return calls;
            };
            case "go-c" -> ffm::callC;
            case "go-ffm" -> ffm::callJava;
            case "go-jna" -> jna::callJava;
            case "go-jna-interface" -> calls -> Native.JnaInterface.LIB.callJava(JAVA_NOOP, calls);
            default -> throw new IllegalArgumentException("way: one of " + WAYS.keySet() + ", not " + way);
        };
    }

    public static void main(String[] args) throws Throwable {
        if (args.length != 2) {
            System.err.println("usage: CallLoop WAY CALLS (WAY: one of " + WAYS.keySet() + ")");
            System.exit(2);
        }
        String way = args[0];
        long calls = Long.parseLong(args[1]);
        SymbolLookup marks = SymbolLookup.libraryLookup(Path.of(Native.property("bench.countmarks")), Arena.global());
        MethodHandle begin = Linker.nativeLinker().downcallHandle(marks.find("countBegin").orElseThrow(), FunctionDescriptor.ofVoid());
        MethodHandle end = Linker.nativeLinker().downcallHandle(marks.find("countEnd").orElseThrow(), FunctionDescriptor.ofVoid());
        Loop loop = loop(way);
        for (int i = 0; i < 2000; i++) { // enough invocations for the JIT's last tier, whatever the loop
            Check.equal(way + " warm-up", 50L, loop.run(50));
        }
        begin.invokeExact();
        long made = loop.run(calls);
        end.invokeExact();
        Check.equal(way, calls, made);
        System.out.println(way + ": " + calls + " calls counted");
    }
}
