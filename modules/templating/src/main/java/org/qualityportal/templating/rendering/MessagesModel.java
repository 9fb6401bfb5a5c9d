package org.qualityportal.templating.rendering;

import java.util.Map;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;

/** {@code i18n['key']}: the message, or {@code ???key???} so a missing one is visible, never fatal. */
final class MessagesModel implements TemplateHashModel {
    private final Map<String, String> messages;

    MessagesModel(Map<String, String> messages) {
        this.messages = messages;
    }

    @Override
    public TemplateModel get(String key) {
        String message = messages.get(key);
        return new SimpleScalar(message != null ? message : "???" + key + "???");
    }

    @Override
    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
