package main

import (
	"context"
	"encoding/binary"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// decoded is a record as the Java side reads it.
type decoded struct {
	nanos   int64
	level   int32
	message string
	attrs   []attr
}

// decodeAll reads records in the drain format, failing the test on a malformed one.
func decodeAll(t testing.TB, b []byte) []decoded {
	t.Helper()
	var out []decoded
	for len(b) > 0 {
		size := int(binary.LittleEndian.Uint32(b))
		if size < 24 || size > len(b) || size > maxRecord {
			t.Fatalf("record size %d with %d bytes left (max %d)", size, len(b), maxRecord)
		}
		r := b[4:size]
		d := decoded{nanos: int64(binary.LittleEndian.Uint64(r)), level: int32(binary.LittleEndian.Uint32(r[8:]))}
		n := int(binary.LittleEndian.Uint32(r[12:]))
		r = r[16:]
		str := func() string {
			l := int(binary.LittleEndian.Uint32(r))
			s := string(r[4 : 4+l])
			r = r[4+l:]
			return s
		}
		d.message = str()
		for range n {
			k := str()
			kind := r[0]
			r = r[1:]
			d.attrs = append(d.attrs, attr{key: k, kind: kind, value: str()})
		}
		if len(r) != 0 {
			t.Fatalf("record of %d bytes has %d bytes after its last attribute", size, len(r))
		}
		out = append(out, d)
		b = b[size:]
	}
	return out
}

func (d decoded) attr(key string) string {
	for _, a := range d.attrs {
		if a.key == key {
			return a.value
		}
	}
	return "<none>"
}

func drainAll(t testing.TB, b *logBuffer) []decoded {
	t.Helper()
	out := make([]byte, maxRecord)
	var all []decoded
	for {
		n := b.drain(out, 0)
		if n == 0 {
			return all
		}
		all = append(all, decodeAll(t, out[:n])...)
	}
}

func TestRecordsKeepTimeLevelMessageAndAttributesOfEveryKind(t *testing.T) {
	b := newLogBuffer(defaultCapacity)
	b.minLevel.Store(int64(slog.LevelDebug))
	logger := slog.New(&bufferHandler{buffer: b}).With("service", "shop").WithGroup("req")
	when := time.Date(2025, 3, 4, 5, 6, 7, 8, time.UTC)
	logger.Debug("looked up", "id", int64(-7), "n", uint64(1<<63), "f", 2.5, "ok", true,
		"took", 1500*time.Millisecond, "at", when, "who", "ann", slog.Group("user", "age", 33),
		slog.Group("empty"), "any", []int{1, 2})
	got := drainAll(t, b)
	if len(got) != 1 {
		t.Fatalf("want 1 record, got %d", len(got))
	}
	r := got[0]
	if r.level != int32(slog.LevelDebug) || r.message != "looked up" {
		t.Fatalf("level %d, message %q", r.level, r.message)
	}
	if age := time.Since(time.Unix(0, r.nanos)); age < 0 || age > time.Minute {
		t.Fatalf("record time %v is not the time it was logged", time.Unix(0, r.nanos))
	}
	want := []attr{
		{"service", kindString, "shop"},
		{"req.id", kindInt64, "-7"},
		{"req.n", kindUint64, "9223372036854775808"},
		{"req.f", kindFloat64, "2.5"},
		{"req.ok", kindBool, "true"},
		{"req.took", kindDuration, "1500000000"},
		{"req.at", kindTime, strconv.FormatInt(when.UnixNano(), 10)},
		{"req.who", kindString, "ann"},
		{"req.user.age", kindInt64, "33"},
		{"req.any", kindAny, "[1 2]"},
	}
	if fmt.Sprint(r.attrs) != fmt.Sprint(want) {
		t.Fatalf("attributes\n got %v\nwant %v", r.attrs, want)
	}
}

func TestRecordsBelowTheLevelAreNotBuilt(t *testing.T) {
	b := newLogBuffer(defaultCapacity)
	logger := slog.New(&bufferHandler{buffer: b})
	logger.Debug("hidden")
	logger.Info("shown")
	b.minLevel.Store(int64(slog.LevelError))
	logger.Warn("hidden too")
	got := drainAll(t, b)
	if len(got) != 1 || got[0].message != "shown" {
		t.Fatalf("got %v", got)
	}
}

func TestManyGoroutinesAllArriveInOrderPerGoroutine(t *testing.T) {
	const goroutines, records = 16, 2000
	b := newLogBuffer(64 << 10) // small: the drain below keeps up, or records are dropped and counted
	logger := slog.New(&bufferHandler{buffer: b})
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range records {
				logger.Info("r", "g", g, "i", i)
			}
		})
	}
	done := make(chan struct{})
	var got []decoded
	go func() {
		defer close(done)
		out := make([]byte, maxRecord)
		for {
			n := b.drain(out, 10*time.Millisecond)
			got = append(got, decodeAll(t, out[:n])...)
			if n == 0 && b.accepted.Load()+b.droppedTotal.Load() == goroutines*records && b.buffered() == 0 {
				return
			}
		}
	}()
	wg.Wait()
	<-done
	next := make([]int, goroutines)
	arrived, warned := 0, 0
	for _, r := range got {
		if r.message != "r" {
			n, _ := strconv.Atoi(r.attr("dropped"))
			warned += n
			continue
		}
		g, _ := strconv.Atoi(r.attr("g"))
		i, _ := strconv.Atoi(r.attr("i"))
		if i < next[g] {
			t.Fatalf("goroutine %d: record %d after record %d", g, i, next[g]-1)
		}
		next[g] = i + 1
		arrived++
	}
	dropped := int(b.droppedTotal.Load())
	if arrived+dropped != goroutines*records {
		t.Fatalf("%d arrived + %d dropped != %d logged", arrived, dropped, goroutines*records)
	}
	if warned != dropped {
		t.Fatalf("the warning records report %d dropped, but %d were", warned, dropped)
	}
}

