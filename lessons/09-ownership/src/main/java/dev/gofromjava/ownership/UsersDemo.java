package dev.gofromjava.ownership;

import java.util.List;

/**
 * The article's two users, each freed when its block ends, then a third closed twice and read
 * after. "Freeing user info" is printed by Go itself, when Java frees.
 */
public final class UsersDemo {
    private UsersDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        Users go = switch (String.join(" ", args)) {
            case "ffm" -> new UsersFfm();
            case "jna" -> new UsersJna();
            default -> throw new IllegalArgumentException("usage: UsersDemo ffm|jna");
        };
        for (String name : List.of("Alice", "Bob")) {
            try (UserInfo user = go.getUserInfo(name)) {
                System.out.println("Info: " + user.info());
                System.out.flush(); // Go prints from close(), straight to file descriptor 1 (lesson 01)
            }
            System.out.println("-----------");
        }
        UserInfo carol = go.getUserInfo("Carol");
        System.out.flush();
        carol.close();
        carol.close(); // does nothing: freed once
        try {
            carol.info();
        } catch (IllegalStateException e) {
            System.out.println("after close: " + e.getMessage());
        }
        System.out.println("Did I remember to free my memory? Yes: every UserInfo was closed.");
    }
    // docs:end demo
}
