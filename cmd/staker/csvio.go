package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/bits"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/holiman/uint256"
	"github.com/softstake/staker/money"
)

// The CSV dialect of `staker average` and `staker allocate` (inputs and outputs):
//
//   - The first line is a header naming the columns; columns are found by name, in any
//     order. A missing column, a repeated one or one the command does not know is an error
//     (an unknown column is most often a misspelt optional one).
//   - Lines end in LF or CRLF. A UTF-8 byte order mark at the start of the file is ignored.
//     Blank lines are skipped (they still count for line numbers).
//   - Fields may be quoted RFC 4180 style ("a,b", "say ""hi"""), but a quoted field cannot
//     span lines. Nothing is trimmed: " 5" is not an amount.
//   - Every row has as many fields as the header.
//
// Outputs are written with LF line ends, no BOM, and user ids quoted only when they contain a
// comma or a double quote.

// inputError is bad input at a place in a file: it prints as "FILE:LINE: what" and exits 2.
type inputError struct {
	file string
	line int
	err  error
}

func (e *inputError) Error() string {
	if e.line == 0 {
		return fmt.Sprintf("%s: %v", e.file, e.err)
	}
	return fmt.Sprintf("%s:%d: %v", e.file, e.line, e.err)
}

func (e *inputError) Unwrap() error { return e.err }

// reportInput prints an inputError as is, without the "staker:" prefix, so that the message
// starts with FILE:LINE like a compiler's, and returns an error that exits 2 quietly. Other
// errors pass through.
func reportInput(stderr io.Writer, err error) error {
	var ie *inputError
	if !errors.As(err, &ie) {
		return err
	}
	fmt.Fprintln(stderr, ie.Error())
	return &reportedError{err: asUsage(err)}
}

// progressEvery is how often long inputs report progress on stderr.
const progressEvery = 1_000_000

// csvReader reads rows of one CSV file in the dialect above.
type csvReader struct {
	name     string // the file name as given, for messages
	sc       *bufio.Scanner
	line     int // line number of the current row
	rows     int // data rows read
	cols     []string
	fields   [][]byte // the current row's fields, valid until the next call to next
	unquoted []byte   // storage for unquoted fields
	progress io.Writer
	every    int // rows between progress lines
}

// openCSV opens a file for reading rows; the caller closes the file.
func openCSV(name string, progress io.Writer) (*csvReader, *os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, asUsage(err)
	}
	return newCSVReader(name, f, progress), f, nil
}

func newCSVReader(name string, r io.Reader, progress io.Writer) *csvReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<20)
	return &csvReader{name: name, sc: sc, progress: progress, every: progressEvery}
}

// errorf returns an inputError at the current line.
func (r *csvReader) errorf(format string, args ...any) error {
	return &inputError{file: r.name, line: r.line, err: fmt.Errorf(format, args...)}
}

// wrap returns err as an inputError at the current line.
func (r *csvReader) wrap(err error) error {
	return &inputError{file: r.name, line: r.line, err: err}
}

// readLine advances to the next non-blank line; false at the end of the input.
func (r *csvReader) readLine() ([]byte, bool, error) {
	for r.sc.Scan() {
		r.line++
		b := r.sc.Bytes()
		if r.line == 1 {
			b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		}
		b = bytes.TrimSuffix(b, []byte("\r"))
		if len(b) > 0 {
			return b, true, nil
		}
	}
	if err := r.sc.Err(); err != nil {
		r.line++
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, false, r.errorf("line longer than %d bytes", 1<<20)
		}
		return nil, false, fmt.Errorf("read %s: %w", r.name, err)
	}
	return nil, false, nil
}

