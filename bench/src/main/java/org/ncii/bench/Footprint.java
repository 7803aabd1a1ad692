package org.ncii.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ncii.devstack.PlatformService;

/** Scenario 5: resident memory of each service process, read from {@code /proc/<pid>/status} (VmRSS). */
final class Footprint {
    private Footprint() {
    }

    static Map<String, Double> rssMiB(BenchPlatform bench) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (PlatformService s : PlatformService.values()) {
            out.put(s.module(), rssMiB(bench.platform.service(s).pid()));
        }
        return out;
    }

    static double rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 * 10) / 10.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** The 1, 5 and 15 minute load averages: how busy the machine was, which readers need to judge the figures. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
