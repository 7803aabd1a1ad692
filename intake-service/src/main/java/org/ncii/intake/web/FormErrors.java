package org.ncii.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form, one plain-language message per field, in the order the fields appear on the
 * page: the error summary at the top links to each field, and each field shows its own message beside it.
 */
public final class FormErrors {
    private final List<String> order;
    private final Map<String, String> messages = new LinkedHashMap<>();

    public FormErrors(List<String> order) {
        this.order = List.copyOf(order);
    }

    /** Keeps the first message for a field: the earliest problem is the one to fix first. */
    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.getOrDefault(field, "");
    }

    /** The entries for the summary, in page order; fields not in the page order come last. */
    public List<Entry> summary() {
        List<Entry> entries = new ArrayList<>();
        order.stream().filter(messages::containsKey).forEach(f -> entries.add(new Entry(f, messages.get(f))));
        messages.forEach((field, message) -> {
            if (!order.contains(field)) {
                entries.add(new Entry(field, message));
            }
        });
        return entries;
    }

    /** One line of the error summary; {@code field} is also the id of the input it links to. */
    public record Entry(String field, String message) {
    }
}
