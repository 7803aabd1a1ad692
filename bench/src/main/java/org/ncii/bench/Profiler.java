package org.ncii.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * JFR on the running services (started and dumped with {@code jcmd}, so no service needs restarting), summarised
 * as the methods most often on CPU (self time) and the project's own methods most often on the stack.
 */
final class Profiler {
    private static final String NAME = "bench";

    private Profiler() {
    }

    static void start(long pid) {
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile");
    }

    static Path dump(long pid, Path file) {
        jcmd(pid, "JFR.dump", "name=" + NAME, "filename=" + file.toAbsolutePath());
        jcmd(pid, "JFR.stop", "name=" + NAME);
        return file;
    }

    /** Top self-time methods and top project methods (inclusive), each as "share% method". */
    static Map<String, Object> summarise(Path file, int top) throws Exception {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith("org.ncii.") && seen.add(n)) {
                    own.merge(n, 1, Integer::sum);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cpuSamples", samples);
        out.put("hottestSelf", topOf(self, samples, top));
        out.put("hottestOwnInclusive", topOf(own, samples, top));
        return out;
    }

    private static List<String> topOf(Map<String, Integer> counts, int total, int top) {
        List<String> out = new ArrayList<>();
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(en -> out.add(String.format("%.1f%% %s", 100.0 * en.getValue() / Math.max(1, total), en.getKey())));
        return out;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void jcmd(long pid, String... command) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString());
        cmd.add(Long.toString(pid));
        cmd.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                System.out.println("[bench] jcmd " + String.join(" ", command) + " failed: " + output.trim());
            }
        } catch (Exception e) {
            System.out.println("[bench] jcmd unavailable: " + e.getMessage());
        }
    }

    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }
}
