package dev.gofromjava.regexp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The deadline that stops java.util.regex: it stops a runaway match, and changes nothing else. */
class DeadlineTextTest {
    /** 50 × "1,": java.util.regex would need far longer than the test's whole budget (the benchmark's n = 28 took about a second). */
    @Test
    void aRunawayMatchIsStoppedAtTheDeadline() {
        Pattern slow = Pattern.compile(GoRegexpDemo.PATHOLOGICAL);
        DeadlineText text = new DeadlineText(GoRegexpDemo.PATHOLOGICAL_TEXT, Duration.ofMillis(100));
        var e = assertThrows(DeadlineText.DeadlineExceededException.class, () -> slow.matcher(text).find());
        assertEquals("matching took longer than PT0.1S", e.getMessage());
    }

    @Test
    void beforeTheDeadlineItIsTheTextItself() {
        DeadlineText text = new DeadlineText("mail ann@example.com", Duration.ofMinutes(1));
        var m = Pattern.compile("[a-z]+@([a-z]+)\\.com").matcher(text);
        assertTrue(m.find());
        assertEquals("ann@example.com", m.group());
        assertEquals("example", m.group(1));
        assertEquals("ann", text.subSequence(5, 8).toString());
        assertEquals(20, text.length());
    }

    /** A part of the text keeps the whole text's deadline: a matcher cannot escape it by slicing. */
    @Test
    void aSubSequenceKeepsTheDeadline() {
        CharSequence part = new DeadlineText("1,".repeat(60), Duration.ofMillis(100)).subSequence(0, 100);
        assertThrows(DeadlineText.DeadlineExceededException.class,
                () -> Pattern.compile(GoRegexpDemo.PATHOLOGICAL).matcher(part).find());
    }
}
