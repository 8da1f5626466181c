package chains

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		give error
		want Class
	}{
		{nil, ClassNone},
		{context.Canceled, ClassCanceled},
		{fmt.Errorf("head: %w", context.DeadlineExceeded), ClassCanceled},
		{&RateLimitedError{RetryAfter: time.Second}, ClassRateLimited},
		{&RetryableError{Err: io.ErrUnexpectedEOF}, ClassRetryable},
		{Rejected(ReasonNothingToClaim, "ZeroRewards()"), ClassRejected},
		{&PrerequisiteError{}, ClassRejected},
		{fmt.Errorf("x: %w", ErrUnsupported), ClassRejected},
		// An unknown outcome wins, even over a retryable or cancelled cause.
		{&UnknownOutcomeError{TxID: "0x1", Err: &RetryableError{Err: io.EOF}}, ClassUnknownOutcome},
		{&UnknownOutcomeError{TxID: "0x1", Err: context.DeadlineExceeded}, ClassUnknownOutcome},
		{ErrMisconfigured, ClassFatal},
		{errors.New("bug"), ClassFatal},
	}
	for _, tt := range tests {
		if got := Classify(tt.give); got != tt.want {
			t.Errorf("Classify(%v) = %s, want %s", tt.give, got, tt.want)
		}
	}
	if r := ReasonOf(fmt.Errorf("claim: %w", Rejected(ReasonClaimWindow, "24h"))); r != ReasonClaimWindow {
		t.Errorf("ReasonOf = %q", r)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		give   string
		want   time.Duration
		wantOK bool
	}{
		{"", 0, false},
		{"3", 3 * time.Second, true},
		{"-5", 0, true},
		{"3600", time.Hour, true},
		{"99999999999", 24 * time.Hour, true},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second, true},
		{"soon", 0, false},
	}
	for _, tt := range tests {
		got, ok := RetryAfter(tt.give, now)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("RetryAfter(%q) = %s, %v; want %s, %v", tt.give, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestClassifyRPCError(t *testing.T) {
	tests := []struct {
		code int
		msg  string
		want Class
	}{
		{-32005, "limit exceeded", ClassRateLimited},
		{-32000, "Rate limit reached, slow down", ClassRateLimited},
		{-32000, "header not found", ClassRetryable},
		{-32000, "execution reverted", ClassNone},
		{-32000, "nonce too low", ClassNone},
	}
	for _, tt := range tests {
		if got := Classify(ClassifyRPCError(tt.code, tt.msg)); got != tt.want {
			t.Errorf("ClassifyRPCError(%d, %q) = %s, want %s", tt.code, tt.msg, got, tt.want)
		}
	}
}

// fastPolicy keeps the tests quick while still exercising every branch.
var fastPolicy = RPCPolicy{MaxAttempts: 3, WaitMin: time.Millisecond, WaitMax: 5 * time.Millisecond,
	MaxRetryAfter: 50 * time.Millisecond, AttemptTimeout: 2 * time.Second, CallTimeout: 5 * time.Second}

func TestHTTPClientCapsRetryAfter(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	start := time.Now()
	resp, err := NewHTTPClient(fastPolicy, nil).Post(srv.URL, "application/json", strings.NewReader(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("final status %d, want the server's 429 passed through", resp.StatusCode)
	}
	if n := hits.Load(); n != 3 {
		t.Errorf("%d attempts, want 3", n)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("took %s: Retry-After: 3600 was not capped", d)
	}
	if c := Classify(ClassifyHTTPStatus(resp.StatusCode, resp.Header.Get("Retry-After"), "")); c != ClassRateLimited {
		t.Errorf("class %s", c)
	}
}

func TestHTTPClientRetriesRateLimitInside200(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if !strings.Contains(string(body), "eth_blockNumber") {
			t.Errorf("retried request lost its body: %q", body)
		}
		if hits.Add(1) < 3 {
			io.WriteString(w, `{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"limit exceeded"}}`)
			return
		}
		io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0x10"}`)
	}))
	defer srv.Close()
	resp, err := NewHTTPClient(fastPolicy, nil).Post(srv.URL, "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `"0x10"`) || hits.Load() != 3 {
		t.Errorf("after %d hits got %s", hits.Load(), body)
	}
}

func TestHTTPClientDoesNotRetryReverts(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		io.WriteString(w, `{"jsonrpc":"2.0","id":1,"error":{"code":3,"message":"execution reverted","data":"0x"}}`)
	}))
	defer srv.Close()
	resp, err := NewHTTPClient(fastPolicy, nil).Post(srv.URL, "application/json", strings.NewReader(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if hits.Load() != 1 {
		t.Errorf("a revert was retried: %d hits", hits.Load())
	}
}

func TestHTTPClientHonoursContext(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
	}))
	defer srv.Close()
	p := fastPolicy
	p.MaxAttempts, p.WaitMin, p.WaitMax = 100, 20*time.Millisecond, 20*time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL, strings.NewReader(`{}`))
	start := time.Now()
	resp, err := NewHTTPClient(p, nil).Do(req)
	if err == nil {
		resp.Body.Close()
		t.Fatal("no error after the deadline")
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("took %s past a 100ms deadline", d)
	}
	if c := Classify(ClassifyTransport(ctx, err)); c != ClassCanceled {
		t.Errorf("class %s (%v)", c, err)
	}
}

func TestMonotonic(t *testing.T) {
	var m Monotonic
	for _, tt := range []struct{ give, want uint64 }{{5, 5}, {7, 7}, {6, 7}, {9, 9}} {
		if got := m.Observe(tt.give); got != tt.want {
			t.Errorf("Observe(%d) = %d, want %d", tt.give, got, tt.want)
		}
	}
}

func TestRegistry(t *testing.T) {
	f := func(context.Context, Config, Options) (Adapter, error) { return nil, nil }
	mustPanic := func(name string, fn func()) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Errorf("%s: no panic", name)
			}
		}()
		fn()
	}
	Register("test-chain", f)
	mustPanic("duplicate", func() { Register("test-chain", f) })
	mustPanic("empty", func() { Register("", f) })
	mustPanic("nil", func() { Register("other", nil) })
	if _, ok := Lookup("test-chain"); !ok {
		t.Error("registered factory not found")
	}
	mustPanic("after freeze", func() { Register("late", f) })
	if _, err := New(context.Background(), Config{Chain: "nope"}, Options{}); !errors.Is(err, ErrMisconfigured) {
		t.Errorf("New of an unknown chain: %v", err)
	}
}

func TestTally(t *testing.T) {
	tests := []struct {
		give         Tally
		wantReported bool
		wantMissed   uint32
	}{
		{Tally{}, false, 0},
		{Tally{Done: 3}, false, 0},
		{Tally{Done: 0, Due: 4}, true, 10000},
		{Tally{Done: 3, Due: 4}, true, 2500},
		{Tally{Done: 2, Due: 3}, true, 3333},
		{Tally{Done: 5, Due: 4}, true, 0},
		{Tally{Done: 1, Due: math.MaxUint64}, true, 9999},
	}
	for _, tt := range tests {
		if got := tt.give.Reported(); got != tt.wantReported {
			t.Errorf("%+v.Reported() = %v, want %v", tt.give, got, tt.wantReported)
		}
		if got := tt.give.MissedBps(); got != tt.wantMissed {
			t.Errorf("%+v.MissedBps() = %d, want %d", tt.give, got, tt.wantMissed)
		}
	}
}
