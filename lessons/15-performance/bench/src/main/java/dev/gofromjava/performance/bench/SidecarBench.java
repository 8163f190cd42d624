package dev.gofromjava.performance.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Go in a process of its own: add as a round trip over a Unix-domain socket to
 * go/15-performance/sidecar. The floor of any sidecar design (gRPC adds its framing on top).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SidecarBench {
    Process sidecar;
    Path dir;
    SocketChannel channel;
    final ByteBuffer request = ByteBuffer.allocateDirect(16).order(ByteOrder.LITTLE_ENDIAN);
    final ByteBuffer reply = ByteBuffer.allocateDirect(8).order(ByteOrder.LITTLE_ENDIAN);
    long a = 2;
    long b = 3;

    @Setup
    public void start() throws IOException {
        // Under /tmp, not java.io.tmpdir: a socket's path must fit in sun_path (108 bytes on Linux).
        dir = Files.createTempDirectory(Path.of("/tmp"), "gfj-sidecar");
        Path socket = dir.resolve("add.sock");
        sidecar = new ProcessBuilder(Native.property("bench.sidecar"), socket.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(sidecar.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (!"ready".equals(line)) {
            throw new IllegalStateException("the sidecar did not start: it said " + line);
        }
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        Check.equal("add over the socket", 5L, add());
        Check.equal("add over the socket, wrapping", Long.MIN_VALUE, add(Long.MAX_VALUE, 1));
    }

    @TearDown
    public void stop() throws Exception {
        channel.close();
        sidecar.getOutputStream().close(); // the sidecar exits when its stdin closes
        if (!sidecar.waitFor(10, TimeUnit.SECONDS)) {
            sidecar.destroyForcibly();
        }
        Files.deleteIfExists(dir.resolve("add.sock"));
        Files.deleteIfExists(dir);
    }

    private long add(long x, long y) throws IOException {
        request.clear();
        request.putLong(x).putLong(y).flip();
        while (request.hasRemaining()) {
            channel.write(request);
        }
        reply.clear();
        while (reply.hasRemaining()) {
            if (channel.read(reply) < 0) {
                throw new IOException("the sidecar closed the connection");
            }
        }
        return reply.getLong(0);
    }

    @Benchmark
    public long add() throws IOException {
        return add(a, b);
    }
}
