package main

import (
	"context"
	"encoding/binary"
	"log/slog"
	"math"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// The library's log records travel to Java through a buffer, never through a
// call into Java: logBuffer's handler encodes each slog record into a bounded
// buffer in Go memory, and Java drains whole records from it on a thread of
// its own (logsDrain). A goroutine that logs never waits for Java, never
// enters the JVM, and never runs Java code on a thread that Go may end.

// Limits on one record, so that any record fits the caller's drain buffer.
const (
	maxMessage = 4 << 10 // bytes of the message kept; a longer one is cut at a rune boundary and ends "…"
	maxKey     = 128     // bytes of an attribute key (with its group prefix) kept
	maxValue   = 1 << 10 // bytes of an attribute value kept
	maxAttrs   = 32      // attributes kept; the rest are counted in the attribute "attrs.dropped"

	// maxRecord bounds the encoded size of one record: the header, the
	// message, maxAttrs attributes and the count of dropped ones.
	maxRecord = 24 + maxMessage + (maxAttrs+1)*(9+maxKey+maxValue)

	minCapacity     = maxRecord
	maxCapacity     = 64 << 20
	defaultCapacity = 1 << 20
)

// The kinds an attribute value is sent as, each as text (value.String()):
// slog's own kinds, with groups flattened into dotted keys and LogValuers
// resolved.
const (
	kindAny      = byte(slog.KindAny)
	kindBool     = byte(slog.KindBool)
	kindDuration = byte(slog.KindDuration)
	kindFloat64  = byte(slog.KindFloat64)
	kindInt64    = byte(slog.KindInt64)
	kindString   = byte(slog.KindString)
	kindTime     = byte(slog.KindTime)
	kindUint64   = byte(slog.KindUint64)
)

// noTime is the time sent for a record that has none.
const noTime = math.MinInt64

// logBuffer holds encoded records, oldest first, up to capacity bytes. put
// never blocks on the reader: a record that does not fit is dropped and
// counted, and a warning record that says how many goes where the gap is, as
// soon as there is room for it.
type logBuffer struct {
	mu       sync.Mutex
	data     []byte // whole records, each starting with its size
	capacity int
	dropped  int64 // records dropped since the last warning record

	accepted, droppedTotal atomic.Int64
	minLevel               atomic.Int64 // records below it are not even built (Enabled)
	wake                   chan struct{}
}

// docs:begin buffer

// put appends rec, or drops it when it does not fit: it never waits for the
// reader, whatever the reader is doing.
func (b *logBuffer) put(rec []byte) {
	b.mu.Lock()
	if b.warnDropped(len(rec)) && len(b.data)+len(rec) <= b.capacity {
		b.data = append(b.data, rec...)
		b.accepted.Add(1)
	} else {
		b.dropped++
		b.droppedTotal.Add(1)
	}
	b.mu.Unlock()
	select { // wake a drain waiting for records; never wait for one
	case b.wake <- struct{}{}:
	default:
	}
}

// docs:end buffer

// warnDropped appends the warning record for the records dropped since the
// last one, if it fits with room for next more bytes, and reports whether no
// drop is left unreported. b.mu must be held.
func (b *logBuffer) warnDropped(next int) bool {
	if b.dropped == 0 {
		return true
	}
	warning := encode(time.Now(), slog.LevelWarn, "Go dropped log records: the buffer was full",
		[]attr{{key: "dropped", kind: kindInt64, value: strconv.FormatInt(b.dropped, 10)}}, 0)
	if len(b.data)+len(warning)+next > b.capacity {
		return false
	}
	b.data = append(b.data, warning...)
	b.dropped = 0
	return true
}

// drain moves as many whole records as fit into out, oldest first, and
// returns their size in bytes. With none buffered it waits up to wait for
// one, and returns 0 if none came (or wakeDrain was called). out must hold at
// least maxRecord bytes, so the oldest record always fits.
func (b *logBuffer) drain(out []byte, wait time.Duration) int {
	if n := b.take(out); n > 0 || wait <= 0 {
		return n
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case <-b.wake:
		return b.take(out) // 0 when woken by wakeDrain, or when another drain took the record
	case <-timer.C:
		return 0
	}
}

// take moves the whole records that fit into out. The records leave the
// buffer only once they are copied: should out be bad memory (a panic the
// export recovers), they stay, and the deferred unlock keeps the buffer
// usable.
func (b *logBuffer) take(out []byte) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for n < len(b.data) {
		size := int(binary.LittleEndian.Uint32(b.data[n:]))
		if n+size > len(out) {
			break
		}
		n += size
	}
	if n == 0 {
		return 0
	}
	copy(out, b.data[:n])
	b.data = b.data[:copy(b.data, b.data[n:])]
	b.warnDropped(0) // the reader is back: say now how many it missed, if there is room
	return n
}

// wakeDrain makes a waiting drain return now.
func (b *logBuffer) wakeDrain() {
	select {
	case b.wake <- struct{}{}:
	default:
	}
}

func (b *logBuffer) buffered() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.data)
}

func (b *logBuffer) setCapacity(n int) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	old := b.capacity
	b.capacity = n
	return old
}

