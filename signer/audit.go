package signer

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"syscall"
	"time"
)

// AuditRecord is one entry of the audit log: a signing request and what was decided. Each
// record carries the hash of the one before it, so an edited, removed or reordered record
// breaks the chain.
type AuditRecord struct {
	Seq           uint64    `json:"seq"`
	Time          time.Time `json:"time"`
	Prev          string    `json:"prev"` // Hash of the previous record; empty for the first
	KeyID         string    `json:"key_id"`
	Chain         string    `json:"chain"`
	IntentID      string    `json:"intent_id,omitempty"`
	Intent        *Intent   `json:"intent,omitempty"`
	PayloadSHA256 string    `json:"payload_sha256"`
	Decision      string    `json:"decision"` // signed, resigned, denied, needs-approval, limit, conflict, locked, error
	Rule          string    `json:"rule,omitempty"`
	Detail        string    `json:"detail,omitempty"`
	Approvers     []string  `json:"approvers,omitempty"` // hex public keys whose approvals counted
	Hash          string    `json:"hash"`
}

// recordHash returns the hash a record must carry: SHA-256 over its canonical JSON with the
// hash field empty.
func recordHash(r AuditRecord) string {
	r.Hash = ""
	data, err := json.Marshal(r)
	if err != nil {
		panic(fmt.Sprintf("signer: audit record does not encode: %v", err)) // plain data: cannot happen
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// AuditLog is an append-only, hash-chained file of AuditRecords, one JSON object a line,
// each appended with an fsync before the decision it records takes effect. One process
// holds it at a time.
type AuditLog struct {
	mu   sync.Mutex
	f    *os.File
	seq  uint64
	last string
	now  func() time.Time
}

// ErrAuditInUse means another process holds the audit log.
var ErrAuditInUse = errors.New("audit log in use by another process")

// OpenAuditLog opens (creating with mode 0600 if missing) the audit log at path, verifies
// the whole chain, and takes an exclusive lock on it. A log that fails verification is not
// appended to: the signer must not start on a tampered log.
func OpenAuditLog(path string, now func() time.Time) (*AuditLog, error) {
	if now == nil {
		now = time.Now
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("audit log: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, fmt.Errorf("audit log %s: %w", path, ErrAuditInUse)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return nil, fmt.Errorf("audit log: %w", err)
	}
	last, err := VerifyAuditLog(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("audit log %s: %w", path, err)
	}
	return &AuditLog{f: f, seq: last.Seq, last: last.Hash, now: now}, nil
}

// Append chains rec after the last record, writes it and syncs it to disk. Seq, Time, Prev
// and Hash are set here. An error means the record may not be on disk: the caller must not
// act on the decision.
func (l *AuditLog) Append(rec AuditRecord) (AuditRecord, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return AuditRecord{}, errors.New("audit log closed")
	}
	rec.Seq = l.seq + 1
	rec.Time = l.now().UTC()
	rec.Prev = l.last
	rec.Hash = recordHash(rec)
	line, err := json.Marshal(rec)
	if err != nil {
		return AuditRecord{}, fmt.Errorf("audit append: %w", err)
	}
	if _, err := l.f.Write(append(line, '\n')); err != nil {
		return AuditRecord{}, fmt.Errorf("audit append: %w", err)
	}
	if err := l.f.Sync(); err != nil {
		return AuditRecord{}, fmt.Errorf("audit append: %w", err)
	}
	l.seq, l.last = rec.Seq, rec.Hash
	return rec, nil
}

// Close releases the log.
func (l *AuditLog) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}

// AuditError names the first record that breaks the log's chain.
type AuditError struct {
	Line   int    // 1-based line of the file
	Seq    uint64 // the seq the record should have had
	Reason string
}

func (e *AuditError) Error() string {
	return fmt.Sprintf("line %d (record %d): %s", e.Line, e.Seq, e.Reason)
}

// VerifyAuditLog reads a whole audit log and checks every record: well-formed, numbered one
// after the other from 1, chained to the previous record's hash, and carrying the hash of
// its own content. It returns the last record (zero for an empty log) or an *AuditError for
// the first bad record.
func VerifyAuditLog(r io.Reader) (AuditRecord, error) {
	return ReadAuditLog(r, nil)
}

// ReadAuditLog is VerifyAuditLog that also calls fn, when not nil, with each record that
// verified, in order; it stops at fn's first error.
func ReadAuditLog(r io.Reader, fn func(AuditRecord) error) (AuditRecord, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var last AuditRecord
	line := 0
	for sc.Scan() {
		line++
		want := last.Seq + 1
		var rec AuditRecord
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			return last, &AuditError{Line: line, Seq: want, Reason: "not a well-formed record: " + err.Error()}
		}
		switch {
		case rec.Seq != want:
			return last, &AuditError{Line: line, Seq: want, Reason: fmt.Sprintf("has seq %d: a record was removed, inserted or reordered", rec.Seq)}
		case rec.Prev != last.Hash:
			return last, &AuditError{Line: line, Seq: want, Reason: "does not chain to the previous record"}
		case rec.Hash != recordHash(rec):
			return last, &AuditError{Line: line, Seq: want, Reason: "content does not match its hash: the record was edited"}
		}
		last = rec
		if fn != nil {
			if err := fn(rec); err != nil {
				return last, err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return last, fmt.Errorf("read audit log: %w", err)
	}
	return last, nil
}
