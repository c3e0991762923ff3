package se.samverkan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resident memory of processes as Linux reports it (/proc/PID/status, VmRSS). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** The process started with {@code --server.port=PORT}: a service or the gateway of the platform. */
    static Optional<ProcessHandle> listeningOn(int port) {
        return ProcessHandle.allProcesses().filter(process -> process.info().arguments()
                .map(args -> java.util.Arrays.asList(args).contains("--server.port=" + port)).orElse(false))
                .findFirst();
    }

    static long residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