// header reads the header line. It returns the position of each column in want (all of
// them required) and of each in optional, -1 for an optional column that is absent.
func (r *csvReader) header(want, optional []string) (map[string]int, error) {
	line, ok, err := r.readLine()
	if err != nil {
		return nil, err
	}
	all := strings.Join(append(append([]string(nil), want...), optional...), ",")
	if !ok {
		r.line = max(r.line, 1)
		return nil, r.errorf("no header line (want %s)", all)
	}
	if err := r.split(line); err != nil {
		return nil, err
	}
	pos := make(map[string]int, len(want)+len(optional))
	for _, c := range optional {
		pos[c] = -1
	}
	known := func(c string) bool { _, ok := pos[c]; return ok || containsString(want, c) }
	for i, f := range r.fields {
		c := string(f)
		switch p, seen := pos[c]; {
		case !known(c):
			return nil, r.errorf("unknown column %q (want %s)", c, all)
		case seen && p >= 0:
			return nil, r.errorf("column %q appears twice", c)
		}
		pos[c] = i
		r.cols = append(r.cols, c)
	}
	for _, c := range want {
		if _, ok := pos[c]; !ok {
			return nil, r.errorf("missing column %q (want %s)", c, all)
		}
	}
	return pos, nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// next reads the next row into r.fields; false at the end of the input.
func (r *csvReader) next() (bool, error) {
	line, ok, err := r.readLine()
	if err != nil || !ok {
		return false, err
	}
	if err := r.split(line); err != nil {
		return false, err
	}
	if len(r.fields) != len(r.cols) {
		return false, r.errorf("%d fields, the header has %d", len(r.fields), len(r.cols))
	}
	r.rows++
	if r.rows%r.every == 0 && r.progress != nil {
		fmt.Fprintf(r.progress, "%s: %d rows read\n", r.name, r.rows)
	}
	return true, nil
}

// split breaks a line into fields, unquoting quoted ones.
func (r *csvReader) split(line []byte) error {
	r.fields = r.fields[:0]
	if bytes.IndexByte(line, '"') < 0 {
		for {
			i := bytes.IndexByte(line, ',')
			if i < 0 {
				r.fields = append(r.fields, line)
				return nil
			}
			r.fields = append(r.fields, line[:i])
			line = line[i+1:]
		}
	}
	r.unquoted = r.unquoted[:0]
	var spans [][2]int // into r.unquoted, because appending may move it
	for {
		start := len(r.unquoted)
		if len(line) > 0 && line[0] == '"' {
			line = line[1:]
			for {
				i := bytes.IndexByte(line, '"')
				if i < 0 {
					return r.errorf("quoted field not closed on its line (fields cannot span lines)")
				}
				r.unquoted = append(r.unquoted, line[:i]...)
				line = line[i+1:]
				if len(line) > 0 && line[0] == '"' {
					r.unquoted = append(r.unquoted, '"')
					line = line[1:]
					continue
				}
				break
			}
			if len(line) > 0 && line[0] != ',' {
				return r.errorf("text after the closing quote of a field")
			}
		} else {
			i := bytes.IndexByte(line, ',')
			if i < 0 {
				i = len(line)
			}
			if bytes.IndexByte(line[:i], '"') >= 0 {
				return r.errorf("quote inside an unquoted field")
			}
			r.unquoted = append(r.unquoted, line[:i]...)
			line = line[i:]
		}
		spans = append(spans, [2]int{start, len(r.unquoted)})
		if len(line) == 0 {
			break
		}
		line = line[1:] // the comma
	}
	for _, s := range spans {
		r.fields = append(r.fields, r.unquoted[s[0]:s[1]])
	}
	return nil
}

// userField checks a user id field.
func (r *csvReader) userField(b []byte) error {
	if len(b) == 0 {
		return r.errorf("empty user_id")
	}
	return nil
}

// amountField parses a token amount field; column names the column for the message.
func (r *csvReader) amountField(tok money.Token, column string, b []byte) (uint256.Int, error) {
	u, err := parseUnits(tok, b)
	if err != nil {
		return u, r.errorf("%s: %w", column, err)
	}
	return u, nil
}

// boolField parses "true" or "false".
func (r *csvReader) boolField(column string, b []byte) (bool, error) {
	switch string(b) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, r.errorf("%s: %q is not true or false", column, b)
}

// timeField parses an RFC 3339 time.
func (r *csvReader) timeField(column string, b []byte) (time.Time, error) {
	t, err := parseTime(b)
	if err != nil {
		return t, r.errorf("%s: %w", column, err)
	}
	return t, nil
}

// parseUnits converts a decimal string in token units to base units, exactly like
// money.Token.Parse but without allocating; anything unusual goes to money.Token.Parse,
// which produces the error.
func parseUnits(tok money.Token, b []byte) (uint256.Int, error) {
	if u, ok := parseUnitsFast(int(tok.Decimals), b); ok {
		return u, nil
	}
	a, err := tok.Parse(string(b))
	if err != nil {
		return uint256.Int{}, err
	}
	var u uint256.Int
	u.SetFromBig(a.Big()) // Parse refuses values of 2^256 or more
	return u, nil
}

// parseUnitsFast handles digits[.digits] with at most decimals fractional digits whose value
// is safely below 2^256; ok is false for anything else.
func parseUnitsFast(decimals int, b []byte) (u uint256.Int, ok bool) {
	whole, frac := b, []byte(nil)
	if i := bytes.IndexByte(b, '.'); i >= 0 {
		whole, frac = b[:i], b[i+1:]
		if len(frac) == 0 || len(frac) > decimals {
			return u, false
		}
	}
	if len(whole) == 0 {
		return u, false
	}
	for len(whole) > 1 && whole[0] == '0' {
		whole = whole[1:]
	}
	if len(whole)+decimals > 77 { // 10^77 < 2^256: shorter values cannot overflow
		return u, false
	}
	var chunk uint64
	n := 0
	for _, part := range [2][]byte{whole, frac} {
		for _, c := range part {
			if c < '0' || c > '9' {
				return u, false
			}
			chunk = chunk*10 + uint64(c-'0')
			if n++; n == 19 {
				mulAdd(&u, pow10u64[19], chunk)
				chunk, n = 0, 0
			}
		}
	}
	mulAdd(&u, pow10u64[n], chunk)
	for pad := decimals - len(frac); pad > 0; pad -= 19 {
		mulAdd(&u, pow10u64[min(pad, 19)], 0)
	}
	return u, true
}

// pow10u64 holds 10^0 .. 10^19.
var pow10u64 = func() [20]uint64 {
	var p [20]uint64
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// mulAdd sets u to u*m + a; the caller guarantees the result fits in 256 bits.
func mulAdd(u *uint256.Int, m, a uint64) {
	carry := a
	for i := range u {
		hi, lo := bits.Mul64(u[i], m)
		var c uint64
		u[i], c = bits.Add64(lo, carry, 0)
		carry = hi + c
	}
}

// appendUnits appends u, in base units, as a canonical decimal string in token units, the
// same text money.Token.Format gives ("12.5", "0.000000001", "3").
func appendUnits(dst []byte, decimals int, u *uint256.Int) []byte {
	var buf [80]byte
	return appendDigits(dst, decimals, appendDecimal(buf[:0], u))
}

// appendDigits appends a count of base units written in decimal digits as a canonical amount
// in token units.
func appendDigits(dst []byte, decimals int, digits []byte) []byte {
	lead := 0 // zeros between the point and the digits
	if whole := len(digits) - decimals; whole > 0 {
		dst = append(dst, digits[:whole]...)
		digits = digits[whole:]
	} else {
		dst = append(dst, '0')
		lead = -whole
	}
	digits = bytes.TrimRight(digits, "0")
	if len(digits) == 0 {
		return dst
	}
	dst = append(dst, '.')
	for ; lead > 0; lead-- {
		dst = append(dst, '0')
	}
	return append(dst, digits...)
}

// unitsSum adds up amounts of up to 256 bits without overflowing (320 bits).
type unitsSum struct {
	lo uint256.Int
	hi uint64
}

func (s *unitsSum) add(u *uint256.Int) {
	if _, carry := s.lo.AddOverflow(&s.lo, u); carry {
		s.hi++
	}
}

// format returns the sum as a canonical amount in token units.
func (s *unitsSum) format(decimals int) string {
	b := new(big.Int).Lsh(new(big.Int).SetUint64(s.hi), 256)
	b.Add(b, s.lo.ToBig())
	return string(appendDigits(nil, decimals, []byte(b.String())))
}

// appendDecimal appends u in decimal.
func appendDecimal(dst []byte, u *uint256.Int) []byte {
	if u.IsUint64() {
		return strconv.AppendUint(dst, u.Uint64(), 10)
	}
	// Peel off 19 digits at a time by dividing the significant words by 10^19.
	const chunk = 10_000_000_000_000_000_000
	var out [80]byte
	pos := len(out)
	w := *u
	top := 3
	for {
		for top > 0 && w[top] == 0 {
			top--
		}
		var rem uint64
		for i := top; i >= 0; i-- {
			w[i], rem = bits.Div64(rem, w[i], chunk)
		}
		if w.IsZero() {
			return append(strconv.AppendUint(dst, rem, 10), out[pos:]...)
		}
		pos -= 19
		var digits [20]byte
		d := strconv.AppendUint(digits[:0], rem, 10)
		n := copy(out[pos+19-len(d):], d)
		for i := pos; i < pos+19-n; i++ {
			out[i] = '0'
		}
	}
}

// appendUser appends a user id as a CSV field, quoted when it holds a comma or a quote.
func appendUser(dst []byte, user string) []byte {
	plain := true
	for i := 0; i < len(user) && plain; i++ {
		plain = user[i] != ',' && user[i] != '"'
	}
	if plain {
		return append(dst, user...)
	}
	dst = append(dst, '"')
	for i := 0; i < len(user); i++ {
		if user[i] == '"' {
			dst = append(dst, '"')
		}
		dst = append(dst, user[i])
	}
	return append(dst, '"')
}

// parseTime parses an RFC 3339 time. The common form, UTC with a Z and up to nine fractional
// digits, is parsed by hand; other offsets go through time.Parse.
func parseTime(b []byte) (time.Time, error) {
	if t, ok := parseTimeFast(b); ok {
		return t, nil
	}
	if len(b) > 20 && b[19] == '.' {
		digits := 0
		for _, c := range b[20:] {
			if c < '0' || c > '9' {
				break
			}
			digits++
		}
		if digits > 9 {
			return time.Time{}, fmt.Errorf("%q has more than nine fractional digits of a second", b)
		}
	}
	t, err := time.Parse(time.RFC3339Nano, string(b))
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time (like 2025-03-01T12:30:00Z)", b)
	}
	return t, nil
}

// parseTimeFast parses YYYY-MM-DDTHH:MM:SS[.fffffffff]Z with every field in range.
func parseTimeFast(b []byte) (time.Time, bool) {
	if len(b) < 20 || b[len(b)-1] != 'Z' || b[4] != '-' || b[7] != '-' || b[10] != 'T' || b[13] != ':' || b[16] != ':' {
		return time.Time{}, false
	}
	num := func(s []byte) (int, bool) {
		n := 0
		for _, c := range s {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	year, ok1 := num(b[0:4])
	month, ok2 := num(b[5:7])
	day, ok3 := num(b[8:10])
	hour, ok4 := num(b[11:13])
	minute, ok5 := num(b[14:16])
	sec, ok6 := num(b[17:19])
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	if day > daysIn(time.Month(month), year) {
		return time.Time{}, false
	}
	nanos := 0
	if rest := b[19 : len(b)-1]; len(rest) > 0 {
		if rest[0] != '.' || len(rest) < 2 || len(rest) > 10 {
			return time.Time{}, false
		}
		f, ok := num(rest[1:])
		if !ok {
			return time.Time{}, false
		}
		for i := len(rest) - 1; i < 9; i++ {
			f *= 10
		}
		nanos = f
	}
	return time.Date(year, time.Month(month), day, hour, minute, sec, nanos, time.UTC), true
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// atomicFile is an output file written to a temporary name in the same directory and
// renamed into place only when complete, so that a failed run leaves no output behind. It
// hashes what it writes.
type atomicFile struct {
	path string
	done bool // committed or aborted
	f    *os.File
	w    *bufio.Writer
	hash interface {
		io.Writer
		Sum([]byte) []byte
	}
}

func createAtomic(path string) (*atomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	return &atomicFile{path: path, f: f, w: bufio.NewWriterSize(io.MultiWriter(f, h), 1<<20), hash: h}, nil
}

func (a *atomicFile) Write(p []byte) (int, error) { return a.w.Write(p) }

// commit flushes, syncs and renames the file into place and returns the SHA-256 of its bytes.
func (a *atomicFile) commit() (string, error) {
	a.done = true
	err := a.w.Flush()
	if err == nil {
		err = a.f.Chmod(0o644)
	}
	if err == nil {
		err = a.f.Sync()
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.path)
	}
	if err != nil {
		_ = os.Remove(a.f.Name()) // best effort: the write already failed
		return "", fmt.Errorf("write %s: %w", a.path, err)
	}
	return fmt.Sprintf("%x", a.hash.Sum(nil)), nil
}

// abort removes the temporary file; it is a no-op after commit.
func (a *atomicFile) abort() {
	if a.done {
		return
	}
	a.done = true
	_ = a.f.Close() // the file is discarded either way
	_ = os.Remove(a.f.Name())
}
