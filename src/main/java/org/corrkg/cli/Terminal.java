package org.corrkg.cli;

import java.io.Console;

/** Whether output goes to a person at a terminal: only then do help colours and progress bars appear. */
final class Terminal {

    /** True when standard input and output are a terminal (on Java 22 and later, a console exists even when they are not). */
    static boolean interactive() {
        Console console = System.console();
        if (console == null)
            return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** Colours in help: on a terminal, unless NO_COLOR is set (https://no-color.org). */
    static boolean colours() {
        String noColor = System.getenv("NO_COLOR");
        return interactive() && (noColor == null || noColor.isEmpty());
    }

    private Terminal() {}
}
