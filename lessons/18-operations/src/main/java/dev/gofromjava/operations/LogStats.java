package dev.gofromjava.operations;

/**
 * What Go's log buffer has done since the library loaded (the C struct {@code log_stats}).
 *
 * @param accepted records taken into the buffer
 * @param dropped records dropped because the buffer was full
 * @param bufferedBytes bytes waiting to be drained
 * @param capacityBytes the most the buffer holds
 */
public record LogStats(long accepted, long dropped, long bufferedBytes, long capacityBytes) {}
