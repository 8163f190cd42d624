package ledger

import (
	"strings"
	"testing"
)

func TestHandlesBalance(t *testing.T) {
	base := LiveHandles()
	h := NewHandle("text")
	if h == 0 {
		t.Fatal("NewHandle returned 0")
	}
	if got := LiveHandles() - base; got != 1 {
		t.Fatalf("live handles after NewHandle = base%+d, want base+1", got)
	}
	if v, err := HandleValue[string](h); err != nil || v != "text" {
		t.Fatalf("HandleValue = %q, %v; want \"text\", nil", v, err)
	}
	if err := DeleteHandle(h); err != nil {
		t.Fatalf("DeleteHandle: %v", err)
	}
	if got := LiveHandles() - base; got != 0 {
		t.Fatalf("live handles after DeleteHandle = base%+d, want base", got)
	}
}

func TestFreedForgedAndMistypedHandlesAreErrors(t *testing.T) {
	base := LiveHandles()
	h := NewHandle(42)
	if _, err := HandleValue[string](h); err == nil || !strings.Contains(err.Error(), "holds a int") {
		t.Errorf("HandleValue[string] of an int handle: err = %v, want \"holds a int\"", err)
	}
	if err := DeleteHandle(h); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []uintptr{h, 0, h + 1000, ^uintptr(0)} {
		if _, err := HandleValue[int](bad); err == nil || !strings.Contains(err.Error(), "invalid handle") {
			t.Errorf("HandleValue(%d): err = %v, want \"invalid handle\"", bad, err)
		}
		if err := DeleteHandle(bad); err == nil {
			t.Errorf("DeleteHandle(%d) of a dead handle: no error", bad)
		}
	}
	if got := LiveHandles() - base; got != 0 {
		t.Fatalf("live handles = base%+d, want base", got)
	}
}
