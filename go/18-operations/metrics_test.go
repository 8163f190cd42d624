package main

import (
	"runtime"
	"runtime/metrics"
	"testing"
)

// What reading the metrics costs in Go itself, the floor under readMetrics
// (go test -bench Metrics ./18-operations); runtime.ReadMemStats, which stops
// the world, beside it.
func BenchmarkMetricsRead(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sampled.Lock()
		metrics.Read(sampled.samples)
		sampled.Unlock()
	}
}

func BenchmarkReadMemStats(b *testing.B) {
	var m runtime.MemStats
	for b.Loop() {
		runtime.ReadMemStats(&m)
	}
}

func TestEveryMetricIsKnownToThisGo(t *testing.T) {
	sampled.Lock()
	defer sampled.Unlock()
	metrics.Read(sampled.samples)
	for _, s := range sampled.samples {
		if s.Value.Kind() == metrics.KindBad {
			t.Errorf("%s: not a metric of this Go version", s.Name)
		}
	}
}

func TestHistogramCountsAndTheLongestBucket(t *testing.T) {
	h := &metrics.Float64Histogram{Counts: []uint64{0, 3, 0, 2, 0}, Buckets: []float64{0, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2}}
	if n, longest := histogram(h); n != 5 || longest != 1e6 {
		t.Fatalf("count %d, longest %d ns; want 5, 1000000", n, longest)
	}
}
