package main

import (
	"runtime"
	"testing"
)

func TestGreeting(t *testing.T) {
	if got := greeting("Gopher"); got != "Hello, Gopher!" {
		t.Fatalf("greeting(Gopher) = %q", got)
	}
}

func TestPlatformIsTheBuildTarget(t *testing.T) {
	if got, want := platform(), runtime.GOOS+"/"+runtime.GOARCH; got != want {
		t.Fatalf("platform() = %q, want %q", got, want)
	}
}
