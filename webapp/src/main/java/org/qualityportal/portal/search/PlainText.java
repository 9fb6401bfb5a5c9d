package org.qualityportal.portal.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of stored rich text: tags become spaces, the common entities their characters. */
final class PlainText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|[a-z]+);");
    private static final Map<String, String> NAMED = Map.of("nbsp", " ", "amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "laquo", "«", "raquo", "»", "mdash", "—", "ndash", "–");

    private PlainText() {
    }

    static String of(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = name.startsWith("#") ? decimal(name.substring(1)) : NAMED.getOrDefault(name, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String decimal(String digits) {
        try {
            return new String(Character.toChars(Integer.parseInt(digits)));
        } catch (IllegalArgumentException e) {
            return " ";
        }
    }
}
