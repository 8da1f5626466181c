package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// Watcher takes CSV files dropped in a folder into the feed. Each poll it processes the
// folder's *.csv files in name order (others, and names starting with a dot, are left
// alone); drop a file by writing it under another name and renaming it into place, so that
// it is never read half-written.
//
// A file is balances or activations: by its name when it starts with "balances" or
// "activations", otherwise by its header (a "balance" column, or an "activated_at" one).
// The columns, in any order, are those of the allocator's `staker average` inputs:
//
//	balances:    user_id,time,balance[,token][,event_id]
//	activations: user_id,activated_at[,deactivated_at][,event_id]
//
// Balances are in token units (12.5 SOL, not lamports), each row "from time on, user_id's
// balance is balance". The token is the row's token column or, without one, the second
// dash-separated part of the file name: balances-SOL-20250301.csv. An activation row is
// an activation at activated_at and, when deactivated_at is not empty, a deactivation then.
// Times are RFC 3339 with up to nine fractional digits. The CSV is RFC 4180 (quotes allowed),
// with a header line first; a UTF-8 byte order mark is ignored, blank lines are skipped,
// unknown, repeated or missing columns are errors.
//
// Events without an event_id get one derived from the file's SHA-256 and the line,
// "<first 16 hex digits>:<line>" (activation rows add ":on" and ":off", as they do to an
// event_id), so dropping the same bytes again, under any name, stores nothing new.
//
// A file is one batch, stored all or nothing. Stored (or entirely duplicate), it moves to
// done/; refused (malformed, an id used for other content, an event in a closed day), it
// moves to failed/ with NAME.error beside it saying "NAME:LINE: FIELD: what", and nothing
// of it is stored. When the store fails otherwise the file stays where it is, the poll
// stops (files are taken in order) and the next poll tries again.
type Watcher struct {
	// Dir is the watched folder; done/ and failed/ are made inside it.
	Dir string
	// Recorder stores the events.
	Recorder Recorder
	// Interval is the time between polls; zero means 5 seconds.
	Interval time.Duration
	// MaxBytes bounds a file's size, since a file is read and stored whole; larger files are
	// refused. Zero means 256 MiB.
	MaxBytes int64
	// Logger receives progress and refusals; nil discards them.
	Logger *slog.Logger
}

