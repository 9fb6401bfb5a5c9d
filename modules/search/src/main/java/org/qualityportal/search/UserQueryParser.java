package org.qualityportal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads whatever a reader typed into clean clauses, and never fails.
 *
 * <p>Syntax: plain words are all required; {@code "words in quotes"} (also «ёлочки» and
 * “lapki”) form a phrase; {@code word*} matches word beginnings (from three letters);
 * {@code -word} excludes. Operators (AND, OR, NOT, И, ИЛИ, НЕ, {@code +}) are ignored: every
 * word is required anyway, and a reader typing "оценка OR качество" is better served by
 * documents with both. An unbalanced quote is dropped and its words read as plain words.
 * Control and formatting characters become spaces; input is cut to {@link #MAX_CHARS}
 * characters and {@link #MAX_CLAUSES} clauses, with a note saying so.
 *
 * <p>Lucene's classic query parser is not used: it throws on exactly the input readers
 * produce (a lone quote, a trailing {@code AND}, {@code *} at the start).
 */
final class UserQueryParser {
    static final int MAX_CHARS = 300;
    static final int MAX_CLAUSES = 16;
    private static final String QUOTES = "\"«»“”„";
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "И", "ИЛИ", "НЕ", "&&", "||", "!");

    ParsedQuery parse(String input) {
        List<String> notes = new ArrayList<>();
        String text = clean(input);
        if (text.length() > MAX_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_CHARS);
            text = text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
            notes.add("Запрос слишком длинный: учтены первые " + MAX_CHARS + " символов.");
        }
        List<ParsedQuery.Clause> clauses = new ArrayList<>();
        StringBuilder phrase = null;
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                if (phrase == null) {
                    words(plain.toString(), clauses);
                    plain.setLength(0);
                    phrase = new StringBuilder();
                } else {
                    phrase(phrase.toString(), clauses);
                    phrase = null;
                }
            } else {
                (phrase == null ? plain : phrase).append(c);
            }
        }
        if (phrase != null) {
            plain.append(' ').append(phrase); // unbalanced quote: its words count as plain words
        }
        words(plain.toString(), clauses);
        if (clauses.size() > MAX_CLAUSES) {
            clauses = new ArrayList<>(clauses.subList(0, MAX_CLAUSES));
            notes.add("Запрос слишком длинный: учтены первые " + MAX_CLAUSES + " слов.");
        }
        return new ParsedQuery(clauses, notes);
    }

    /** Unicode-normalized, with control, formatting and unpaired surrogate characters as spaces. */
    static String clean(String input) {
        if (input == null) {
            return "";
        }
        String text = input.length() > MAX_CHARS * 4 ? input.substring(0, MAX_CHARS * 4) : input;
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static void phrase(String text, List<ParsedQuery.Clause> clauses) {
        String words = String.join(" ", split(text).stream().map(UserQueryParser::bare)
                .filter(UserQueryParser::hasLetterOrDigit).toList());
        if (words.contains(" ")) {
            clauses.add(new ParsedQuery.Clause(ParsedQuery.Kind.PHRASE, words));
        } else if (!words.isEmpty()) {
            clauses.add(new ParsedQuery.Clause(ParsedQuery.Kind.WORD, words));
        }
    }

    private static void words(String text, List<ParsedQuery.Clause> clauses) {
        for (String raw : split(text)) {
            if (OPERATORS.contains(raw)) {
                continue;
            }
            String word = raw.replaceFirst("^\\++", "");
            ParsedQuery.Kind kind = ParsedQuery.Kind.WORD;
            if (word.startsWith("-") || word.startsWith("−")) {
                kind = ParsedQuery.Kind.EXCLUDED;
                word = word.substring(1);
            } else if (word.endsWith("*")) {
                kind = ParsedQuery.Kind.PREFIX;
            }
            word = bare(word);
            if (!hasLetterOrDigit(word) || OPERATORS.contains(word)) {
                continue;
            }
            if (kind == ParsedQuery.Kind.PREFIX && letters(word) < 3) {
                kind = ParsedQuery.Kind.WORD;
            }
            clauses.add(new ParsedQuery.Clause(kind, word));
        }
    }

    /** A word without wildcard characters and without punctuation around it. */
    private static String bare(String word) {
        String w = word.replace("*", "").replace("?", "");
        int start = 0;
        int end = w.length();
        while (start < end && !Character.isLetterOrDigit(w.codePointAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(w.charAt(end - 1))) {
            end--;
        }
        return w.substring(start, end);
    }

    private static List<String> split(String text) {
        return java.util.Arrays.stream(text.strip().split(" +")).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static long letters(String word) {
        return word.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
