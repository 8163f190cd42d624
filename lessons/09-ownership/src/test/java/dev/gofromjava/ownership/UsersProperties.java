package dev.gofromjava.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.FreedByGc;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Any sequence of creating, reading, closing, closing again and reading after close, through
 * either binding: the ledger's count of live C blocks is always the number of open infos, every
 * read of an open info is right, every read of a closed one throws, and nothing crashes.
 */
class UsersProperties {
    private static final GoLibrary LIB = UsersTest.LIB;

    /** The objects a chain made, and what each must say. */
    static final class Model {
        final long baseline = LIB.liveAllocations();
        final List<UserInfo> open = new ArrayList<>();
        final List<String> openNames = new ArrayList<>();
        final List<UserInfo> closed = new ArrayList<>();

        void closeAll() {
            open.forEach(UserInfo::close);
        }
    }

    // docs:begin chain
    @Property
    void anySequenceKeepsTheLedgerEqualToTheOpenInfos(@ForAll("sequences") ActionChain<Model> chain) {
        chain.withInvariant("live C blocks == open infos",
                m -> assertEquals(m.baseline + m.open.size(), LIB.liveAllocations(), m.open.size() + " open"));
        try {
            chain.run();
        } finally {
            chain.finalState().ifPresent(Model::closeAll);
        }
    }

    @Provide
    Arbitrary<ActionChain<Model>> sequences() {
        return ActionChain.startWith(Model::new)
                .withAction(3, new Create())
                .withAction(new Read())
                .withAction(2, new Close())
                .withAction(new CloseAgain())
                .withAction(new ReadAfterClose())
                .withMaxTransformations(30);
    }
    // docs:end chain

    static final class Create implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            // Printable names: Go quotes the name with %q, which would escape anything else.
            return Combinators.combine(Arbitraries.strings().alpha().numeric().withChars(' ', 'ё', '界').ofMaxLength(20),
                            Arbitraries.of(UsersTest.BINDINGS))
                    .as((name, go) -> Transformer.mutate("create " + name + " (" + go + ")", m -> {
                        m.open.add(go.getUserInfo(name));
                        m.openNames.add(name);
                    }));
        }
    }

    static final class Read implements Action.Dependent<Model> {
        @Override
        public boolean precondition(Model m) {
            return !m.open.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Arbitraries.integers().between(0, m.open.size() - 1).map(i -> Transformer.mutate("read " + i, model ->
                    assertEquals("User \"" + model.openNames.get(i) + "\" has "
                            + model.openNames.get(i).codePointCount(0, model.openNames.get(i).length())
                            + " letters in their name", model.open.get(i).info())));
        }
    }

    static final class Close implements Action.Dependent<Model> {
        @Override
        public boolean precondition(Model m) {
            return !m.open.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Arbitraries.integers().between(0, m.open.size() - 1).map(i -> Transformer.mutate("close " + i, model -> {
                UserInfo user = model.open.remove((int) i);
                model.openNames.remove((int) i);
                user.close();
                model.closed.add(user);
            }));
        }
    }

    static final class CloseAgain implements Action.Dependent<Model> {
        @Override
        public boolean precondition(Model m) {
            return !m.closed.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Arbitraries.integers().between(0, m.closed.size() - 1)
                    .map(i -> Transformer.mutate("close again " + i, model -> model.closed.get(i).close()));
        }
    }

    static final class ReadAfterClose implements Action.Dependent<Model> {
        @Override
        public boolean precondition(Model m) {
            return !m.closed.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Arbitraries.integers().between(0, m.closed.size() - 1).map(i -> Transformer.mutate("read closed " + i,
                    model -> assertThrows(IllegalStateException.class, model.closed.get(i)::info)));
        }
    }

    /** The collector's path: however many infos are dropped unclosed, all are freed within the wait. */
    @Property(tries = 20)
    @FreedByGc
    void droppedInfosAreAllFreed(@ForAll @IntRange(min = 1, max = 50) int count) {
        for (Users go : UsersTest.BINDINGS) {
            for (int i = 0; i < count; i++) {
                go.getUserInfoFreedByGc("dropped " + i).info();
            }
        }
    }
}
