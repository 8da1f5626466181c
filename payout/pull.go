package payout

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// BatchReader is what the pull handler needs of the store.
type BatchReader interface {
	BatchesAfter(ctx context.Context, token string, after int64, limit int) ([]store.StoredBatch, error)
}

// PullOptions tune the pull handler. The zero value means the defaults.
type PullOptions struct {
	// Logger receives store failures (never request details beyond the path); nil
	// discards them.
	Logger *slog.Logger
	// DefaultLimit is the page size when the request gives none; default 10.
	DefaultLimit int
	// MaxLimit is the largest page a request may ask for; default 100.
	MaxLimit int
}

// PullHandler serves the payout feed by cursor: GET /v1/payouts?after=SEQ&limit=N&token=T
// returns {"batches":[{"seq":SEQ,"batch":{…signed batch…}},…],"next":SEQ} in sequence
// order. A client passes next as after in its next request; since batches become visible
// in sequence order, a client that does so sees every batch exactly once, in order. An
// empty page means the client is up to date, and next equals after.
type PullHandler struct {
	batches BatchReader
	opts    PullOptions
}

// NewPullHandler returns the pull handler over batches. It does no authentication: mount
// it behind the API's.
func NewPullHandler(batches BatchReader, opts PullOptions) *PullHandler {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.DefaultLimit <= 0 {
		opts.DefaultLimit = 10
	}
	if opts.MaxLimit <= 0 {
		opts.MaxLimit = 100
	}
	opts.DefaultLimit = min(opts.DefaultLimit, opts.MaxLimit)
	return &PullHandler{batches: batches, opts: opts}
}

// pullError is the JSON body of a refused request.
type pullError struct {
	Error     string `json:"error"`
	Parameter string `json:"parameter,omitempty"`
}

// ServeHTTP implements http.Handler.
func (h *PullHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeJSON(w, http.StatusMethodNotAllowed, pullError{Error: "method " + r.Method + " not allowed"})
		return
	}
	after, limit, token, bad := h.parse(r)
	if bad != nil {
		writeJSON(w, http.StatusBadRequest, bad)
		return
	}
	page, err := h.batches.BatchesAfter(r.Context(), token, after, limit)
	if err != nil {
		if r.Context().Err() == nil {
			h.opts.Logger.ErrorContext(r.Context(), "payout feed page failed", "path", r.URL.Path, "after", after, "err", err)
		}
		writeJSON(w, http.StatusInternalServerError, pullError{Error: "internal error"})
		return
	}
	next := after
	size := 32
	for _, b := range page {
		size += len(b.Body) + 32
	}
	out := make([]byte, 0, size)
	out = append(out, `{"batches":[`...)
	for i, b := range page {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, `{"seq":`...)
		out = strconv.AppendInt(out, b.Seq, 10)
		out = append(out, `,"batch":`...)
		out = append(out, b.Body...)
		out = append(out, '}')
		next = b.Seq
	}
	out = append(out, `],"next":`...)
	out = strconv.AppendInt(out, next, 10)
	out = append(out, "}\n"...)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		_, _ = w.Write(out) // the client went away; nothing to do about it
	}
}

// parse reads the query; a refusal names the parameter.
func (h *PullHandler) parse(r *http.Request) (after int64, limit int, token string, bad *pullError) {
	q := r.URL.Query()
	for name, values := range q {
		switch name {
		case "after", "limit", "token":
		default:
			return 0, 0, "", &pullError{Error: fmt.Sprintf("unknown parameter %q (want after, limit, token)", name), Parameter: name}
		}
		if len(values) > 1 {
			return 0, 0, "", &pullError{Error: fmt.Sprintf("parameter %s given %d times", name, len(values)), Parameter: name}
		}
	}
	limit = h.opts.DefaultLimit
	if s := q.Get("after"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 {
			return 0, 0, "", &pullError{Error: fmt.Sprintf("after %q is not a sequence number (an integer, 0 or more)", s), Parameter: "after"}
		}
		after = n
	}
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > h.opts.MaxLimit {
			return 0, 0, "", &pullError{Error: fmt.Sprintf("limit %q is not an integer from 1 to %d", s, h.opts.MaxLimit), Parameter: "limit"}
		}
		limit = n
	}
	if s := q.Get("token"); s != "" || q.Has("token") {
		t, err := money.Lookup(s)
		if err != nil {
			return 0, 0, "", &pullError{Error: fmt.Sprintf("token %q is not a supported token", s), Parameter: "token"}
		}
		token = t.Symbol
	}
	return after, limit, token, nil
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_, _ = w.Write(append(data, '\n')) // the client went away; nothing to do about it
}

// Interface guards
var _ http.Handler = (*PullHandler)(nil)
