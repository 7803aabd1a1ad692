package org.ncii.hashing.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.ncii.hashing.ContentHashes;

/** The tool's JSON, written by hand so the jar needs nothing beside the JDK. */
final class Json {
    private Json() {
    }

    static String document(String statement, List<String> files) {
        return "{\n  \"statement\": " + quote(statement) + ",\n  \"files\": [" + String.join(",", files)
                + (files.isEmpty() ? "" : "\n  ") + "]\n}";
    }

    static String file(String name, ContentHashes.Result result) {
        return "\n    {\n      \"file\": " + quote(name) + ",\n      \"hashes\": " + entries(result.shared())
                + ",\n      \"notShared\": " + entries(result.withheld()) + "\n    }";
    }

    private static String entries(List<ContentHashes.Entry> entries) {
        if (entries.isEmpty()) {
            return "[]";
        }
        return entries.stream().map(Json::entry).collect(Collectors.joining(",\n        ", "[\n        ", "\n      ]"));
    }

    private static String entry(ContentHashes.Entry e) {
        StringBuilder s = new StringBuilder("{\"algorithm\": ").append(quote(e.algorithm()))
                .append(", \"value\": ").append(quote(e.value()));
        if (e.quality() != null) {
            s.append(", \"quality\": ").append(e.quality());
        }
        if (e.variant() != null) {
            s.append(", \"variant\": ").append(quote(e.variant()));
        }
        return s.append('}').toString();
    }

    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