func newLogBuffer(capacity int) *logBuffer {
	b := &logBuffer{capacity: capacity, wake: make(chan struct{}, 1)}
	b.minLevel.Store(int64(slog.LevelInfo))
	return b
}

// docs:begin handler

// bufferHandler is the slog.Handler that writes into a logBuffer. It is safe
// for any number of goroutines at once; each record keeps the time slog gave
// it, so records from one goroutine arrive in the order it logged them.
type bufferHandler struct {
	buffer *logBuffer
	attrs  []attr // from WithAttrs, flattened, with their groups' prefix
	prefix string // from WithGroup: "group." for each group open
}

func (h *bufferHandler) Enabled(_ context.Context, level slog.Level) bool {
	return int64(level) >= h.buffer.minLevel.Load()
}

func (h *bufferHandler) Handle(_ context.Context, r slog.Record) error {
	attrs := make([]attr, 0, len(h.attrs)+r.NumAttrs())
	attrs = append(attrs, h.attrs...)
	r.Attrs(func(a slog.Attr) bool {
		attrs = flatten(attrs, h.prefix, a)
		return true
	})
	dropped := 0
	if len(attrs) > maxAttrs {
		dropped = len(attrs) - maxAttrs
		attrs = attrs[:maxAttrs]
	}
	h.buffer.put(encode(r.Time, r.Level, r.Message, attrs, dropped))
	return nil
}

// docs:end handler

func (h *bufferHandler) WithAttrs(as []slog.Attr) slog.Handler {
	attrs := append([]attr(nil), h.attrs...)
	for _, a := range as {
		attrs = flatten(attrs, h.prefix, a)
	}
	return &bufferHandler{buffer: h.buffer, attrs: attrs, prefix: h.prefix}
}

func (h *bufferHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	return &bufferHandler{buffer: h.buffer, attrs: h.attrs, prefix: h.prefix + name + "."}
}

// attr is one attribute as sent: a dotted key, a kind, and the value as text.
type attr struct {
	key   string
	kind  byte
	value string
}

// flatten appends a to attrs as slog's rules say: LogValuers resolved, an
// empty attribute ignored, a group's members under "group.", a group with
// an empty key inlined, an empty group ignored.
func flatten(attrs []attr, prefix string, a slog.Attr) []attr {
	v := a.Value.Resolve()
	if a.Key == "" && v.Equal(slog.Value{}) {
		return attrs
	}
	if v.Kind() == slog.KindGroup {
		inner := prefix
		if a.Key != "" {
			inner = prefix + a.Key + "."
		}
		for _, m := range v.Group() {
			attrs = flatten(attrs, inner, m)
		}
		return attrs
	}
	var text string
	switch v.Kind() {
	case slog.KindTime:
		text = strconv.FormatInt(v.Time().UnixNano(), 10)
	case slog.KindDuration:
		text = strconv.FormatInt(int64(v.Duration()), 10)
	default:
		text = v.String()
	}
	kind := byte(v.Kind())
	if v.Kind() == slog.KindLogValuer || v.Kind() == slog.KindGroup {
		kind = kindAny
	}
	return append(attrs, attr{key: prefix + a.Key, kind: kind, value: text})
}

// encode writes one record as the drain sends it, little-endian:
//
//	u32 size (of the whole record)   i64 time (Unix ns; noTime if none)
//	i32 level (slog.Level)           u32 number of attributes
//	str message                      then per attribute: str key, u8 kind, str value
//
// where str is a u32 length and that many bytes of UTF-8. dropped, when not
// 0, adds the attribute attrs.dropped.
func encode(t time.Time, level slog.Level, message string, attrs []attr, dropped int) []byte {
	if dropped > 0 {
		attrs = append(attrs[:len(attrs):len(attrs)], attr{key: "attrs.dropped", kind: kindInt64, value: strconv.Itoa(dropped)})
	}
	message = cut(message, maxMessage)
	size := 24 + len(message)
	for i := range attrs {
		attrs[i].key = cut(attrs[i].key, maxKey)
		attrs[i].value = cut(attrs[i].value, maxValue)
		size += 9 + len(attrs[i].key) + len(attrs[i].value)
	}
	nanos := int64(noTime)
	if !t.IsZero() {
		nanos = t.UnixNano()
	}
	b := make([]byte, 0, size)
	b = binary.LittleEndian.AppendUint32(b, uint32(size))
	b = binary.LittleEndian.AppendUint64(b, uint64(nanos))
	b = binary.LittleEndian.AppendUint32(b, uint32(int32(level)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(attrs)))
	b = appendString(b, message)
	for _, a := range attrs {
		b = appendString(b, a.key)
		b = append(b, a.kind)
		b = appendString(b, a.value)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(s)))
	return append(b, s...)
}

// cut returns s, or its longest prefix of at most max-3 bytes that ends at a
// rune boundary followed by "…", so the result is at most max bytes.
func cut(s string, max int) string {
	if len(s) <= max {
		return s
	}
	const ellipsis = "…"
	n := max - len(ellipsis)
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + ellipsis
}
