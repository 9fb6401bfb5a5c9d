package org.qualityportal.discussions.discussion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks of a document's body (headings, paragraphs, list items) and stable anchors for them.
 * An anchor is fixed when the discussion opens (a hash of the block's text); later the block is found
 * again by word overlap with the text kept at opening, so a comment stays on its paragraph after a
 * typo is fixed or a sentence is added, and falls back to the whole document only when the paragraph
 * was rewritten beyond recognition.
 */
public final class Sections {
    private static final Pattern BLOCK = Pattern.compile("<(h[1-6]|p|li)(?:\\s[^>]*)?>(.*?)</\\1>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("nbsp", " "), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("amp", "&"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "…"), Map.entry("bdquo", "„"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("shy", ""));
    /** Share of words two versions of a paragraph must have in common to be the same paragraph. */
    static final double SAME = 0.5;
    private static final int TITLE_WORDS = 8;

    private Sections() {
    }

    /** A block of the body as it is now. */
    public record Block(String heading, String text) {
    }

    /** The body's blocks in order, with tags removed and entities of the common kinds decoded. */
    public static List<Block> blocks(String html) {
        List<Block> blocks = new ArrayList<>();
        if (html == null) {
            return blocks;
        }
        Matcher m = BLOCK.matcher(html);
        while (m.find()) {
            String text = plain(m.group(2));
            if (!text.isBlank()) {
                blocks.add(new Block(m.group(1).toLowerCase(Locale.ROOT).startsWith("h") ? text : "", text));
            }
        }
        return blocks;
    }

    /** Sections for the blocks chosen (by index), each with its anchor, a short title and its text. */
    public static List<Section> of(List<Block> blocks, List<Integer> chosen) {
        List<Section> sections = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i : chosen) {
            if (i < 0 || i >= blocks.size()) {
                continue;
            }
            Block b = blocks.get(i);
            String anchor = anchor(b.text());
            while (!used.add(anchor)) {
                anchor = anchor + "x";
            }
            sections.add(new Section(anchor, title(b.text()), b.text()));
        }
        return sections;
    }

    /** Which block of the current body a section is, if it is still recognisable. */
    public static Optional<Integer> locate(Section section, List<Block> blocks) {
        Set<String> words = words(section.text());
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < blocks.size(); i++) {
            double score = overlap(words, words(blocks.get(i).text()));
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return bestScore >= SAME ? Optional.of(best) : Optional.empty();
    }

    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) common.size() / all.size();
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static String title(String text) {
        String[] words = text.split("\\s+");
        if (words.length <= TITLE_WORDS) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, TITLE_WORDS)) + "…";
    }

    static String anchor(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String plain(String html) {
        return decode(TAG.matcher(html).replaceAll(" ")).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /**
     * Entities decoded in one pass (so {@code &amp;lt;} stays the text {@code &lt;}): the named ones
     * editors write and the numeric ones the rich-text sanitiser writes for quotes, {@code +}, {@code =}
     * and {@code @}; an unknown one is left as it is.
     */
    static String decode(String text) {
        return ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1)).orElse(m.group())));
    }

    private static Optional<String> entity(String name) {
        if (name.startsWith("#")) {
            boolean hex = name.startsWith("#x") || name.startsWith("#X");
            try {
                int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                return cp > 0 && Character.isValidCodePoint(cp) ? Optional.of(Character.toString(cp)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(NAMED.get(name));
    }
}