// Run polls the folder until ctx is cancelled, and then returns nil. It returns an error only
// when done/ or failed/ cannot be made. Store failures are logged and retried at the next
// poll.
func (w *Watcher) Run(ctx context.Context) error {
	interval := w.Interval
	if interval <= 0 {
		interval = 5 * time.Second
	}
	if err := w.makeDirs(); err != nil {
		return err
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := w.Poll(ctx); err != nil && ctx.Err() == nil {
			w.logger().ErrorContext(ctx, "balance drop folder: store unavailable, will retry", "dir", w.Dir, "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (w *Watcher) logger() *slog.Logger {
	if w.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return w.Logger
}

func (w *Watcher) makeDirs() error {
	for _, sub := range []string{"done", "failed"} {
		if err := os.MkdirAll(filepath.Join(w.Dir, sub), 0o750); err != nil {
			return fmt.Errorf("watch %s: %w", w.Dir, err)
		}
	}
	return nil
}

// Poll processes the files in the folder once, in name order. It returns the first error
// that is not the file's fault (reading the folder, the store, moving the file), leaving
// that file and the ones after it for the next poll.
func (w *Watcher) Poll(ctx context.Context) error {
	if err := w.makeDirs(); err != nil {
		return err
	}
	entries, err := os.ReadDir(w.Dir) // sorted by name
	if err != nil {
		return fmt.Errorf("watch %s: %w", w.Dir, err)
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".csv") {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.process(ctx, name); err != nil {
			return err
		}
	}
	return nil
}

// process takes one file into the store and moves it.
func (w *Watcher) process(ctx context.Context, name string) error {
	path := filepath.Join(w.Dir, name)
	log := w.logger().With("file", name)
	data, err := w.read(path)
	if err != nil {
		var le *LineError
		if errors.As(err, &le) {
			return w.fail(ctx, name, err)
		}
		return err
	}
	kind, res, err := w.store(ctx, name, data)
	switch {
	case err == nil:
		if err := moveInto(path, filepath.Join(w.Dir, "done")); err != nil {
			return err
		}
		log.InfoContext(ctx, "balance drop stored", "kind", kind, "accepted", res.Accepted, "duplicates", res.Duplicates)
		return nil
	case errors.As(err, new(*LineError)):
		return w.fail(ctx, name, err)
	default:
		return fmt.Errorf("%s: %w", name, err)
	}
}

// read reads a file whole, refusing one above the size limit.
func (w *Watcher) read(path string) ([]byte, error) {
	limit := w.MaxBytes
	if limit <= 0 {
		limit = 256 << 20
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, &LineError{File: filepath.Base(path), Err: fmt.Errorf("larger than %d bytes: split it into several files", limit)}
	}
	return data, nil
}

// fail moves a refused file to failed/ and writes why beside it.
func (w *Watcher) fail(ctx context.Context, name string, why error) error {
	failed := filepath.Join(w.Dir, "failed")
	if err := os.WriteFile(filepath.Join(failed, name+".error"), []byte(why.Error()+"\n"), 0o640); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := moveInto(filepath.Join(w.Dir, name), failed); err != nil {
		return err
	}
	w.logger().WarnContext(ctx, "balance drop refused", "file", name, "err", why)
	return nil
}

// moveInto moves a file into dir, replacing a file of the same name there.
func moveInto(path, dir string) error {
	if err := os.Rename(path, filepath.Join(dir, filepath.Base(path))); err != nil {
		return fmt.Errorf("move %s: %w", filepath.Base(path), err)
	}
	return nil
}

// store parses a file and records its events as one batch. Errors that are the file's
// fault are *LineError.
func (w *Watcher) store(ctx context.Context, name string, data []byte) (string, store.IngestResult, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	sum := sha256.Sum256(data)
	f := &csvFile{name: name, idPrefix: hex.EncodeToString(sum[:8]), r: csv.NewReader(bytes.NewReader(data))}
	f.r.ReuseRecord = true
	if err := f.header(); err != nil {
		return "", store.IngestResult{}, err
	}
	switch kind := f.kind(); kind {
	case "balances":
		events, err := f.balances()
		if err != nil {
			return kind, store.IngestResult{}, err
		}
		res, err := w.Recorder.RecordBalances(ctx, events)
		return kind, res, f.storeError(err)
	case "activations":
		events, err := f.activations()
		if err != nil {
			return kind, store.IngestResult{}, err
		}
		res, err := w.Recorder.RecordActivations(ctx, events)
		return kind, res, f.storeError(err)
	default:
		return "", store.IngestResult{}, &LineError{File: name, Line: 1,
			Err: errors.New(`cannot tell balances from activations: name the file balances-… or activations-…, or give a "balance" or "activated_at" column`)}
	}
}

// csvFile is one dropped file being parsed.
type csvFile struct {
	name     string
	idPrefix string // for derived event ids
	r        *csv.Reader
	cols     map[string]int
	lines    map[string]int // event id -> line, to name the line of a refused event
}

var (
	balanceColumns    = []string{"user_id", "time", "balance", "token", "event_id"}
	activationColumns = []string{"user_id", "activated_at", "deactivated_at", "event_id"}
)

func (f *csvFile) errorf(line int, field, format string, args ...any) error {
	return &LineError{File: f.name, Line: line, Field: field, Err: fmt.Errorf(format, args...)}
}

// header reads the header line.
func (f *csvFile) header() error {
	rec, err := f.r.Read()
	if err == io.EOF {
		return f.errorf(1, "", "no header line")
	}
	if err != nil {
		return f.csvError(err)
	}
	f.cols = map[string]int{}
	for i, c := range rec {
		if _, dup := f.cols[c]; dup {
			return f.errorf(1, c, "column appears twice")
		}
		f.cols[c] = i
	}
	return nil
}

// csvError turns an encoding/csv error into a LineError.
func (f *csvFile) csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &LineError{File: f.name, Line: pe.Line, Err: pe.Err}
	}
	return &LineError{File: f.name, Err: err}
}

// kind tells balances from activations, by name first and then by header.
func (f *csvFile) kind() string {
	lower := strings.ToLower(f.name)
	_, hasBalance := f.cols["balance"]
	_, hasActivated := f.cols["activated_at"]
	switch {
	case strings.HasPrefix(lower, "balances"):
		return "balances"
	case strings.HasPrefix(lower, "activations"):
		return "activations"
	case hasBalance && !hasActivated:
		return "balances"
	case hasActivated && !hasBalance:
		return "activations"
	}
	return ""
}

// checkColumns refuses unknown and missing columns.
func (f *csvFile) checkColumns(known []string, required ...string) error {
	for c := range f.cols {
		if !slices.Contains(known, c) {
			return f.errorf(1, c, "unknown column (want %s)", strings.Join(known, ","))
		}
	}
	for _, c := range required {
		if _, ok := f.cols[c]; !ok {
			return f.errorf(1, c, "missing column (want %s)", strings.Join(known, ","))
		}
	}
	return nil
}

// rows calls fn with each data row and its line number.
func (f *csvFile) rows(fn func(line int, field func(string) string) error) error {
	for {
		rec, err := f.r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return f.csvError(err)
		}
		line, _ := f.r.FieldPos(0)
		field := func(c string) string {
			if i, ok := f.cols[c]; ok {
				return rec[i]
			}
			return ""
		}
		if err := fn(line, field); err != nil {
			return err
		}
	}
}