func TestAFullBufferDropsCountsAndWarnsWhereTheGapIs(t *testing.T) {
	one := len(encode(time.Now(), slog.LevelInfo, "x", []attr{{"i", kindInt64, "0"}}, 0))
	b := newLogBuffer(10 * one)
	logger := slog.New(&bufferHandler{buffer: b})
	for i := range 25 { // nobody drains: 10 fit, 15 are dropped
		logger.Info("x", "i", i)
	}
	if got := b.droppedTotal.Load(); got != 15 {
		t.Fatalf("dropped %d, want 15", got)
	}
	// Draining makes room, and the warning takes its place after the last record kept.
	got := drainAll(t, b)
	if len(got) != 11 || got[9].attr("i") != "9" || got[10].level != int32(slog.LevelWarn) || got[10].attr("dropped") != "15" {
		t.Fatalf("kept %v", got)
	}
	logger.Info("x", "i", 25)
	if after := drainAll(t, b); len(after) != 1 || after[0].attr("i") != "25" {
		t.Fatalf("after the gap: %v", after)
	}
}

func TestLongTextIsCutAtARuneBoundaryAndEveryRecordFitsMaxRecord(t *testing.T) {
	b := newLogBuffer(maxCapacity)
	long := strings.Repeat("é", maxMessage) // 2 bytes a rune: the cut falls inside one unless it steps back
	var args []any
	for i := range 3 * maxAttrs {
		args = append(args, strings.Repeat("k", 500)+strconv.Itoa(i), long)
	}
	slog.New(&bufferHandler{buffer: b}).WithGroup(strings.Repeat("g", 300)).Info(long, args...)
	got := drainAll(t, b) // decodeAll checks the size against maxRecord
	r := got[0]
	if len(r.message) > maxMessage || !utf8.ValidString(r.message) || !strings.HasSuffix(r.message, "…") {
		t.Fatalf("message of %d bytes, valid UTF-8 %v", len(r.message), utf8.ValidString(r.message))
	}
	if len(r.attrs) != maxAttrs+1 || r.attr("attrs.dropped") != strconv.Itoa(2*maxAttrs) {
		t.Fatalf("%d attributes, attrs.dropped %s", len(r.attrs), r.attr("attrs.dropped"))
	}
	for _, a := range r.attrs[:maxAttrs] {
		if len(a.key) > maxKey || len(a.value) > maxValue || !utf8.ValidString(a.value) {
			t.Fatalf("attribute key %d bytes, value %d bytes", len(a.key), len(a.value))
		}
	}
}

func TestAWaitingDrainReturnsWhenWokenOrWhenARecordComes(t *testing.T) {
	b := newLogBuffer(defaultCapacity)
	out := make([]byte, maxRecord)
	result := make(chan int)
	go func() { result <- b.drain(out, time.Hour) }()
	b.wakeDrain()
	if n := <-result; n != 0 {
		t.Fatalf("woken with nothing buffered: %d bytes", n)
	}
	go func() { result <- b.drain(out, time.Hour) }()
	slog.New(&bufferHandler{buffer: b}).Info("hello")
	if n := <-result; n == 0 {
		t.Fatal("a record came, but the drain returned nothing")
	}
}

// The cost of one record in the library: what a goroutine that logs pays,
// whether or not Java drains (go test -bench Handle ./18-operations).
func BenchmarkHandle(b *testing.B) {
	buf := newLogBuffer(maxCapacity)
	logger := slog.New(&bufferHandler{buffer: buf}).With("goroutine", 1)
	ctx := context.Background()
	out := make([]byte, 1<<20)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		logger.InfoContext(ctx, "request served", "seq", i, "path", "/items")
		if i%1000 == 999 {
			for buf.drain(out, 0) > 0 {
			}
		}
	}
}
