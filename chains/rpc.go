package chains

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// RPCPolicy bounds how an adapter's HTTP client retries. The zero value is not usable; start
// from DefaultRPCPolicy.
type RPCPolicy struct {
	// MaxAttempts is the number of tries per request, the first included.
	MaxAttempts int
	// WaitMin and WaitMax bound the exponential backoff between tries (with jitter).
	WaitMin, WaitMax time.Duration
	// MaxRetryAfter caps any wait a server asks for with Retry-After: we never sleep longer,
	// whatever the header says.
	MaxRetryAfter time.Duration
	// AttemptTimeout bounds one HTTP attempt, headers and body.
	AttemptTimeout time.Duration
	// CallTimeout bounds one logical call, retries included (see WithCallTimeout).
	CallTimeout time.Duration
}

// DefaultRPCPolicy is the production policy: 4 tries, 250 ms to 10 s backoff, Retry-After
// capped at 60 s, 20 s per attempt, 90 s per call.
var DefaultRPCPolicy = RPCPolicy{
	MaxAttempts:    4,
	WaitMin:        250 * time.Millisecond,
	WaitMax:        10 * time.Second,
	MaxRetryAfter:  60 * time.Second,
	AttemptTimeout: 20 * time.Second,
	CallTimeout:    90 * time.Second,
}

// WithCallTimeout returns ctx bounded by p.CallTimeout (or ctx itself when that is zero).
func (p RPCPolicy) WithCallTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	if p.CallTimeout <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, p.CallTimeout)
}

// NewHTTPClient returns an *http.Client for JSON-RPC that retries transport errors, HTTP 429
// and 5xx (except 501), and JSON-RPC rate-limit and lagging-node errors carried inside an
// HTTP 200 body, with jittered exponential backoff and Retry-After honoured up to
// p.MaxRetryAfter. It stops at the request's context. Once out of tries it hands the last
// response to the caller unchanged, so the RPC library sees (and the adapter classifies) the
// real status or JSON-RPC error. Retrying is safe because every request is a read or the
// submission of identical signed bytes: nothing is re-derived inside this loop.
func NewHTTPClient(p RPCPolicy, logger *slog.Logger) *http.Client {
	return newHTTPClient(p, logger, nil)
}

// NewFailoverHTTPClient is NewHTTPClient over several endpoints: every request goes to the
// current endpoint (its URL and headers replace the request's), and a transport error, an
// HTTP 429 or a 5xx moves the next try, and later requests, to the next endpoint in order.
// Retrying on another node is safe for the same reason retrying is: requests are reads or
// identical signed bytes.
func NewFailoverHTTPClient(p RPCPolicy, logger *slog.Logger, endpoints []Endpoint) *http.Client {
	return newHTTPClient(p, logger, endpoints)
}

func newHTTPClient(p RPCPolicy, logger *slog.Logger, endpoints []Endpoint) *http.Client {
	c := retryablehttp.NewClient()
	var rt http.RoundTripper = &http.Transport{
		Proxy:               nil,
		DialContext:         (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConnsPerHost: 8,
		IdleConnTimeout:     90 * time.Second,
	}
	if len(endpoints) > 1 {
		rt = &failover{base: rt, endpoints: endpoints}
	}
	c.HTTPClient = &http.Client{Timeout: p.AttemptTimeout, Transport: rt}
	c.Logger = nil
	if logger != nil {
		c.Logger = retryLogger{logger}
	}
	c.RetryMax = max(p.MaxAttempts-1, 0)
	c.RetryWaitMin, c.RetryWaitMax = p.WaitMin, p.WaitMax
	c.CheckRetry = checkRetry
	c.Backoff = func(lo, hi time.Duration, attempt int, resp *http.Response) time.Duration {
		return backoff(p, attempt, resp)
	}
	c.ErrorHandler = retryablehttp.PassthroughErrorHandler
	return c.StandardClient()
}

// retryLogger adapts slog to retryablehttp's leveled logger, at debug level only: the caller
// handles (and logs) the final error.
type retryLogger struct{ l *slog.Logger }

// Error logs at debug level.
func (r retryLogger) Error(msg string, kv ...any) { r.l.Debug(msg, kv...) }

// Info logs at debug level.
func (r retryLogger) Info(msg string, kv ...any) { r.l.Debug(msg, kv...) }

// Debug logs at debug level.
func (r retryLogger) Debug(msg string, kv ...any) { r.l.Debug(msg, kv...) }

// Warn logs at debug level.
func (r retryLogger) Warn(msg string, kv ...any) { r.l.Debug(msg, kv...) }

// failover sends each request to the current endpoint and moves on when it fails.
type failover struct {
	base      http.RoundTripper
	endpoints []Endpoint
	current   atomic.Int64
}

func (f *failover) RoundTrip(req *http.Request) (*http.Response, error) {
	i := f.current.Load()
	ep := f.endpoints[int(i)%len(f.endpoints)]
	u, err := url.Parse(ep.URL)
	if err != nil {
		return nil, fmt.Errorf("endpoint %d: %w", i, err)
	}
	r := req.Clone(req.Context())
	r.URL, r.Host = u, u.Host
	for k, v := range ep.Header {
		r.Header[k] = v
	}
	resp, err := f.base.RoundTrip(r)
	if err != nil || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		f.current.CompareAndSwap(i, i+1)
	}
	return resp, err
}

