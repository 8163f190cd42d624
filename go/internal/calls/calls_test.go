package calls

import "testing"

func TestTakeCountsSinceTheLastTake(t *testing.T) {
	Take()
	for _, n := range []int64{5, 16384, 3} {
		Record(n)
	}
	if c, e, m := Take(); c != 3 || e != 16392 || m != 16384 {
		t.Fatalf("Take = %d calls, %d elements, most %d; want 3, 16392, 16384", c, e, m)
	}
	if c, e, m := Take(); c != 0 || e != 0 || m != 0 {
		t.Fatalf("a second Take = %d, %d, %d; want zeros", c, e, m)
	}
}
