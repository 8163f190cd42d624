// Lesson 17: a real Go library behind a Java API. Go's regexp package
// (RE2 syntax and semantics) matches in time linear in the input, whatever
// the pattern; java.util.regex backtracks, and some patterns take it
// polynomial or exponential time.
//
// Nothing here is new: it is the tutorial's patterns, put together.
//   - A compiled pattern lives behind a cgo handle, through the ledger
//     (lesson 12); a freed, forged or mistyped handle is an error.
//   - Every export that can fail returns -1 (or a 0 handle) and writes Go's
//     message into the caller's errOut buffer, cut to fit (lessons 10, 12):
//     a failure allocates nothing, so it cannot leak.
//   - Text arrives as UTF-8 bytes and a length, not as a C string, so it may
//     hold NUL; it is read during the call only, never kept (lesson 04).
//   - Results go into caller buffers, never past their size; a result that
//     does not fit writes nothing and returns the size it needs (lesson 04).
//   - Many texts cross in one call, as one buffer and an offsets array
//     (lessons 05 and 06).
//   - A *regexp.Regexp is safe for use by many goroutines at once (its
//     package documentation says so), so calls on one handle may come from
//     many Java threads (lesson 13).
//
// Go reports byte offsets into UTF-8; Java indexes UTF-16 chars. Every
// offset leaves Go converted to UTF-16, in one function: utf16Offsets.
package main

import "C"

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
	"unsafe"

	"gofromjava/internal/cbuf"
	"gofromjava/internal/guard"
	"gofromjava/internal/ledger"
)

// pattern is a compiled regular expression and its whole-input form.
type pattern struct {
	find  *regexp.Regexp // as written: leftmost-first, like java.util.regex's find
	whole *regexp.Regexp // \A(?:...)\z: the whole input, like Matcher.matches
}

// docs:begin compile

// regexCompile compiles the patternN bytes of UTF-8 at pattern with Go's
// regexp.Compile and returns the handle of the compiled pattern, which the
// caller owns and must give back to regexFree, once. The handle is never 0.
// It returns 0, and writes Go's message and a NUL into the errN bytes at
// errOut (cut to fit), when the pattern does not compile (Go's message names
// the construct: "invalid escape sequence: `\1`", "invalid or unsupported
// Perl syntax: `(?=`", "invalid repeat count", "expression too large"), when
// patternN is negative, when pattern is NULL and patternN > 0, and on a
// panic. It keeps no pointer to pattern.
//
//export regexCompile
func regexCompile(pat *byte, patN int64, errOut *C.char, errN int64) (handle uintptr) {
	defer guard.RecoverAsError(func(msg string) { handle = 0; fail(errOut, errN, msg) })
	src, err := input(pat, patN, "pattern")
	if err != nil {
		fail(errOut, errN, err.Error())
		return 0
	}
	p, err := compile(string(src)) // string(...) copies: Go keeps none of the caller's memory
	if err != nil {
		fail(errOut, errN, err.Error())
		return 0
	}
	return ledger.NewHandle(p)
}

// regexFree deletes the pattern's handle. After it, every use of the handle
// is an error, a second regexFree included. It returns 0, or -1 with the
// message in errOut.
//
//export regexFree
func regexFree(handle uintptr, errOut *C.char, errN int64) (status int64) {
	defer guard.RecoverAsError(func(msg string) { status = -1; fail(errOut, errN, msg) })
	if _, err := ledger.HandleValue[*pattern](handle); err != nil {
		return fail(errOut, errN, err.Error())
	}
	if err := ledger.DeleteHandle(handle); err != nil { // another thread freed it first
		return fail(errOut, errN, err.Error())
	}
	return 0
}

// docs:end compile

// compile is regexCompile on Go values.
func compile(src string) (*pattern, error) {
	find, err := regexp.Compile(src)
	if err != nil {
		return nil, explain(err)
	}
	// Safe only because src compiled on its own: a wrapped "a)|(b" would compile.
	whole, err := regexp.Compile(`\A(?:` + src + `)\z`)
	if err != nil {
		return nil, err
	}
	return &pattern{find: find, whole: whole}, nil
}

// docs:begin explain

