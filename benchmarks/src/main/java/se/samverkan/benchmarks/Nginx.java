package se.samverkan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** nginx (Debian's package) serving a static copy of a public answer: the ceiling a gateway is compared with. */
final class Nginx implements AutoCloseable {

    private final Process process;

    private Nginx(Process process) {
        this.process = process;
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx"));
    }

    static Nginx serve(Path dir, int port, String fileName, byte[] body, String contentType) throws IOException {
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.write(www.resolve(fileName), body);
        for (Path path : List.of(dir, www, www.resolve(fileName))) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path)
                    ? "rwxr-xr-x" : "rw-r--r--"));
        }
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/tmp;
                  proxy_temp_path %1$s/tmp;
                  fastcgi_temp_path %1$s/tmp;
                  uwsgi_temp_path %1$s/tmp;
                  scgi_temp_path %1$s/tmp;
                  server {
                    listen 127.0.0.1:%2$d;
                    root %3$s;
                    location / { default_type %4$s; etag on; }
                  }
                }
                """.formatted(dir, port, www, contentType));
        Files.createDirectories(dir.resolve("tmp"));
        Process process = new ProcessBuilder("/usr/sbin/nginx", "-p", dir.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        Nginx nginx = new Nginx(process);
        Http.sleep(500);
        if (!process.isAlive()) {
            throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("nginx.out"))
                    + (Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : ""));
        }
        return nginx;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
