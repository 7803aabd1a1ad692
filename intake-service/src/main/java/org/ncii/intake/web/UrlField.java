package org.ncii.intake.web;

import java.util.ArrayList;
import java.util.List;

/** One web address input of the report form, with its id, number (for its label), value and error. */
record UrlField(String id, int number, String value, String error, boolean focus) {

    static List<UrlField> of(List<String> values, FormErrors errors, int focusIndex) {
        List<UrlField> fields = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String id = "url-" + i;
            fields.add(new UrlField(id, i + 1, values.get(i) == null ? "" : values.get(i),
                    errors.has(id) ? errors.get(id) : null, i == focusIndex));
        }
        return fields;
    }
}