// explain adds what a Java developer needs to Go's message when the pattern
// uses what java.util.regex has and RE2 has not. Go reports a lookbehind as
// "invalid named capture", since (?<name>...) is Go's named group.
func explain(err error) error {
	var se *syntax.Error
	if !errors.As(err, &se) {
		return err
	}
	var why string
	switch {
	case se.Code == syntax.ErrInvalidEscape && len(se.Expr) == 2 && se.Expr[1] >= '1' && se.Expr[1] <= '9':
		// NP-hard (Aho, 1990): no known algorithm matches backreferences in polynomial time.
		return fmt.Errorf("%w (a backreference: RE2 leaves it out, since matching backreferences is NP-hard)", err)
	case se.Code == syntax.ErrInvalidNamedCapture && (strings.HasPrefix(se.Expr, "(?<=") || strings.HasPrefix(se.Expr, "(?<!")):
		why = "a lookbehind"
	case se.Code == syntax.ErrInvalidPerlOp && (se.Expr == "(?=" || se.Expr == "(?!"):
		why = "a lookahead"
	case se.Code == syntax.ErrInvalidPerlOp && se.Expr == "(?>":
		why = "an atomic group"
	case se.Code == syntax.ErrInvalidRepeatOp && strings.HasSuffix(se.Expr, "+") && len(se.Expr) >= 2 && strings.ContainsRune("*+?}", rune(se.Expr[len(se.Expr)-2])):
		why = "a possessive quantifier"
	case se.Code == syntax.ErrInvalidRepeatSize:
		return fmt.Errorf("%w (Go's limit: {m,n} counts at most 1000, and nested counts multiplied together at most 1000)", err)
	case se.Code == syntax.ErrLarge || se.Code == syntax.ErrNestingDepth:
		return fmt.Errorf("%w (Go's limit on the compiled program)", err)
	default:
		return err
	}
	// RE2 leaves these out by choice (lookaround, for one, can be matched in linear time), and
	// the message claims no more than that.
	return fmt.Errorf("%w (%s: RE2 leaves it out by design)", err, why)
}

// docs:end explain

// regexMatches returns 1 if the pattern matches the whole of the textN bytes
// at text, 0 if not, and -1 with the message in errOut for a bad handle, a
// negative textN, a NULL text with textN > 0, text that is not UTF-8, or a
// panic.
//
//export regexMatches
func regexMatches(handle uintptr, text *byte, textN int64, errOut *C.char, errN int64) (result int64) {
	defer guard.RecoverAsError(func(msg string) { result = -1; fail(errOut, errN, msg) })
	p, b, err := begin(handle, text, textN)
	if err != nil {
		return fail(errOut, errN, err.Error())
	}
	if p.whole.Match(b) {
		return 1
	}
	return 0
}

// docs:begin findAll

// regexFindAll finds the successive non-overlapping matches of the pattern
// in the textN bytes of UTF-8 at text, at most limit of them (all when limit
// is negative), as Go's FindAllIndex does, and returns how many it found.
// When out has room for them, 2 int64s a match (outN counts int64s), it
// writes each match's start and end there, as UTF-16 indices into the text:
// the indices of a Java String. When it has not, it writes nothing, and the
// caller asks again with an out of 2 times the returned count; out may be
// NULL when outN is 0, to ask for the count alone. It never writes at or
// past out[outN]. It returns -1 with the message in errOut for a bad handle,
// a negative textN or outN, a NULL text with textN > 0, text that is not
// UTF-8, or a panic.
//
//export regexFindAll
func regexFindAll(handle uintptr, text *byte, textN int64, limit int64, out *int64, outN int64, errOut *C.char, errN int64) (found int64) {
	defer guard.RecoverAsError(func(msg string) { found = -1; fail(errOut, errN, msg) })
	p, b, err := begin(handle, text, textN)
	if err != nil {
		return fail(errOut, errN, err.Error())
	}
	if outN < 0 {
		return fail(errOut, errN, fmt.Sprintf("outN is %d, want at least 0", outN))
	}
	n := -1
	if limit >= 0 && limit < int64(len(b))+2 { // there are never more than len(b)+1 matches
		n = int(limit)
	}
	matches := p.find.FindAllIndex(b, n)
	count := int64(len(matches))
	if 2*count > outN {
		return count
	}
	dst := unsafe.Slice(out, 2*count) // count > 0 implies out has room, so out is not NULL
	flat := make([]int, 0, 2*count)
	for _, m := range matches {
		flat = append(flat, m[0], m[1])
	}
	utf16Offsets(b, flat, dst)
	return count
}

// docs:end findAll

// docs:begin replace

// regexReplaceAll replaces every match of the pattern in the textN bytes at
// text with the replN bytes at repl, in which $1, ${1} and ${name} stand for
// the match's groups and $$ for a dollar (Go's Regexp.Expand), and returns
// the length in bytes of the result. When the result fits in the outN bytes
// at out it writes it there, with no NUL (it may hold NUL bytes itself); when
// it does not, it writes nothing, and the caller asks again with an out of
// the returned size. It never writes at or past out[outN]. It returns -1 with
// the message in errOut on the inputs regexFindAll refuses, and for a bad
// repl, as for text.
//
//export regexReplaceAll
func regexReplaceAll(handle uintptr, text *byte, textN int64, repl *byte, replN int64, out *byte, outN int64, errOut *C.char, errN int64) (size int64) {
	defer guard.RecoverAsError(func(msg string) { size = -1; fail(errOut, errN, msg) })
	p, b, err := begin(handle, text, textN)
	if err != nil {
		return fail(errOut, errN, err.Error())
	}
	r, err := input(repl, replN, "repl")
	if err != nil {
		return fail(errOut, errN, err.Error())
	}
	if outN < 0 {
		return fail(errOut, errN, fmt.Sprintf("outN is %d, want at least 0", outN))
	}
	result := p.find.ReplaceAll(b, r) // a new Go slice: it holds no pointer to text or repl
	if int64(len(result)) <= outN {
		copy(unsafe.Slice(out, outN), result)
	}
	return int64(len(result))
}

// docs:end replace

