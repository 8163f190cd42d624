package dev.gofromjava.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsSnippetsTest {
    /** Every quoted block on every page of docs/ equals its source, and every rule holds. */
    @Test
    void docsPagesMatchTheirSources() throws Exception {
        Path root = Path.of(System.getProperty("gofromjava.repo.root", ".."));
        assertEquals(List.of(), DocsSnippets.sync(root, false), "run scripts/docs to update the pages");
    }

    @Test
    void aDriftedBlockIsReportedAndRewritten(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("Add.java"), """
                class Add {
                    // docs:begin add
                    long add(long a, long b) {
                        return a + b;
                    }
                    // docs:end add
                }
                """);
        Path page = root.resolve("docs/page.md");
        Files.writeString(page, """
                # Page
                <!-- code: Add.java#add -->
                ```java
                long add(long a, long b) {
                    return a - b;
                }
                ```
                """);
        List<String> problems = DocsSnippets.sync(root, false);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("docs/page.md"), problems.get(0));

        assertEquals(List.of(), DocsSnippets.sync(root, true));
        assertTrue(Files.readString(page).contains("return a + b;"));
        assertEquals(List.of(), DocsSnippets.sync(root, false));
    }

    @Test
    void aMissingRegionIsReported(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("A.java"), "class A {}\n");
        Files.writeString(root.resolve("docs/page.md"), "<!-- code: A.java#nope -->\n```java\n```\n");
        List<String> problems = DocsSnippets.sync(root, false);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no region 'docs:begin nope'"), problems.get(0));
    }

    // ---- output blocks ----------------------------------------------------------------------------

    @Test
    void anEditedExpectedOutputLineFailsTheCheck(@TempDir Path root) throws Exception {
        Path expected = root.resolve("lessons/01-hello/expected-output.txt");
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, "Go says: Hello world!\nJava says: bye\n");
        Files.createDirectories(root.resolve("docs"));
        Path page = root.resolve("docs/page.md");
        Files.writeString(page, "## Run it\n<!-- output: lessons/01-hello/expected-output.txt -->\n```\n```\n");
        assertEquals(List.of(), DocsSnippets.sync(root, true));
        assertTrue(Files.readString(page).contains("```\nGo says: Hello world!\nJava says: bye\n```"),
                Files.readString(page));
        assertEquals(List.of(), DocsSnippets.sync(root, false));

        Files.writeString(expected, "Go says: Hello, world!\nJava says: bye\n");
        assertEquals(List.of("docs/page.md: a quoted block differs from its source"), DocsSnippets.sync(root, false));
    }

    @Test
    void anOutputQuoteOfAMissingFileIsReported(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/page.md"), "<!-- output: lessons/01-hello/expected-output.txt -->\n```\n```\n");
        assertEquals(List.of("docs/page.md:1: no such file lessons/01-hello/expected-output.txt"),
                DocsSnippets.sync(root, false));
    }

    // ---- C blocks -----------------------------------------------------------------------------------

    @Test
    void anUnquotedCBlockFails(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/page.md"), "Text.\n\n```c\ntypedef struct { char* err; } error;\n```\n");
        List<String> problems = DocsSnippets.sync(root, false);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("docs/page.md:3: a ```c block not quoted from a source"), problems.get(0));
    }

    @Test
    void aCBlockIsQuotedFromABlockCommentPreamble(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("errors.go"), """
                package main

                /*
                #include <stdint.h>

                // docs:begin error
                typedef struct {
                \tchar* err;
                } error;
                // docs:end error
                */
                import "C"
                """);
        Path page = root.resolve("docs/page.md");
        Files.writeString(page, "<!-- code: errors.go#error -->\n```c\n```\n");
        assertEquals(List.of(), DocsSnippets.sync(root, true));
        assertEquals("<!-- code: errors.go#error -->\n```c\ntypedef struct {\n\tchar* err;\n} error;\n```\n",
                Files.readString(page));
    }

    @Test
    void aCBlockIsQuotedFromALineCommentPreambleWithoutTheSlashes(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs"));
        // cgo's C text of a // preamble is what follows each //, so the marker is a C comment there.
        Files.writeString(root.resolve("point.go"), """
                package main

                // #include <stdint.h>
                // // docs:begin point
                // typedef struct point {
                //   double x;
                //   double y;
                // } point;
                // // docs:end point
                import "C"

                // docs:begin mid
                // mid is a Go comment, not C: it keeps its slashes.
                func mid() {}
                // docs:end mid
                """);
        Path page = root.resolve("docs/page.md");
        Files.writeString(page, "<!-- code: point.go#point -->\n```c\n```\n<!-- code: point.go#mid -->\n```go\n```\n");
        assertEquals(List.of(), DocsSnippets.sync(root, true));
        assertEquals("""
                <!-- code: point.go#point -->
                ```c
                typedef struct point {
                  double x;
                  double y;
                } point;
                ```
                <!-- code: point.go#mid -->
                ```go
                // mid is a Go comment, not C: it keeps its slashes.
                func mid() {}
                ```
                """, Files.readString(page));
    }

    // ---- the frame of a lesson page -------------------------------------------------------------

    private static final String PAGE = """
            # 03 · arrays: doubles in, doubles out

            **You will learn** how Go reads and writes a Java array.

            ```
            scripts/tour 03-arrays                  # the demos, FFM then JNA
            mvn -pl lessons/03-arrays test          # its tests
            ```

            ## The idea

            Text.

            ## Run it

            <!-- output: lessons/03-arrays/expected-output.txt -->
            ```
            squares: [1.0, 4.0]
            ```

            ## The rule

            - Check the count against both buffers (`ArraysTest.countChecked`).

            ## Claims and tests

            | claim | test |
            |---|---|
            | squares reads n doubles | `ArraysProperties.readsN` |
            """;

    /** The tests PAGE names, and a few more for the rule that they exist. */
    private static void writeTests(Path root) throws Exception {
        Path tests = root.resolve("lessons/03-arrays/src/test/java/dev/gofromjava/arrays");
        Files.createDirectories(tests);
        Files.writeString(tests.resolve("ArraysTest.java"), """
                package dev.gofromjava.arrays;

                import org.junit.jupiter.api.Test;

                class ArraysTest {
                    @Test
                    void countChecked() {
                        helper("countChecked(");
                    }

                    private void helper(String s) {}

                    @org.junit.jupiter.api.Disabled("flaky") // countedLater() is not a test either
                    @Test
                    void switchedOff() {}
                }
                """);
        Files.writeString(tests.resolve("ArraysProperties.java"), """
                package dev.gofromjava.arrays;

                class ArraysProperties extends SharedProperties {
                    /** readsNothing() is only named here. */
                    @Property(tries = 10) // the default is 1000
                    @Label("reads (n)")
                    void readsN(@ForAll @IntRange(min = 0) int n) {}
                }
                """);
        Files.writeString(tests.resolve("SharedProperties.java"), """
                package dev.gofromjava.arrays;

                abstract class SharedProperties {
                    @Example
                    void sharedExample() {}
                }
                """);
        Path go = root.resolve("go/internal/guard");
        Files.createDirectories(go);
        Files.writeString(go.resolve("guard_test.go"), "package guard\n\nfunc TestNotesArePerThread(t *testing.T) {}\n");
        Files.createDirectories(root.resolve("go/internal/cbuf"));
        Files.writeString(root.resolve("go/internal/cbuf/cbuf.go"), "package cbuf\n");
        Files.createDirectories(root.resolve("scripts"));
        Files.writeString(root.resolve("scripts/ctypes-check"), "#!/bin/sh\n");
    }

    /** The problems of docs/03-arrays.md holding text, with no page on the transition list. */
    private static List<String> frameProblems(Path root, String text) throws Exception {
        writeTests(root);
        Path expected = root.resolve("lessons/03-arrays/expected-output.txt");
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, "squares: [1.0, 4.0]\n");
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/03-arrays.md"), text);
        return DocsSnippets.sync(root, false);
    }

    private static void assertOneProblem(String expected, List<String> problems) {
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(expected), problems.get(0));
    }

    @Test
    void aPageInTheFramePasses(@TempDir Path root) throws Exception {
        assertEquals(List.of(), frameProblems(root, PAGE));
    }

    @Test
    void theTitleMustNameNumberAndLesson(@TempDir Path root) throws Exception {
        assertOneProblem("docs/03-arrays.md:1: the first line must be the title '# 03 · arrays: <a short subtitle>'",
                frameProblems(root, PAGE.replace("# 03 · arrays: doubles", "# 03 · Arrays: doubles")));
    }

    @Test
    void theYouWillLearnLineIsRequired(@TempDir Path root) throws Exception {
        assertOneProblem("docs/03-arrays.md: no '**You will learn** ...' line",
                frameProblems(root, PAGE.replace("**You will learn** how", "You will learn how")));
    }

    @Test
    void theCommandsBlockNamesTheTourAndTheTestCommand(@TempDir Path root) throws Exception {
        assertOneProblem("docs/03-arrays.md:5: the commands block has no line 'mvn -pl lessons/03-arrays test'",
                frameProblems(root, PAGE.replace("mvn -pl lessons/03-arrays test", "mvn -pl lessons/03-arrays -am test")));
        assertOneProblem("docs/03-arrays.md:5: the commands block has no line 'scripts/tour 03-arrays'",
                frameProblems(root, PAGE.replace("scripts/tour 03-arrays", "scripts/tour")));
        assertOneProblem("docs/03-arrays.md: no commands block before the first ## section",
                frameProblems(root, PAGE.replace("scripts/tour 03-arrays", "scripts/tour")
                        .replace("mvn -pl lessons/03-arrays test", "mvn test")));
    }

    @Test
    void runItQuotesTheLessonsExpectedOutput(@TempDir Path root) throws Exception {
        assertOneProblem("docs/03-arrays.md: no '## Run it' section",
                frameProblems(root, PAGE.replace("## Run it", "## Running it")));
        assertOneProblem("docs/03-arrays.md:14: '## Run it' quotes no output: it needs the line"
                        + " '<!-- output: lessons/03-arrays/expected-output.txt -->'",
                frameProblems(root, PAGE.replace("<!-- output: lessons/03-arrays/expected-output.txt -->\n", "")));
    }

    @Test
    void theRuleHoldsBullets(@TempDir Path root) throws Exception {
        assertOneProblem("docs/03-arrays.md: no '## The rule' section",
                frameProblems(root, PAGE.replace("## The rule", "## Rules")));
        assertOneProblem("docs/03-arrays.md:21: '## The rule' holds no rule",
                frameProblems(root, PAGE.replace("- Check the count", "Check the count")));
    }

    @Test
    void claimsAndTestsIsTheLastSectionWithItsTable(@TempDir Path root) throws Exception {
        assertOneProblem("docs/03-arrays.md: no '## Claims and tests' section",
                frameProblems(root, PAGE.replace("## Claims and tests", "## What the tests check")));
        assertOneProblem("docs/03-arrays.md:31: '## Claims and tests' must be the last ## section, but '## Notes' follows it",
                frameProblems(root, PAGE + "\n## Notes\n\nMore.\n"));
        assertOneProblem("docs/03-arrays.md:25: '## Claims and tests' holds no table with the header '| claim | test |'",
                frameProblems(root, PAGE.replace("| claim | test |", "| claim | where |")));
        assertOneProblem("docs/03-arrays.md:25: '## Claims and tests' holds no table",
                frameProblems(root, PAGE.replace("| squares reads n doubles | `ArraysProperties.readsN` |\n", "")));
    }

    @Test
    void theClosingSectionsComeInOrder(@TempDir Path root) throws Exception {
        String ruleFirst = PAGE.replace("## The rule\n\n- Check the count against both buffers (`ArraysTest.countChecked`).\n\n", "")
                .replace("## Run it", "## The rule\n\n- Check the count.\n\n## Run it");
        assertOneProblem("the closing sections must come in the order '## Run it', '## The rule', '## Claims and tests'",
                frameProblems(root, ruleFirst));
    }

    @Test
    void headingsInsideCodeBlocksDoNotCount(@TempDir Path root) throws Exception {
        assertEquals(List.of(), frameProblems(root, PAGE + "\n```sh\n## Notes\n```\n"));
    }

    // ---- word budgets ---------------------------------------------------------------------------------

    @Test
    void wordsAreCountedAsWcCountsThem() {
        assertEquals(0, DocsSnippets.words(""));
        assertEquals(0, DocsSnippets.words(" \n\t "));
        assertEquals(6, DocsSnippets.words("| claim | test |\n`a`b"));
        assertEquals(3, DocsSnippets.words("  one\ttwo\n\nthree  "));
    }

    @Test
    void aLessonPageOverItsBudgetFails(@TempDir Path root) throws Exception {
        String filler = "word ".repeat(DocsSnippets.EARLY_LESSON_WORDS - DocsSnippets.words(PAGE) + 1);
        assertOneProblem("docs/03-arrays.md: 1,801 words, over its budget of 1,800",
                frameProblems(root, PAGE.replace("Text.", "Text. " + filler)));
        assertEquals(List.of(), frameProblems(root, PAGE.replace("Text.", "Text. " + filler.substring(5))));
    }

    @Test
    void laterLessonsReadmeAndMemcheckHaveTheirOwnBudgets() {
        assertEquals(1_800, DocsSnippets.budget("docs/10-errors.md"));
        assertEquals(3_000, DocsSnippets.budget("docs/11-callbacks.md"));
        assertEquals(3_000, DocsSnippets.budget("docs/18-operations.md"));
        assertEquals(1_200, DocsSnippets.budget("docs/README.md"));
        assertEquals(2_200, DocsSnippets.budget("docs/memcheck.md"));
        assertEquals(0, DocsSnippets.budget("docs/notes/11-valgrind.md"));
    }

    @Test
    void readmeAndMemcheckOverBudgetFail(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/README.md"), "w ".repeat(1_201));
        Files.writeString(root.resolve("docs/memcheck.md"), "w ".repeat(2_201));
        assertEquals(List.of("docs/README.md: 1,201 words, over its budget of 1,200",
                "docs/memcheck.md: 2,201 words, over its budget of 2,200"), DocsSnippets.sync(root, false));
    }

    @Test
    void theReadingPathAndAllOfDocsHaveTotals(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs/notes"));
        // 17 lesson pages of 1,765 words and a README of 1,000: 31,005 words, each page within its budget.
        for (int n = 1; n <= 17; n++) {
            Files.writeString(root.resolve(String.format("docs/%02d-x.md", n)), "w ".repeat(1_765));
        }
        Files.writeString(root.resolve("docs/README.md"), "w ".repeat(1_000));
        Files.writeString(root.resolve("docs/notes/long.md"), "w ".repeat(11_000));
        List<String> problems = DocsSnippets.rules(root).stream()
                .filter(p -> !p.startsWith("docs/")).toList(); // the lesson pages lack the frame here
        assertEquals(List.of(
                "the reading path (docs/README.md and every docs/NN-*.md): 31,005 words, over its budget of 30,000",
                "all of docs/ (every .md under it): 42,005 words, over its budget of 42,000"), problems);
    }

    // ---- paths outside the repository -----------------------------------------------------------------

    private static List<String> outside(Path root, String page, String text) throws Exception {
        Path file = root.resolve(page);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return DocsSnippets.outsidePaths(root, page, text);
    }

    @Test
    void aLinkThatClimbsOutOfTheRepositoryFails(@TempDir Path root) throws Exception {
        assertEquals(List.of("docs/page.md:1: links to '../../shared/notes.md', which is outside the repository",
                        "docs/page.md:2: links to '../../x.md#top', which is outside the repository"),
                outside(root, "docs/page.md", "See [notes](../../shared/notes.md).\n[x]: ../../x.md#top\n")
                        .stream().filter(p -> p.contains("links to")).toList());
        assertEquals(List.of("docs/notes/deep.md:1: links to '../../../README.md', which is outside the repository"),
                outside(root, "docs/notes/deep.md", "[up](../../../README.md)\n"));
        assertEquals(List.of(), outside(root, "docs/page.md", """
                [lesson 03](03-arrays.md#the-critical-size-policy), [the check](../scripts/ctypes-check),
                [top](../README.md), [note](notes/x.md), [web](https://example.com/../../x), [here](#run-it)
                ![chart](img/15-performance.png) and code: `a[i](../../x)`
                ```go
                x := f[0](../../y)
                ```
                """));
    }

    @Test
    void theTeamsNotesAreNeverNamed(@TempDir Path root) throws Exception {
        assertEquals(List.of("README.md:1: names 'shared/plan.md', the team's notes, outside the repository",
                        "README.md:3: names '../shared', the team's notes, outside the repository",
                        "README.md:5: names 'shared/', the team's notes, outside the repository"),
                outside(root, "README.md", "As `shared/plan.md` says.\n```\ncat ../shared\n```\nIn a clone with shared/ beside it.\n"));
        assertEquals(List.of(), outside(root, "README.md", "A shared/exclusive lock; lib/shared/x; shared memory.\n"));
    }

    @Test
    void pathsOfOneMachineAreNeverNamed(@TempDir Path root) throws Exception {
        assertEquals(List.of(
                        "docs/page.md:1: names '/work/main/lessons/15-performance/target', a path on one machine, outside the repository",
                        "docs/page.md:2: names '/root/.m2/repository', a path on one machine, outside the repository",
                        "docs/page.md:3: names '/Users/ann/jdk', a path on one machine, outside the repository",
                        "docs/page.md:4: names '/home/ann/go', a path on one machine, outside the repository"),
                outside(root, "docs/page.md", """
                        Built in /work/main/lessons/15-performance/target.
                        ls /root/.m2/repository
                        The JDK came from (/Users/ann/jdk).
                        GOPATH=/home/ann/go
                        """));
        assertEquals(List.of(), outside(root, "docs/page.md", """
                `/tmp/gofromjava-you` is the cache; write the class path to /tmp/cp.txt first.
                https://github.com/golang/go/blob/master/src/runtime/work/x and ~/.m2 and $HOME/work/x.
                """));
    }

    @Test
    void everyMarkdownFileOfTheRepositoryIsCheckedForOutsidePaths(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.createDirectories(root.resolve("lessons/01-hello/target"));
        Files.writeString(root.resolve("README.md"), "See /work/main.\n");
        Files.writeString(root.resolve("lessons/01-hello/NOTES.md"), "[x](../../../x.md)\n");
        Files.writeString(root.resolve("lessons/01-hello/target/ignored.md"), "See /work/main.\n");
        assertEquals(List.of(
                "README.md:1: names '/work/main', a path on one machine, outside the repository",
                "lessons/01-hello/NOTES.md:1: links to '../../../x.md', which is outside the repository"),
                DocsSnippets.sync(root, false));
    }

    // ---- the tests a page names -------------------------------------------------------------------

    /** The problems of PAGE with its claims row's test cell replaced by cell. */
    private static List<String> withTestCell(Path root, String cell) throws Exception {
        return frameProblems(root, PAGE.replace("| `ArraysProperties.readsN` |", "| " + cell + " |"));
    }

    @Test
    void aMisspelledTestMethodIsReported(@TempDir Path root) throws Exception {
        assertEquals(List.of("docs/03-arrays.md:29: 'ArraysProperties.readN' names no test: ArraysProperties"
                        + " (lessons/03-arrays/src/test/java/dev/gofromjava/arrays/ArraysProperties.java) declares no method"
                        + " readN, nor do its supertypes SharedProperties"),
                withTestCell(root, "`ArraysProperties.readN`"));
        assertEquals(List.of(), withTestCell(root, "`ArraysProperties#readsN`, `ArraysTest.countChecked()`"));
    }

    @Test
    void aMissingTestClassIsReported(@TempDir Path root) throws Exception {
        assertEquals(List.of("docs/03-arrays.md:29: 'ArrayProperties.readsN' names no test: no class ArrayProperties in"
                        + " the repository's Java sources (no ArrayProperties.java under a src/SET/java directory)"),
                withTestCell(root, "`ArrayProperties.readsN`"));
    }

    @Test
    void aMethodThatIsNoTestOrIsDisabledIsReported(@TempDir Path root) throws Exception {
        assertOneProblem("docs/03-arrays.md:29: 'ArraysTest.helper' names no test: ArraysTest.helper in"
                        + " lessons/03-arrays/src/test/java/dev/gofromjava/arrays/ArraysTest.java is not a test (none of @Example,",
                withTestCell(root, "`ArraysTest.helper`"));
        assertOneProblem("'ArraysTest.switchedOff' names no test: ArraysTest.switchedOff in"
                        + " lessons/03-arrays/src/test/java/dev/gofromjava/arrays/ArraysTest.java is @Disabled, so it cannot fail",
                withTestCell(root, "`ArraysTest.switchedOff`"));
        // Names in comments and string literals declare nothing.
        assertOneProblem("declares no method countedLater", withTestCell(root, "`ArraysTest.countedLater`"));
        assertOneProblem("declares no method readsNothing", withTestCell(root, "`ArraysProperties.readsNothing`"));
    }

    @Test
    void aTestDeclaredInASupertypeCounts(@TempDir Path root) throws Exception {
        assertEquals(List.of(), withTestCell(root, "`ArraysProperties.sharedExample`"));
    }

    @Test
    void aBareMethodAfterAClassMethodIsATestOfThatClass(@TempDir Path root) throws Exception {
        assertEquals(List.of(), withTestCell(root, "`ArraysProperties.readsN`, `sharedExample`"));
        assertEquals(List.of("docs/03-arrays.md:29: 'readsAll' (read as ArraysProperties.readsAll) names no test:"
                        + " ArraysProperties (lessons/03-arrays/src/test/java/dev/gofromjava/arrays/ArraysProperties.java)"
                        + " declares no method readsAll, nor do its supertypes SharedProperties"),
                withTestCell(root, "`ArraysProperties.readsN`, `readsAll`"));
        // Without a class before it, a bare lowercase name is text.
        assertEquals(List.of(), withTestCell(root, "`scripts/ctypes-check`, `readsAll`"));
    }

    @Test
    void aMissingGoTestIsReported(@TempDir Path root) throws Exception {
        assertEquals(List.of(), withTestCell(root, "Go: `TestNotesArePerThread`, `guard.TestNotesArePerThread`"));
        assertEquals(List.of(), withTestCell(root, "`go/internal/guard`: `TestNotesArePerThread`"));
        assertEquals(List.of("docs/03-arrays.md:29: 'TestNotesArePerThreads' names no Go test: no"
                        + " 'func TestNotesArePerThreads(' in go/**/*_test.go"),
                withTestCell(root, "Go: `TestNotesArePerThreads`"));
        assertEquals(List.of("docs/03-arrays.md:29: 'TestNotesArePerThread' names no Go test: no"
                        + " 'func TestNotesArePerThread(' in go/internal/cbuf/*_test.go (there is one in go/internal/guard)"),
                withTestCell(root, "`go/internal/cbuf`'s `TestNotesArePerThread`"));
        assertOneProblem("'TestNotesArePerThread' names no Go test: no 'func TestNotesArePerThread(' in go/internal/cbuf/*_test.go",
                withTestCell(root, "`go test ./internal/cbuf`: `TestNotesArePerThread`"));
        assertOneProblem("'cbuf.TestNotesArePerThread' names no Go test: no 'func TestNotesArePerThread(' in a directory named cbuf",
                withTestCell(root, "`cbuf.TestNotesArePerThread`"));
        assertEquals(List.of("docs/03-arrays.md:29: 'go test ./internal/buf' names no Go package: there is no directory"
                        + " go/internal/buf"),
                withTestCell(root, "`go test ./internal/buf`"));
    }

    @Test
    void aClassOrPathMustExist(@TempDir Path root) throws Exception {
        assertEquals(List.of(), withTestCell(root, "`ArraysTest`, `scripts/ctypes-check`, `go/internal/guard/`"));
        assertEquals(List.of("docs/03-arrays.md:29: 'ArraysTests' names no class: no class ArraysTests in the repository's"
                        + " Java sources (no ArraysTests.java under a src/SET/java directory)",
                "docs/03-arrays.md:29: 'scripts/ctype-check' is no file or directory of the repository"),
                withTestCell(root, "`ArraysTests`; `scripts/ctype-check` (run by the suite)"));
    }

    @Test
    void aSourceOutsideTheRepositoryIsNotChecked(@TempDir Path root) throws Exception {
        assertEquals(List.of(), withTestCell(root, "Go's `runtime/signal_unix.go`, `sigpanic`"));
        assertEquals(List.of(), withTestCell(root, "the JDK's `CallingSequence.needsTransition()`; HotSpot's `runtime/safepoint.cpp`"));
        assertEquals(List.of(), withTestCell(root, "golang/go#18976"));
        // Only its own clause is exempt.
        assertOneProblem("'ArraysTest.countCheck' names no test",
                withTestCell(root, "Go's `runtime/cgocall.go`; `ArraysTest.countCheck`"));
    }

    @Test
    void aTestCellMustNameATest(@TempDir Path root) throws Exception {
        assertEquals(List.of("docs/03-arrays.md:29: the test column names no test: no `Class.method`, Go `TestXxx`, class"
                        + " or repository path in backticks, and no outside source (Go's ..., the JDK's ..., owner/repo#N)"),
                withTestCell(root, "read the code, `-race`"));
    }

    @Test
    void theRulesListsOfTestsAreChecked(@TempDir Path root) throws Exception {
        assertEquals(List.of("docs/03-arrays.md:23: 'ArraysTest.countCheck' names no test: ArraysTest"
                        + " (lessons/03-arrays/src/test/java/dev/gofromjava/arrays/ArraysTest.java) declares no method countCheck"),
                frameProblems(root, PAGE.replace("`ArraysTest.countChecked`", "`ArraysTest.countCheck`")));
        // A list may run over lines; each name is reported on its own line.
        assertEquals(List.of("docs/03-arrays.md:24: 'TestNotesArePerThreads' names no Go test: no 'func TestNotesArePerThreads('"
                        + " in go/**/*_test.go"),
                frameProblems(root, PAGE.replace("(`ArraysTest.countChecked`)",
                        "(`ArraysTest.countChecked`,\n  Go: `TestNotesArePerThreads`)")));
        // Code spans in a rule's prose are not a list of tests.
        assertEquals(List.of(), frameProblems(root, PAGE.replace("Check the count", "Check `n` (`Count.check` is Java's)")));
    }

    // ---- links and anchors -----------------------------------------------------------------------------

    private static List<String> linkProblems(Path root, String page, String text) throws Exception {
        Path file = root.resolve(page);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return DocsSnippets.links(root, page, text, new java.util.HashMap<>());
    }

    @Test
    void aLinkToAMissingFileIsReported(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs/img"));
        Files.writeString(root.resolve("docs/img/chart.png"), "png");
        Files.writeString(root.resolve("README.md"), "# go-from-java\n");
        assertEquals(List.of(), linkProblems(root, "docs/page.md", """
                [top](../README.md), [images](img/), ![chart](img/chart.png "a chart"), [self](page.md),
                [root](/README.md), [web](https://example.com/missing.md), [mail](mailto:a@b.c)
                and code: `[not](missing.md)`
                ```
                [not](missing.md)
                ```
                """));
        assertEquals(List.of(
                        "docs/page.md:1: the link '04-strings.md' leads nowhere: there is no docs/04-strings.md",
                        "docs/page.md:2: the link '../docs/img/chart.svg' leads nowhere: there is no docs/img/chart.svg",
                        "docs/page.md:3: the link '/docs/missing.md' leads nowhere: there is no docs/missing.md"),
                linkProblems(root, "docs/page.md", """
                        See [lesson 04](04-strings.md).
                        ![chart](../docs/img/chart.svg)
                        [ref]: /docs/missing.md
                        """));
    }

    @Test
    void aBrokenAnchorIsReported(@TempDir Path root) throws Exception {
        linkProblems(root, "docs/03-arrays.md", "# 03 · arrays: doubles in\n\n## The critical size policy\n\n## Run it\n");
        assertEquals(List.of(), linkProblems(root, "docs/page.md", """
                # Page

                ## Run it

                [here](#run-it), [there](03-arrays.md#the-critical-size-policy), [title](03-arrays.md#03--arrays-doubles-in),
                [top](03-arrays.md#)
                """));
        assertEquals(List.of(
                        "docs/page.md:5: the link '#run-its': '#run-its' is no heading of docs/page.md (its anchors: page, run-it)",
                        "docs/page.md:6: the link '03-arrays.md#the-critical-size': '#the-critical-size' is no heading of"
                                + " docs/03-arrays.md (its anchors: 03--arrays-doubles-in, the-critical-size-policy, run-it)",
                        "docs/page.md:7: the link '03-arrays.md#Run-it': '#Run-it' is no heading of docs/03-arrays.md"
                                + " (its anchors: 03--arrays-doubles-in, the-critical-size-policy, run-it)"),
                linkProblems(root, "docs/page.md", """
                        # Page

                        ## Run it

                        [here](#run-its),
                        [there](03-arrays.md#the-critical-size),
                        [case](03-arrays.md#Run-it)
                        """));
    }

    @Test
    void anchorsFollowGitHubsRules() {
        assertEquals(List.of("03--arrays-doubles-in-doubles-out", "does-go-agree-with-javautilregex-and-re2j",
                        "ownedhandle-one-owner-many-threads", "undefined-word-positions-lesson-11", "the-c_string-type",
                        "see-lesson-03", "café--naïve", "run-it", "run-it-1", "run-it-2", "run-it-1-1", "c", "", "-1"),
                List.copyOf(DocsSnippets.anchors("""
                        # 03 · arrays: doubles in, doubles out
                        ## Does Go agree with java.util.regex and re2j?
                        ### `OwnedHandle`: one owner, many threads ##
                        ## Undefined word positions (lesson 11)
                        ## The `c_string` type
                        ## See [lesson 03](03-arrays.md)
                          ## Café & naïve
                        ## Run it
                        ```
                        ## Not a heading
                        ```
                        ## Run it
                        ## Run it
                        ## Run it 1
                        ## C#
                        #hashtag is no heading
                        ##
                        ## #
                        """)));
    }

    @Test
    void aPercentEncodedAnchorIsDecoded(@TempDir Path root) throws Exception {
        assertEquals(List.of(), linkProblems(root, "docs/page.md", "## Café\n\n[x](#caf%C3%A9), [y](page.md?plain=1#caf%c3%a9)\n"));
    }

    @Test
    void anAnchorIntoAnotherKindOfFileNamesLines(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("go/01-hello"));
        Files.writeString(root.resolve("go/01-hello/hello.go"), "package main\n\nfunc main() {}\n");
        Files.createDirectories(root.resolve("lessons/01-hello"));
        Files.writeString(root.resolve("lessons/01-hello/README.md"), "# Hello\n## Build\n");
        assertEquals(List.of(), linkProblems(root, "docs/page.md",
                "[a](../go/01-hello/hello.go#L3), [b](../go/01-hello/hello.go#L1-L3), [c](../lessons/01-hello#build)\n"));
        assertEquals(List.of(
                        "docs/page.md:1: the link '../go/01-hello/hello.go#L4': '#L4' is no line of go/01-hello/hello.go,"
                                + " which has 3 (into a file that is not Markdown, an anchor names lines: #L12 or #L12-L20)",
                        "docs/page.md:1: the link '../go/01-hello/hello.go#main': '#main' is no line of go/01-hello/hello.go,"
                                + " which has 3 (into a file that is not Markdown, an anchor names lines: #L12 or #L12-L20)",
                        "docs/page.md:1: the link '../go/01-hello#x': '#x' is in no page: go/01-hello is a directory without a README.md",
                        "docs/page.md:1: the link '../lessons/01-hello/#run': '#run' is no heading of lessons/01-hello/README.md"
                                + " (its anchors: hello, build)"),
                linkProblems(root, "docs/page.md", "[a](../go/01-hello/hello.go#L4), [b](../go/01-hello/hello.go#main),"
                        + " [c](../go/01-hello#x), [d](../lessons/01-hello/#run)\n"));
    }

    @Test
    void everyMarkdownFileOfTheRepositoryIsCheckedForLinks(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/README.md"), "# The book\n\n## Lessons\n\n[missing](18-operations.md)\n");
        Files.writeString(root.resolve("README.md"), "[book](docs/README.md#lessons), [bad](docs/README.md#lesson)\n");
        assertEquals(List.of(
                        "README.md:1: the link 'docs/README.md#lesson': '#lesson' is no heading of docs/README.md"
                                + " (its anchors: the-book, lessons)",
                        "docs/README.md:5: the link '18-operations.md' leads nowhere: there is no docs/18-operations.md"),
                DocsSnippets.sync(root, false));
    }
}
