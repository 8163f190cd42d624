package main

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// The offsets utf16Offsets gives are the lengths, in UTF-16 units, of the
// text's prefixes: checked at every rune boundary of texts with 1-, 2-, 3-
// and 4-byte characters.
func TestUTF16OffsetsAreUTF16PrefixLengths(t *testing.T) {
	for _, text := range []string{"", "abc", "héllo", "世界", "a🙂b", "🙂🙂", "x\x00y", "ё😀世a\U0010FFFF"} {
		b := []byte(text)
		var offs []int
		for i := range text { // rune starts, in order
			offs = append(offs, i)
		}
		offs = append(offs, len(b))
		dst := make([]int64, len(offs))
		utf16Offsets(b, offs, dst)
		for i, off := range offs {
			want := int64(len(utf16.Encode([]rune(text[:off]))))
			if dst[i] != want {
				t.Errorf("%q: byte offset %d -> %d, want %d", text, off, dst[i], want)
			}
		}
	}
}

func TestCompileRefusesWhatRE2DoesNotHaveNamingTheConstruct(t *testing.T) {
	for pattern, want := range map[string]string{
		`(a)\1`:                   "invalid escape sequence: `\\1` (a backreference: RE2 leaves it out, since matching backreferences is NP-hard)",
		`a(?=b)`:                  "invalid or unsupported Perl syntax: `(?=` (a lookahead: RE2 leaves it out by design)",
		`a(?!b)`:                  "invalid or unsupported Perl syntax: `(?!` (a lookahead: RE2 leaves it out by design)",
		`(?<=a)b`:                 "invalid named capture: `(?<=a)b` (a lookbehind: RE2 leaves it out by design)",
		`(?<!a)b`:                 "invalid named capture: `(?<!a)b` (a lookbehind: RE2 leaves it out by design)",
		`(?>a)b`:                  "invalid or unsupported Perl syntax: `(?>` (an atomic group: RE2 leaves it out by design)",
		`a*+`:                     "invalid nested repetition operator: `*+` (a possessive quantifier: RE2 leaves it out by design)",
		`(?<n>a)b`:                "", // Go's named group compiles
		`a{1001}`:                 "invalid repeat count: `{1001}`",
		`((a{1000}){1000}){1000}`: "invalid repeat count",
		strings.Repeat("(?:abcdefghij){1000}", 400):           "expression too large",
		strings.Repeat("(", 1001) + strings.Repeat(")", 1001): "expression nests too deeply",
		`a)|(b`: "unexpected )",
	} {
		_, err := compile(pattern)
		if want == "" {
			if err != nil {
				t.Errorf("compile(%q): %v", pattern, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("compile(%.40q) = %v, want an error containing %q", pattern, err, want)
		}
	}
}

// The whole-input form: a pattern whose alternation would match a prefix first still matches
// the whole text, as Matcher.matches does.
func TestWholeMatchesTheWholeInput(t *testing.T) {
	p, err := compile(`a|ab`)
	if err != nil {
		t.Fatal(err)
	}
	if !p.whole.MatchString("ab") || p.whole.MatchString("abc") || p.whole.MatchString("b") {
		t.Error("whole: want ab only")
	}
}

func TestInputRefusesInvalidUTF8AndNegativeSizes(t *testing.T) {
	b := []byte("ab\xffc")
	if _, err := input(&b[0], int64(len(b)), "text"); err == nil || err.Error() != "text is not valid UTF-8 (at byte 2)" {
		t.Errorf("got %v", err)
	}
	if _, err := input(&b[0], -1, "text"); err == nil || err.Error() != "textN is -1, want at least 0" {
		t.Errorf("got %v", err)
	}
	if _, err := input(nil, 3, "text"); err == nil || err.Error() != "text is NULL but textN is 3" {
		t.Errorf("got %v", err)
	}
	if got, err := input(nil, 0, "text"); err != nil || len(got) != 0 {
		t.Errorf("empty: %v %v", got, err)
	}
	if !utf8.Valid(nil) {
		t.Fatal("nil is valid UTF-8")
	}
}