// docs:begin findEach

// regexFindEach tests count texts in one call: text i is the bytes
// data[offsets[i]:offsets[i+1]] (count+1 offsets, as an Arrow string column
// keeps them), and found[i] becomes 1 when the pattern matches somewhere in
// it, 0 when not. It returns how many texts have a match. It returns -1,
// with the message in errOut and found left as it was, for a bad handle, a
// count below 0 or from 2^40 on, a negative dataN, a NULL data, offsets or
// found where their sizes need them, offsets that decrease or leave [0, dataN], a text that is not
// UTF-8, or a panic.
//
//export regexFindEach
func regexFindEach(handle uintptr, data *byte, dataN int64, offsets *int64, count int64, found *byte, errOut *C.char, errN int64) (matched int64) {
	defer guard.RecoverAsError(func(msg string) { matched = -1; fail(errOut, errN, msg) })
	p, all, err := begin(handle, data, dataN)
	if err != nil {
		return fail(errOut, errN, err.Error())
	}
	if count < 0 || count >= 1<<40 {
		return fail(errOut, errN, fmt.Sprintf("count is %d, want 0 <= count < 2^40", count))
	}
	if offsets == nil || (count > 0 && found == nil) {
		return fail(errOut, errN, "offsets and found must not be NULL")
	}
	offs := unsafe.Slice(offsets, count+1)
	for i := range count {
		if offs[i] < 0 || offs[i] > offs[i+1] || offs[i+1] > dataN {
			return fail(errOut, errN, fmt.Sprintf("offsets[%d:%d] = %d, %d: not in order within the %d bytes of data",
				i, i+2, offs[i], offs[i+1], dataN))
		}
		if !runeStart(all, offs[i]) || !runeStart(all, offs[i+1]) { // data is UTF-8, so then every text is
			return fail(errOut, errN, fmt.Sprintf("text %d is not valid UTF-8: its bounds %d, %d split a character",
				i, offs[i], offs[i+1]))
		}
	}
	if count == 0 {
		return 0
	}
	results := make([]byte, count) // written to found only once every text is done
	for i := range count {
		if p.find.Match(all[offs[i]:offs[i+1]]) {
			results[i] = 1
			matched++
		}
	}
	copy(unsafe.Slice(found, count), results)
	return matched
}

// docs:end findEach

// begin resolves the handle and checks the text: the first steps of every
// matching export.
func begin(handle uintptr, text *byte, textN int64) (*pattern, []byte, error) {
	p, err := ledger.HandleValue[*pattern](handle)
	if err != nil {
		return nil, nil, err
	}
	b, err := input(text, textN, "text")
	if err != nil {
		return nil, nil, err
	}
	return p, b, nil
}

// docs:begin input

// input is the n bytes at p, as a slice over the caller's memory that must
// not outlive the call, after checking n and that they are UTF-8. Go's
// regexp would match invalid bytes as U+FFFD, one byte each, and its
// offsets would no longer name Java chars; Java's strings always encode to
// valid UTF-8, so only a caller past the Java API can send invalid bytes.
func input(p *byte, n int64, name string) ([]byte, error) {
	if n < 0 {
		return nil, fmt.Errorf("%sN is %d, want at least 0", name, n)
	}
	if p == nil && n > 0 {
		return nil, fmt.Errorf("%s is NULL but %sN is %d", name, name, n)
	}
	b := cbuf.Bytes(unsafe.Pointer(p), n)
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("%s is not valid UTF-8 (at byte %d)", name, invalidAt(b))
	}
	return b, nil
}

// docs:end input

// runeStart reports whether offset off of b starts a UTF-8 sequence or is len(b).
func runeStart(b []byte, off int64) bool {
	return off == int64(len(b)) || utf8.RuneStart(b[off])
}

// invalidAt is the offset of the first byte of b that does not start a valid
// UTF-8 sequence.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// docs:begin utf16

// utf16Offsets writes into dst[i] the UTF-16 index (Java's char index) of
// the byte offset offs[i] into text, for offsets in non-decreasing order, each
// at the start of a UTF-8 sequence or at len(text), in valid UTF-8: all that
// regexp's match offsets are. One pass over text, however many offsets. Each
// code point is one UTF-16 unit, or two (a surrogate pair) above U+FFFF, whose
// UTF-8 form starts with a byte 0xF0 to 0xF4; so the units before an offset
// are the bytes that start a sequence, plus one for each 4-byte lead.
func utf16Offsets(text []byte, offs []int, dst []int64) {
	pos, units := 0, int64(0)
	for i, off := range offs {
		for ; pos < off; pos++ {
			c := text[pos]
			if c&0xC0 != 0x80 { // not a continuation byte: a code point starts here
				units++
				if c >= 0xF0 {
					units++
				}
			}
		}
		dst[i] = units
	}
}

// docs:end utf16

// fail writes msg into the caller's message buffer, cut to fit, and returns -1.
func fail(errOut *C.char, errN int64, msg string) int64 {
	cbuf.PutPrefix(unsafe.Pointer(errOut), errN, msg)
	return -1
}

// main is required by -buildmode=c-shared and never runs.
func main() {}