// backoff returns the wait before try attempt+1: the server's Retry-After capped at
// p.MaxRetryAfter, or jittered exponential backoff between p.WaitMin and p.WaitMax.
func backoff(p RPCPolicy, attempt int, resp *http.Response) time.Duration {
	if resp != nil {
		if d, ok := RetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			return min(d, p.MaxRetryAfter)
		}
	}
	d := p.WaitMin << min(attempt, 20)
	if d <= 0 || d > p.WaitMax {
		d = p.WaitMax
	}
	// Full jitter on the upper half keeps many clients from retrying in step.
	half := d / 2
	if half > 0 {
		d = half + rand.N(half+1)
	}
	return d
}

// RetryAfter parses a Retry-After header (seconds or an HTTP date, relative to now). It
// reports false when the header is absent or unparsable; negative values become zero.
func RetryAfter(h string, now time.Time) (time.Duration, bool) {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0, false
	}
	if s, err := strconv.ParseInt(h, 10, 64); err == nil {
		if s < 0 {
			return 0, true
		}
		if s > int64(24*time.Hour/time.Second) {
			s = int64(24 * time.Hour / time.Second)
		}
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(h); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// checkRetry decides whether one attempt is retried.
func checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		// Transport errors: connection refused or reset, timeouts, a body cut short.
		return true, nil
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		return true, nil
	case resp.StatusCode == http.StatusNotImplemented:
		return false, nil
	case resp.StatusCode >= 500 || resp.StatusCode == 0:
		return true, nil
	case resp.StatusCode != http.StatusOK:
		return false, nil
	}
	// A 200 may still carry a rate-limit or lagging-node error: look, then put the body back.
	body, rerr := io.ReadAll(io.LimitReader(resp.Body, maxInspect+1))
	resp.Body.Close()
	if rerr != nil {
		// The body was cut mid-way: the response is unusable, try again.
		return true, nil
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	if len(body) > maxInspect {
		return false, nil
	}
	return RPCBodyRetryable(body), nil
}

// maxInspect bounds how much of a 200 body checkRetry reads to look for an error object.
const maxInspect = 1 << 20

// rpcError is the JSON-RPC 2.0 error object.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// RPCBodyRetryable reports whether a JSON-RPC response body (single or batch) carries an
// error that a retry may cure: a rate limit (-32005, or a message saying so) or a lagging
// node ("header not found", "unknown block"). Execution errors (reverts) are not retryable.
func RPCBodyRetryable(body []byte) bool {
	var one struct {
		Error *rpcError `json:"error"`
	}
	if json.Unmarshal(body, &one) == nil {
		return one.Error != nil && ClassifyRPCError(one.Error.Code, one.Error.Message) != nil
	}
	var batch []struct {
		Error *rpcError `json:"error"`
	}
	if json.Unmarshal(body, &batch) == nil {
		for _, r := range batch {
			if r.Error != nil && ClassifyRPCError(r.Error.Code, r.Error.Message) != nil {
				return true
			}
		}
	}
	return false
}

// JSON-RPC error codes with a meaning for the taxonomy.
const (
	CodeLimitExceeded = -32005 // EIP-1474 "limit exceeded": rate limits
	CodeInternal      = -32603
)

// ClassifyRPCError maps a JSON-RPC error object to the taxonomy when it is transient: a
// *RateLimitedError for rate limits, a *RetryableError for lagging or overloaded nodes. It
// returns nil for anything else (execution errors and rejections are the adapter's to map).
func ClassifyRPCError(code int, message string) error {
	m := strings.ToLower(message)
	switch {
	case code == CodeLimitExceeded, code == 429,
		strings.Contains(m, "rate limit"), strings.Contains(m, "too many requests"),
		strings.Contains(m, "request limit"), strings.Contains(m, "exceeded the quota"):
		return &RateLimitedError{Detail: message}
	case strings.Contains(m, "header not found"), strings.Contains(m, "unknown block"),
		strings.Contains(m, "missing trie node"), strings.Contains(m, "block not found"),
		strings.Contains(m, "service unavailable"), strings.Contains(m, "upstream"),
		strings.Contains(m, "timeout"), strings.Contains(m, "timed out"):
		return &RetryableError{Err: errors.New(message)}
	}
	return nil
}

// ClassifyTransport maps an error from an HTTP round trip (after our retries) to the
// taxonomy: the caller's own cancellation stays as is; network failures, cut bodies and
// timeouts become *RetryableError. Other errors are returned unchanged.
func ClassifyTransport(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var ne net.Error
	switch {
	case errors.As(err, &ne), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.Is(err, context.DeadlineExceeded), errors.Is(err, net.ErrClosed):
		return &RetryableError{Err: err}
	}
	var ue interface{ Timeout() bool }
	if errors.As(err, &ue) {
		return &RetryableError{Err: err}
	}
	return err
}

// ClassifyHTTPStatus maps a final non-200 HTTP status to the taxonomy.
func ClassifyHTTPStatus(status int, retryAfter string, body string) error {
	switch {
	case status == http.StatusTooManyRequests:
		d, _ := RetryAfter(retryAfter, time.Now())
		return &RateLimitedError{RetryAfter: d, Detail: "HTTP 429"}
	case status >= 500 || status == 0:
		return &RetryableError{Err: errors.New("HTTP " + strconv.Itoa(status) + ": " + truncate(body, 200))}
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// Monotonic tracks the highest height seen from a chain, so that a load-balanced endpoint
// answering from a lagging node never makes time run backwards. The zero value is ready.
type Monotonic struct {
	mu   sync.Mutex
	high uint64
}

// Observe records h and returns the highest height seen so far, h included.
func (m *Monotonic) Observe(h uint64) uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	if h > m.high {
		m.high = h
	}
	return m.high
}

// Highest returns the highest height observed (zero before any).
func (m *Monotonic) Highest() uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.high
}
