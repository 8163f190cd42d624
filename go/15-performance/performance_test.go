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

func TestBadArgumentsDoNothing(t *testing.T) {
	shuffle(nil, 10) // must not fault
	a := []float64{1, 2}
	shuffle(&a[0], 0)
	shuffle(&a[0], -1)
	if a[0] != 1 || a[1] != 2 {
		t.Fatalf("shuffle with n <= 0 changed the array: %v", a)
	}
	if got := touch(nil, 5); got != 0 {
		t.Fatalf("touch(NULL) = %v, want 0", got)
	}
	if got := touch(&a[0], 0); got != 0 {
		t.Fatalf("touch(n = 0) = %v, want 0", got)
	}
	if got := touch(&a[0], 2); got != 3 {
		t.Fatalf("touch = %v, want 3", got)
	}
	if got := dot(&a[0], -1, &a[0], -1); !math.IsNaN(got) {
		t.Fatalf("dot with negative lengths = %v, want NaN", got)
	}
	if got := callJava(nil, 5); got != 0 {
		t.Fatalf("callJava(NULL) = %v, want 0", got)
	}
	if got := callC(0); got != 0 {
		t.Fatalf("callC(0) = %v, want 0", got)
	}
	if got := callC(-3); got != 0 {
		t.Fatalf("callC(-3) = %v, want 0", got)
	}
	if got := callC(1000); got != 1000 {
		t.Fatalf("callC(1000) = %v, want 1000", got)
	}
}
