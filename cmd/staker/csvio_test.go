package main

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/softstake/staker/money"
)

func mustToken(t testing.TB, symbol string) money.Token {
	t.Helper()
	tok, err := money.Lookup(symbol)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestCSVSplit(t *testing.T) {
	tests := []struct {
		name    string
		give    string
		want    []string
		wantErr string
	}{
		{name: "plain", give: "a,b,c", want: []string{"a", "b", "c"}},
		{name: "empty fields", give: ",,", want: []string{"", "", ""}},
		{name: "one field", give: "abc", want: []string{"abc"}},
		{name: "spaces kept", give: " a , b", want: []string{" a ", " b"}},
		{name: "quoted comma", give: `"a,b",c`, want: []string{"a,b", "c"}},
		{name: "escaped quote", give: `"say ""hi""",x`, want: []string{`say "hi"`, "x"}},
		{name: "empty quoted", give: `"",x,""`, want: []string{"", "x", ""}},
		{name: "quoted last", give: `x,"y"`, want: []string{"x", "y"}},
		{name: "unclosed quote", give: `"abc,d`, wantErr: "quoted field not closed on its line"},
		{name: "text after quote", give: `"ab"c,d`, wantErr: "text after the closing quote"},
		{name: "bare quote", give: `ab"c,d`, wantErr: "quote inside an unquoted field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newCSVReader("f.csv", strings.NewReader(""), nil)
			r.line = 3
			err := r.split([]byte(tt.give))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "f.csv:3: ") {
					t.Fatalf("split(%q) error = %v, want f.csv:3: …%s", tt.give, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range r.fields {
				got = append(got, string(f))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Fatalf("split(%q) = %q, want %q", tt.give, got, tt.want)
			}
		})
	}
}

func TestCSVHeader(t *testing.T) {
	tests := []struct {
		name     string
		give     string
		wantCols map[string]int
		wantErr  string
	}{
		{name: "in order", give: "user_id,avg_balance,eligible\n", wantCols: map[string]int{"user_id": 0, "avg_balance": 1, "eligible": 2}},
		{name: "any order", give: "avg_balance,user_id\n", wantCols: map[string]int{"user_id": 1, "avg_balance": 0, "eligible": -1}},
		{name: "bom and crlf", give: "\xef\xbb\xbfuser_id,avg_balance\r\n", wantCols: map[string]int{"user_id": 0, "avg_balance": 1, "eligible": -1}},
		{name: "blank lines first", give: "\n\r\nuser_id,avg_balance\n", wantCols: map[string]int{"user_id": 0, "avg_balance": 1, "eligible": -1}},
		{name: "quoted names", give: `"user_id","avg_balance"` + "\n", wantCols: map[string]int{"user_id": 0, "avg_balance": 1, "eligible": -1}},
		{name: "empty file", give: "", wantErr: `f.csv:1: no header line (want user_id,avg_balance,eligible)`},
		{name: "only blank lines", give: "\n\n", wantErr: `f.csv:2: no header line`},
		{name: "missing column", give: "user_id\n", wantErr: `f.csv:1: missing column "avg_balance"`},
		{name: "unknown column", give: "user_id,avg_balance,eligble\n", wantErr: `f.csv:1: unknown column "eligble"`},
		{name: "column twice", give: "user_id,avg_balance,user_id\n", wantErr: `f.csv:1: column "user_id" appears twice`},
		{name: "optional twice", give: "user_id,avg_balance,eligible,eligible\n", wantErr: `f.csv:1: column "eligible" appears twice`},
		{name: "case matters", give: "User_Id,avg_balance\n", wantErr: `f.csv:1: unknown column "User_Id"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newCSVReader("f.csv", strings.NewReader(tt.give), nil)
			got, err := r.header([]string{"user_id", "avg_balance"}, []string{"eligible"})
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("header error = %v, want %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantCols) {
				t.Fatalf("header = %v, want %v", got, tt.wantCols)
			}
		})
	}
}

func TestCSVRows(t *testing.T) {
	in := "user_id,avg_balance\r\na,1\r\n\r\nb,2\n\"c,d\",3\ne\n"
	r := newCSVReader("f.csv", strings.NewReader(in), nil)
	if _, err := r.header([]string{"user_id", "avg_balance"}, nil); err != nil {
		t.Fatal(err)
	}
	var got []string
	for {
		ok, err := r.next()
		if err != nil {
			if err.Error() != "f.csv:6: 1 fields, the header has 2" {
				t.Fatalf("error %v", err)
			}
			break
		}
		if !ok {
			t.Fatal("end of input before the short row")
		}
		got = append(got, fmt.Sprintf("%d:%s=%s", r.line, r.fields[0], r.fields[1]))
	}
	if want := "2:a=1 4:b=2 5:c,d=3"; strings.Join(got, " ") != want {
		t.Fatalf("rows %q, want %q", got, want)
	}
}

func TestCSVLineTooLong(t *testing.T) {
	r := newCSVReader("f.csv", strings.NewReader("user_id,avg_balance\n"+strings.Repeat("x", 2<<20)+"\n"), nil)
	if _, err := r.header([]string{"user_id", "avg_balance"}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := r.next(); err == nil || !strings.HasPrefix(err.Error(), "f.csv:2: line longer than") {
		t.Fatalf("error = %v", err)
	}
}

func TestCSVProgress(t *testing.T) {
	var progress bytes.Buffer
	r := newCSVReader("f.csv", strings.NewReader("user_id\na\nb\nc\nd\ne\n"), &progress)
	r.every = 2
	if _, err := r.header([]string{"user_id"}, nil); err != nil {
		t.Fatal(err)
	}
	for {
		ok, err := r.next()
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
	}
	if want := "f.csv: 2 rows read\nf.csv: 4 rows read\n"; progress.String() != want {
		t.Fatalf("progress %q, want %q", progress.String(), want)
	}
}

func TestCSVFields(t *testing.T) {
	sol := mustToken(t, "SOL")
	r := newCSVReader("f.csv", strings.NewReader(""), nil)
	r.line = 9
	tests := []struct {
		name    string
		give    func() error
		wantErr string
	}{
		{name: "empty user", give: func() error { return r.userField(nil) }, wantErr: "f.csv:9: empty user_id"},
		{name: "bool", give: func() error { _, err := r.boolField("eligible", []byte("yes")); return err }, wantErr: `f.csv:9: eligible: "yes" is not true or false`},
		{name: "amount", give: func() error { _, err := r.amountField(sol, "balance", []byte("1.0000000001")); return err }, wantErr: `f.csv:9: balance: amount "1.0000000001": too many decimals (SOL has 9)`},
		{name: "time", give: func() error { _, err := r.timeField("time", []byte("yesterday")); return err }, wantErr: `f.csv:9: time: "yesterday" is not an RFC 3339 time`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.give()
			if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want %s", err, tt.wantErr)
			}
		})
	}
}

func TestParseUnits(t *testing.T) {
	sol, near := mustToken(t, "SOL"), mustToken(t, "NEAR")
	tests := []struct {
		name    string
		give    string
		token   money.Token
		want    string // base units
		wantErr error
	}{
		{name: "whole", give: "12", token: sol, want: "12000000000"},
		{name: "fraction", give: "12.5", token: sol, want: "12500000000"},
		{name: "one unit", give: "0.000000001", token: sol, want: "1"},
		{name: "leading zeros", give: "007.10", token: sol, want: "7100000000"},
		{name: "near above 2^128", give: "340282366920938.463463374607431768211456", token: near, want: "340282366920938463463374607431768211456"},
		{name: "near 53 digits", give: "12345678901234567890123456789.123456789012345678901234", token: near, want: "12345678901234567890123456789123456789012345678901234"},
		{name: "largest", give: "115792089237316195423570985008687907853269984665640564039457.584007913129639935", token: mustToken(t, "BNB"), want: "115792089237316195423570985008687907853269984665640564039457584007913129639935"},
		{name: "overflow", give: "115792089237316195423570985008687907853269984665640564039457.584007913129639936", token: mustToken(t, "BNB"), wantErr: money.ErrOverflow},
		{name: "too many decimals", give: "1.0000000000", token: sol, wantErr: money.ErrTooManyDecimals},
		{name: "negative", give: "-1", token: sol, wantErr: money.ErrNegative},
		{name: "empty", give: "", token: sol, wantErr: money.ErrSyntax},
		{name: "dot", give: "1.", token: sol, wantErr: money.ErrSyntax},
		{name: "exponent", give: "1e9", token: sol, wantErr: money.ErrSyntax},
		{name: "space", give: "1 ", token: sol, wantErr: money.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseUnits(tt.token, []byte(tt.give))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("parseUnits(%q) error = %v, want %v", tt.give, err, tt.wantErr)
			}
			if err == nil && got.Dec() != tt.want {
				t.Fatalf("parseUnits(%q) = %s, want %s", tt.give, got.Dec(), tt.want)
			}
		})
	}
}

// FuzzParseUnits checks the allocation-free parser against money.Token.Parse: the same value
// or the same refusal, for every token.
func FuzzParseUnits(f *testing.F) {
	for _, s := range []string{"0", "1", "12.5", "0.000000001", "007.10", "1.", ".5", "-1", "1e3", "99999999999999999999.999999999999999999", "1" + strings.Repeat("0", 60)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range money.Tokens() {
			got, err := parseUnits(tok, []byte(s))
			want, wantErr := tok.Parse(s)
			if (err == nil) != (wantErr == nil) {
				t.Fatalf("%s %q: parseUnits error %v, money error %v", tok, s, err, wantErr)
			}
			if err == nil && got.ToBig().Cmp(want.Big()) != 0 {
				t.Fatalf("%s %q: parseUnits %s, money %s", tok, s, got.Dec(), want)
			}
		}
	})
}

// FuzzFormatUnits checks appendUnits against money.Token.Format for values of every size.
func FuzzFormatUnits(f *testing.F) {
	f.Add([]byte{0})
	f.Add([]byte{1})
	f.Add(bytes.Repeat([]byte{0xff}, 32))
	f.Add([]byte{0x0d, 0xe0, 0xb6, 0xb3, 0xa7, 0x64, 0x00, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 32 {
			b = b[:32]
		}
		var u uint256.Int
		u.SetBytes(b)
		for _, tok := range money.Tokens() {
			a, err := money.FromBig(u.ToBig())
			if err != nil {
				t.Fatal(err)
			}
			if got, want := string(appendUnits(nil, int(tok.Decimals), &u)), tok.Format(a); got != want {
				t.Fatalf("%s %s: appendUnits %q, money %q", tok, u.Dec(), got, want)
			}
		}
		if got := string(appendDecimal(nil, &u)); got != u.Dec() {
			t.Fatalf("appendDecimal %q, want %q", got, u.Dec())
		}
	})
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		give    string
		want    time.Time
		wantErr bool
	}{
		{give: "2025-03-01T12:30:00Z", want: time.Date(2025, 3, 1, 12, 30, 0, 0, time.UTC)},
		{give: "2025-03-01T12:30:00.5Z", want: time.Date(2025, 3, 1, 12, 30, 0, 5e8, time.UTC)},
		{give: "2025-03-01T12:30:00.123456789Z", want: time.Date(2025, 3, 1, 12, 30, 0, 123456789, time.UTC)},
		{give: "2025-03-01T14:30:00+02:00", want: time.Date(2025, 3, 1, 12, 30, 0, 0, time.UTC)},
		{give: "2024-02-29T00:00:00Z", want: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)},
		{give: "2025-02-29T00:00:00Z", wantErr: true},
		{give: "2025-03-01T24:00:00Z", wantErr: true},
		{give: "2025-03-01T12:60:00Z", wantErr: true},
		{give: "2025-03-01T12:30:00.1234567890Z", wantErr: true},
		{give: "2025-03-01T12:30:00.Z", wantErr: true},
		{give: "2025-03-01 12:30:00Z", wantErr: true},
		{give: "2025-03-01", wantErr: true},
		{give: "1740832200", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got, err := parseTime([]byte(tt.give))
			if (err != nil) != tt.wantErr || (err == nil && !got.Equal(tt.want)) {
				t.Fatalf("parseTime(%q) = %v, %v; want %v (error %v)", tt.give, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

// FuzzParseTime checks the hand-written parser against time.Parse: whatever it accepts,
// time.Parse accepts as the same instant.
func FuzzParseTime(f *testing.F) {
	for _, s := range []string{"2025-03-01T12:30:00Z", "2025-03-01T12:30:00.123456789Z", "2024-02-29T23:59:59.9Z", "0000-01-01T00:00:00Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := parseTimeFast([]byte(s))
		if !ok {
			return
		}
		want, err := time.Parse(time.RFC3339Nano, s)
		if err != nil || !got.Equal(want) {
			t.Fatalf("%q: fast %v, time.Parse %v, %v", s, got, want, err)
		}
	})
}

func TestAppendUser(t *testing.T) {
	tests := []struct{ give, want string }{
		{give: "alice", want: "alice"},
		{give: "a,b", want: `"a,b"`},
		{give: `say "hi"`, want: `"say ""hi"""`},
	}
	for _, tt := range tests {
		got := string(appendUser(nil, tt.give))
		if got != tt.want {
			t.Errorf("appendUser(%q) = %s, want %s", tt.give, got, tt.want)
		}
		r := newCSVReader("f.csv", strings.NewReader(""), nil)
		if err := r.split([]byte(got)); err != nil || string(r.fields[0]) != tt.give {
			t.Errorf("%s does not read back as %q: %q, %v", got, tt.give, r.fields, err)
		}
	}
}

func TestUnitsSum(t *testing.T) {
	var s unitsSum
	max := new(uint256.Int).SetAllOne()
	s.add(max)
	s.add(max)
	s.add(uint256.NewInt(2))
	want := new(big.Int).Lsh(big.NewInt(1), 257) // 2*(2^256-1) + 2
	if got := s.format(0); got != want.String() {
		t.Fatalf("sum %s, want %s", got, want)
	}
}

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	a, err := createAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Write([]byte("hello\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("output visible before commit: %v", err)
	}
	sum, err := a.commit()
	if err != nil {
		t.Fatal(err)
	}
	a.abort() // no-op after commit
	data, err := os.ReadFile(path)
	if err != nil || string(data) != "hello\n" || sum != fmt.Sprintf("%x", sha256.Sum256(data)) {
		t.Fatalf("file %q, %v, hash %s", data, err, sum)
	}
	b, err := createAtomic(filepath.Join(dir, "other.csv"))
	if err != nil {
		t.Fatal(err)
	}
	b.abort()
	assertOnlyFiles(t, dir, "out.csv")
	if _, err := createAtomic(filepath.Join(dir, "missing", "x.csv")); err == nil {
		t.Fatal("created a file in a missing directory")
	}
}

// assertOnlyFiles fails unless dir holds exactly the named files: no output left behind,
// no temporary file forgotten.
func assertOnlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Fatalf("%s holds %v, want %v", dir, got, names)
	}
}

func sha256Hex(data []byte) string { return fmt.Sprintf("%x", sha256.Sum256(data)) }
