package main

import (
	"math"
	"slices"
	"testing"
)

func TestPiConverges(t *testing.T) {
	if got := pi(0); got != 0 {
		t.Fatalf("pi(0) = %v, want 0", got)
	}
	if got := pi(1); got != 4 {
		t.Fatalf("pi(1) = %v, want 4", got)
	}
	// An alternating series stops within its next term of the limit: 4/(2n+1).
	const n = 1_000_000
	if got := pi(n); math.Abs(got-math.Pi) > 4.0/(2*n+1) {
		t.Fatalf("pi(1e6) = %v, too far from π", got)
	}
}

func TestShuffleIsTheSamePermutationEveryTime(t *testing.T) {
	const n = 1000
	a, b := make([]float64, n), make([]float64, n)
	for i := range a {
		a[i], b[i] = float64(i), float64(i)
	}
	shuffle(&a[0], n)
	shuffle(&b[0], n)
	if !slices.Equal(a, b) {
		t.Fatal("two shuffles of the same input differ")
	}
	sorted := slices.Clone(a)
	slices.Sort(sorted)
	for i, x := range sorted {
		if x != float64(i) {
			t.Fatalf("not a permutation: sorted[%d] = %v", i, x)
		}
	}
	if slices.IsSorted(a) {
		t.Fatal("shuffle left 1000 elements in order")
	}
}

func TestDotRefusesLengthsThatDiffer(t *testing.T) {
	a := []float64{1, 2, 3}
	if got := dot(&a[0], 3, &a[0], 3); got != 14 {
		t.Fatalf("dot = %v, want 14", got)
	}
	if got := dot(&a[0], 3, &a[0], 2); !math.IsNaN(got) {
		t.Fatalf("dot with lengths 3 and 2 = %v, want NaN", got)
	}
}
