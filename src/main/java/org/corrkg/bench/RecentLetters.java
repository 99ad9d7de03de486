package org.corrkg.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The last letters written, a fixed number of them, that a new letter may answer: all the
 * state the corpus keeps from one letter to the next, so memory does not grow with its size.
 */
final class RecentLetters {

    private static final int TRIES = 4;

    private final int[] letter;
    private final int[] sender;
    private final int[] addressee;
    private final int[] topic;
    private final long[] latest;
    private int added;

    RecentLetters(int capacity) {
        letter = new int[capacity];
        sender = new int[capacity];
        addressee = new int[capacity];
        topic = new int[capacity];
        latest = new long[capacity];
    }

    void add(int letter, int sender, int addressee, int topic, LocalDate latest) {
        int slot = added++ % this.letter.length;
        this.letter[slot] = letter;
        this.sender[slot] = sender;
        this.addressee[slot] = addressee;
        this.topic[slot] = topic;
        this.latest[slot] = latest.toEpochDay();
    }

    /** A recent letter not yet answered, as its slot, or -1 if a few tries find none. */
    int unanswered(SplittableRandom random) {
        int filled = Math.min(added, letter.length);
        if (filled == 0)
            return -1;
        for (int t = 0; t < TRIES; t++) {
            int slot = random.nextInt(filled);
            if (letter[slot] >= 0)
                return slot;
        }
        return -1;
    }

    /** Marks the letter in {@code slot} answered, so that it gets no second reply. */
    void answer(int slot) {
        letter[slot] = -1;
    }

    int letter(int slot) { return letter[slot]; }
    int sender(int slot) { return sender[slot]; }
    int addressee(int slot) { return addressee[slot]; }
    int topic(int slot) { return topic[slot]; }
    LocalDate latest(int slot) { return LocalDate.ofEpochDay(latest[slot]); }
}
