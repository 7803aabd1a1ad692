package org.ncii.takedown.notice;

import java.util.regex.Pattern;

/**
 * Makes text a reporter could influence safe to print inside a letter: one line, no control characters, no
 * bidirectional overrides or invisible characters that could make a URL or name read differently than it is,
 * and a bounded length. Templates never evaluate data, so this guards the letter's layout and meaning.
 */
public final class PlainText {
    private static final Pattern UNSAFE = Pattern.compile(
            "[\\p{Cc}\\p{Zl}\\p{Zp}\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]+");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private PlainText() {
    }

    /** One line of at most {@code max} characters; null stays null. */
    public static String line(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = SPACES.matcher(UNSAFE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        if (clean.length() > max) {
            clean = clean.substring(0, max - 1) + "\u2026";
        }
        return clean.isEmpty() ? null : clean;
    }

    /** A URL or identifier: as {@link #line} but with no spaces at all, so it cannot be split or padded. */
    public static String token(String text, int max) {
        String clean = line(text, max);
        return clean == null ? null : clean.replace(" ", "%20");
    }
}
