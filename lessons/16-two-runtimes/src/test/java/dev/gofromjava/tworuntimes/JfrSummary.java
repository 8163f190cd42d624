package dev.gofromjava.tworuntimes;

import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;

/** What a JFR recording saw of the time threads spent in Go: counts of its method samples. */
record JfrSummary(long executionSamples, long nativeSamples, long nativeInSpin, long nativeInUpcallFor,
        long executionInPlusOne) {

    static JfrSummary of(List<RecordedEvent> events) {
        long execution = 0, nativeAll = 0, spin = 0, upcallFor = 0, plusOne = 0;
        for (RecordedEvent e : events) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.ExecutionSample")) {
                execution++;
                if (has(e, "plusOne") || has(e, "PlusOne")) {
                    plusOne++;
                }
            } else if (type.equals("jdk.NativeMethodSample")) {
                nativeAll++;
                if (has(e, "TwoRuntimesFfm.spin") || has(e, "TwoRuntimesJna.spin")) {
                    spin++;
                }
                if (has(e, "upcallFor")) {
                    upcallFor++;
                }
            }
        }
        return new JfrSummary(execution, nativeAll, spin, upcallFor, plusOne);
    }

    private static boolean has(RecordedEvent e, String method) {
        if (e.getStackTrace() == null) {
            return false;
        }
        for (RecordedFrame f : e.getStackTrace().getFrames()) {
            String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
            if (name.contains(method)) {
                return true;
            }
        }
        return false;
    }

    void print() {
        System.out.println("jfr execution samples: " + executionSamples);
        System.out.println("jfr native samples: " + nativeSamples);
        System.out.println("jfr native samples in spin: " + nativeInSpin);
        System.out.println("jfr native samples in upcallFor: " + nativeInUpcallFor);
        System.out.println("jfr execution samples in the upcall: " + executionInPlusOne);
    }
}
