package org.ncii.hashing.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ncii.hashing.ContentHashes;

/**
 * {@code takedown-hash FILE...}: prints, as JSON, the hashes to paste into a report's {@code hashes} for each
 * file. Everything is computed here; nothing is sent anywhere, and the image does not leave the device.
 */
public final class TakedownHash {
    static final String STATEMENT = "Computed on this device. The image does not leave it: only these hashes do, "
            + "and only if you paste them into a report.";

    private TakedownHash() {
    }

    public static void main(String[] args) {
        int status = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Writes the JSON to {@code out} and the plain statement and any problems to {@code err}; 0 when all read. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0])) {
            err.println("usage: takedown-hash FILE...");
            err.println(STATEMENT);
            return args.length == 0 ? 2 : 0;
        }
        ContentHashes hashes = new ContentHashes();
        List<String> files = new ArrayList<>();
        int status = 0;
        for (String arg : args) {
            Path file = Path.of(arg);
            if (!Files.isRegularFile(file)) {
                err.println(arg + ": not a readable file");
                status = 1;
                continue;
            }
            try {
                files.add(Json.file(file.getFileName().toString(), hashes.of(file)));
            } catch (IOException | RuntimeException e) {
                err.println(arg + ": cannot be hashed (" + e.getMessage() + ")");
                status = 1;
            }
        }
        out.println(Json.document(STATEMENT, files));
        err.println(STATEMENT);
        return status;
    }
}
