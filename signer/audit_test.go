package signer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeAuditLog(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "audit.log")
	clock := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	log, err := OpenAuditLog(path, func() time.Time { clock = clock.Add(time.Second); return clock })
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		in := bscIntent()
		if _, err := log.Append(AuditRecord{KeyID: "bsc-hot", Chain: "bsc", Intent: &in, Decision: "signed", PayloadSHA256: strings.Repeat("ab", 32)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := log.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestAuditLogVerifies(t *testing.T) {
	path := writeAuditLog(t, 5)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	last, err := VerifyAuditLog(f)
	if err != nil || last.Seq != 5 {
		t.Fatalf("verify = %d, %v", last.Seq, err)
	}
	// Reopening continues the chain.
	log, err := OpenAuditLog(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := log.Append(AuditRecord{KeyID: "k", Chain: "bsc", Decision: "denied"})
	if err != nil || rec.Seq != 6 || rec.Prev != last.Hash {
		t.Fatalf("append after reopen = %+v, %v", rec, err)
	}
	// One process at a time.
	if _, err := OpenAuditLog(path, nil); !errors.Is(err, ErrAuditInUse) {
		t.Fatalf("second open error = %v", err)
	}
	log.Close()
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Fatalf("audit log mode %v", info.Mode().Perm())
	}
}

func TestAuditLogDetectsTampering(t *testing.T) {
	tests := []struct {
		name     string
		tamper   func(lines []string) []string
		wantLine int
		wantText string
	}{
		{name: "edited decision", tamper: func(l []string) []string {
			l[2] = strings.Replace(l[2], `"decision":"signed"`, `"decision":"denied"`, 1)
			return l
		}, wantLine: 3, wantText: "was edited"},
		{name: "edited amount", tamper: func(l []string) []string {
			l[1] = strings.Replace(l[1], `"Amount":"100"`, `"Amount":"900"`, 1)
			return l
		}, wantLine: 2, wantText: "was edited"},
		{name: "removed record", tamper: func(l []string) []string { return append(l[:1], l[2:]...) }, wantLine: 2, wantText: "removed, inserted or reordered"},
		{name: "reordered records", tamper: func(l []string) []string { l[1], l[2] = l[2], l[1]; return l }, wantLine: 2, wantText: "removed, inserted or reordered"},
		{name: "rehashed edit", tamper: func(l []string) []string {
			// An editor who also fixes the record's own hash still breaks the next link.
			var r AuditRecord
			mustUnmarshal(t, l[1], &r)
			r.Decision = "denied"
			r.Hash = recordHash(r)
			l[1] = mustMarshal(t, r)
			return l
		}, wantLine: 3, wantText: "does not chain"},
		{name: "garbage line", tamper: func(l []string) []string { l[3] = "{not json"; return l }, wantLine: 4, wantText: "not a well-formed record"},
		{name: "unknown field", tamper: func(l []string) []string {
			l[0] = strings.Replace(l[0], `{"seq":1,`, `{"seq":1,"extra":1,`, 1)
			return l
		}, wantLine: 1, wantText: "not a well-formed record"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeAuditLog(t, 5)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			tampered := strings.Join(tt.tamper(lines), "\n") + "\n"
			_, err = VerifyAuditLog(strings.NewReader(tampered))
			var ae *AuditError
			if !errors.As(err, &ae) || ae.Line != tt.wantLine || !strings.Contains(ae.Reason, tt.wantText) {
				t.Fatalf("verify error = %v, want line %d: %s", err, tt.wantLine, tt.wantText)
			}
			if err := os.WriteFile(path, []byte(tampered), 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := OpenAuditLog(path, nil); err == nil {
				t.Fatal("a tampered log was opened for appending")
			}
		})
	}
}
