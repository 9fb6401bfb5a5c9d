package org.qualityportal.content.transfer;

import java.util.List;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML dialect of content files. Dates stay text ({@code 2018-02-28} is a string, not a
 * timestamp) so that what is read is exactly what is written back; multi-line text is written as a
 * literal block so files stay readable and diffable.
 */
final class YamlFormat {
    /** Keys of a mapping that stands for a binary value rather than a child node. */
    static final String FILE_KEY = "qp:file";
    static final String FILE_NAME_KEY = "qp:fileName";
    /** Order of child units, listed in the parent's file. */
    static final String ORDER_KEY = "qp:order";

    private YamlFormat() {
    }

    static Yaml yaml() {
        LoaderOptions loader = new LoaderOptions();
        loader.setAllowDuplicateKeys(false);
        loader.setCodePointLimit(10 * 1024 * 1024);
        DumperOptions dumper = new DumperOptions();
        dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumper.setAllowUnicode(true);
        dumper.setIndent(2);
        dumper.setIndicatorIndent(0);
        dumper.setWidth(120);
        dumper.setSplitLines(false);
        return new Yaml(new SafeConstructor(loader), new LiteralRepresenter(dumper), dumper, loader,
                new TextDateResolver());
    }

    /** YAML 1.1 resolution without timestamps. */
    private static final class TextDateResolver extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }

    private static final class LiteralRepresenter extends Representer {
        LiteralRepresenter(DumperOptions options) {
            super(options);
        }

        @Override
        protected Node representScalar(Tag tag, String value, DumperOptions.ScalarStyle style) {
            DumperOptions.ScalarStyle chosen = Tag.STR.equals(tag) && value.contains("\n")
                    ? DumperOptions.ScalarStyle.LITERAL : style;
            return super.representScalar(tag, value, chosen);
        }
    }

    static boolean isFileMapping(Object value) {
        return value instanceof java.util.Map<?, ?> map && map.containsKey(FILE_KEY)
                && List.of(FILE_KEY, FILE_NAME_KEY).containsAll(map.keySet());
    }
}
