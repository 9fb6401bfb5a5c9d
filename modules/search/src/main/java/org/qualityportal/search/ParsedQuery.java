package org.qualityportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A user's query after {@link UserQueryParser}: clean clauses, never malformed.
 *
 * @param clauses the clauses in the order typed
 * @param notes Russian notes on what was changed (input shortened…), for the reader
 */
record ParsedQuery(List<Clause> clauses, List<String> notes) {

    /** What a clause asks for. */
    enum Kind {
        /** A plain word: required (all plain words must occur). */
        WORD,
        /** Words in quotes: required, in this order, adjacent. */
        PHRASE,
        /** A word ending in {@code *}: required as a word beginning. */
        PREFIX,
        /** A word preceded by {@code -}: must not occur. */
        EXCLUDED
    }

    /** One clause; {@code text} holds no quotes or operators. */
    record Clause(Kind kind, String text) {
    }

    ParsedQuery {
        clauses = List.copyOf(clauses);
        notes = List.copyOf(notes);
    }

    /** Whether nothing at all was asked (blank input). */
    boolean isBlank() {
        return clauses.isEmpty();
    }

    List<String> texts(Kind kind) {
        return clauses.stream().filter(c -> c.kind() == kind).map(Clause::text).toList();
    }

    /** The query written back in the syntax the reader typed (quotes, {@code *}, {@code -}). */
    String toText() {
        return clauses.stream().map(c -> switch (c.kind()) {
            case WORD -> c.text();
            case PHRASE -> "\"" + c.text() + "\"";
            case PREFIX -> c.text() + "*";
            case EXCLUDED -> "-" + c.text();
        }).collect(Collectors.joining(" "));
    }

    /** The same query with some words replaced (spelling corrections) in plain words and phrases. */
    ParsedQuery replacing(Map<String, String> words) {
        List<Clause> replaced = new ArrayList<>();
        for (Clause clause : clauses) {
            if (clause.kind() == Kind.WORD || clause.kind() == Kind.PHRASE) {
                String text = java.util.Arrays.stream(clause.text().split(" "))
                        .map(w -> words.getOrDefault(w, w)).collect(Collectors.joining(" "));
                replaced.add(new Clause(clause.kind(), text));
            } else {
                replaced.add(clause);
            }
        }
        return new ParsedQuery(replaced, notes);
    }
}
