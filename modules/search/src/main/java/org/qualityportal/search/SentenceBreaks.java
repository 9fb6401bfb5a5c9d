package org.qualityportal.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one pass over the text: after «.», «!», «?» or «…»
 * (and any closing quotes or brackets) followed by a space, and after a line break. A full stop
 * followed by a lowercase letter is not a boundary («т. е.», «и т. д. в школах»).
 *
 * <p>The JDK's sentence iterator applies the full Unicode rules one character at a time and was
 * most of the highlighter's time on long texts; snippets need only roughly sentence-sized passages.
 * A boundary is where the next sentence starts, after the spaces.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int[] bounds = {0};
    private int count = 1;
    private int index;

    /** Reads a text that starts at index 0, as every {@link String}'s iterator does. */
    @Override
    public void setText(CharacterIterator newText) {
        if (newText.getBeginIndex() != 0) {
            throw new IllegalArgumentException("The text must start at index 0, not " + newText.getBeginIndex());
        }
        StringBuilder chars = new StringBuilder(newText.getEndIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            chars.append(c);
        }
        setText(chars.toString());
    }

    @Override
    public void setText(String newText) {
        text = newText;
        bounds = new int[Math.max(2, newText.length() / 40 + 2)];
        count = 0;
        add(0);
        int length = newText.length();
        int i = 0;
        while (i < length) {
            char c = newText.charAt(i);
            int next = i + 1;
            if (isLineBreak(c) || isSentenceEnd(c)) {
                int end = next;
                while (end < length && (isSentenceEnd(newText.charAt(end)) || isClosing(newText.charAt(end)))) {
                    end++;
                }
                int start = end;
                while (start < length && Character.isWhitespace(newText.charAt(start))) {
                    start++;
                }
                boolean spaced = start > end || isLineBreak(c);
                if (spaced && start < length && !(c == '.' && Character.isLowerCase(newText.charAt(start)))) {
                    add(start);
                }
                next = Math.max(next, start);
            }
            i = next;
        }
        if (bounds[count - 1] != length) {
            add(length);
        }
        index = 0;
    }

    private void add(int boundary) {
        if (count == bounds.length) {
            bounds = Arrays.copyOf(bounds, count * 2);
        }
        bounds[count++] = boundary;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isClosing(char c) {
        return c == '»' || c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    @Override
    public int first() {
        index = 0;
        return bounds[index];
    }

    @Override
    public int last() {
        index = count - 1;
        return bounds[index];
    }

    @Override
    public int next(int n) {
        return moveTo(index + n);
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        check(offset);
        return moveTo(firstAbove(offset));
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        return moveTo(firstAbove(offset - 1) - 1);
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        int found = Arrays.binarySearch(bounds, 0, count, offset);
        if (found >= 0) {
            index = found;
            return true;
        }
        following(offset);
        return false;
    }

    @Override
    public int current() {
        return bounds[index];
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text, bounds[index]);
    }

    /** Moves to the boundary at {@code target}; past either end, to that end, returning {@link #DONE}. */
    private int moveTo(int target) {
        if (target < 0 || target >= count) {
            index = target < 0 ? 0 : count - 1;
            return DONE;
        }
        index = target;
        return bounds[index];
    }

    /** Index of the first boundary above {@code offset}, {@code count} if none. */
    private int firstAbove(int offset) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (bounds[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("Offset " + offset + " is outside the text (0.." + text.length() + ")");
        }
    }
}