// eventID returns the row's event_id or the derived one.
func (f *csvFile) eventID(line int, field func(string) string) (string, error) {
	if _, ok := f.cols["event_id"]; !ok {
		return f.idPrefix + ":" + strconv.Itoa(line), nil
	}
	id := field("event_id")
	if id == "" {
		return "", f.errorf(line, "event_id", "empty")
	}
	return id, nil
}

// balances parses a balances file.
func (f *csvFile) balances() ([]store.BalanceEvent, error) {
	if err := f.checkColumns(balanceColumns, "user_id", "time", "balance"); err != nil {
		return nil, err
	}
	var fileToken *money.Token
	if _, ok := f.cols["token"]; !ok {
		parts := strings.Split(strings.TrimSuffix(f.name, ".csv"), "-")
		if len(parts) < 2 {
			return nil, f.errorf(1, "token", "no token column, and the file name does not say the token (balances-SOL-….csv)")
		}
		tok, err := parseToken(parts[1])
		if err != nil {
			return nil, f.errorf(0, "", "file name: %v", err)
		}
		fileToken = &tok
	}
	f.lines = map[string]int{}
	var events []store.BalanceEvent
	err := f.rows(func(line int, field func(string) string) error {
		id, err := f.eventID(line, field)
		if err != nil {
			return err
		}
		e := store.BalanceEvent{ID: id, User: field("user_id")}
		if e.User == "" {
			return f.errorf(line, "user_id", "empty")
		}
		tok := fileToken
		if tok == nil {
			t, err := parseToken(field("token"))
			if err != nil {
				return f.errorf(line, "token", "%v", err)
			}
			tok = &t
		}
		e.Token = tok.Symbol
		if e.At, err = parseAt(field("time")); err != nil {
			return f.errorf(line, "time", "%v", err)
		}
		if e.Balance, err = tok.Parse(field("balance")); err != nil {
			return f.errorf(line, "balance", "%v", err)
		}
		f.lines[id] = line
		events = append(events, e)
		return nil
	})
	return events, err
}

// activations parses an activations file.
func (f *csvFile) activations() ([]store.ActivationEvent, error) {
	if err := f.checkColumns(activationColumns, "user_id", "activated_at"); err != nil {
		return nil, err
	}
	f.lines = map[string]int{}
	var events []store.ActivationEvent
	err := f.rows(func(line int, field func(string) string) error {
		id, err := f.eventID(line, field)
		if err != nil {
			return err
		}
		user := field("user_id")
		if user == "" {
			return f.errorf(line, "user_id", "empty")
		}
		on, err := parseAt(field("activated_at"))
		if err != nil {
			return f.errorf(line, "activated_at", "%v", err)
		}
		events = append(events, store.ActivationEvent{ID: id + ":on", User: user, At: on, Active: true})
		f.lines[id+":on"] = line
		if s := field("deactivated_at"); s != "" {
			off, err := parseAt(s)
			if err != nil {
				return f.errorf(line, "deactivated_at", "%v", err)
			}
			if off.Before(on) {
				return f.errorf(line, "deactivated_at", "%s is before activated_at", s)
			}
			events = append(events, store.ActivationEvent{ID: id + ":off", User: user, At: off})
			f.lines[id+":off"] = line
		}
		return nil
	})
	return events, err
}

// storeError turns the store's refusal of the file's batch into a LineError at the line of
// the event it names; other errors pass through.
func (f *csvFile) storeError(err error) error {
	var (
		conflict *store.EventConflictError
		closed   *store.DayClosedError
	)
	switch {
	case err == nil:
		return nil
	case errors.As(err, &conflict):
		return f.errorf(f.lines[conflict.ID], "event_id", "%q is already stored with different content", conflict.ID)
	case errors.As(err, &closed):
		field := "time"
		if _, ok := f.cols["activated_at"]; ok {
			field = "activated_at"
			if strings.HasSuffix(closed.EventID, ":off") {
				field = "deactivated_at"
			}
		}
		return f.errorf(f.lines[closed.EventID], field, "%s day %s is already closed", closed.Token, closed.Day.Format(time.DateOnly))
	case refused(err):
		return &LineError{File: f.name, Err: err}
	}
	return err
}
