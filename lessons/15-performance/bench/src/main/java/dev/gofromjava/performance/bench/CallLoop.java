package dev.gofromjava.performance.bench;

import dev.gofromjava.performance.KernelsFfm;
import dev.gofromjava.performance.KernelsJna;

/**
 * Calls Go's noop in a loop, one way across, for bench/count-instructions: run under callgrind
 * with N and with 2N calls, the difference is what N calls cost, instruction by instruction.
 *
 * <pre>CallLoop ffm|ffm-binding|jna|jna-binding CALLS</pre>
 */
public final class CallLoop {
    private CallLoop() {}

    public static void main(String[] args) throws Throwable {
        long calls = Long.parseLong(args[1]);
        KernelsFfm ffm = new KernelsFfm();
        KernelsJna jna = new KernelsJna();
        switch (args[0]) {
            case "ffm" -> {
                for (long i = 0; i < calls; i++) {
                    CallBench.FfmGo.NOOP_.invokeExact();
                }
            }
            case "ffm-binding" -> {
                for (long i = 0; i < calls; i++) {
                    ffm.noop();
                }
            }
            case "jna" -> {
                for (long i = 0; i < calls; i++) {
                    Native.JnaDirect.noop();
                }
            }
            case "jna-binding" -> {
                for (long i = 0; i < calls; i++) {
                    jna.noop();
                }
            }
            default -> throw new IllegalArgumentException("way: ffm, ffm-binding, jna or jna-binding, not " + args[0]);
        }
        System.out.println(args[0] + ": " + calls + " calls");
    }
}
