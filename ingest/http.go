package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"time"

	"github.com/softstake/staker/store"
)

// Recorder stores events idempotently by id, each batch all or nothing; store.Store
// satisfies it. See store.Store.RecordBalances for the rules.
type Recorder interface {
	RecordBalances(ctx context.Context, events []store.BalanceEvent) (store.IngestResult, error)
	RecordActivations(ctx context.Context, events []store.ActivationEvent) (store.IngestResult, error)
}

// DefaultMaxBodyBytes bounds a request body when HandlerOptions.MaxBodyBytes is zero.
const DefaultMaxBodyBytes = 16 << 20

// HandlerOptions configure NewHandler. The zero value is ready to use.
type HandlerOptions struct {
	// MaxBodyBytes bounds a request body; larger ones get 413. Zero means
	// DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Logger receives store failures (answered 500); nil discards them.
	Logger *slog.Logger
}

// NewHandler returns the HTTP intake of the feed:
//
//	POST /v1/balances     a JSON array of balance events
//	POST /v1/activations  a JSON array of activation events
//
// (the event forms are documented in event.go). Each request is one batch, stored all or
// nothing, and answered:
//
//	200 {"accepted": N, "duplicates": M}
//	400 {"error": "...", "index": I, "field": "balance"}  the first bad event (index and
//	    field are left out when the body as a whole is bad)
//	409 {"error": "...", "id": "..."}  an id already used for other content, or an event in
//	    a closed day (with "token" and "day")
//	413 the body is larger than the limit; 415 a Content-Type other than JSON
//	503 this replica has lost the leader lease; 500 any other store failure
//
// It does no authentication: the API layer in front of it does.
func NewHandler(rec Recorder, opts HandlerOptions) http.Handler {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	h := &handler{rec: rec, opts: opts}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/balances", h.balances)
	mux.HandleFunc("POST /v1/activations", h.activations)
	return mux
}

type handler struct {
	rec  Recorder
	opts HandlerOptions
}

// errorBody is the JSON of an error answer.
type errorBody struct {
	Error string `json:"error"`
	Index *int   `json:"index,omitempty"`
	Field string `json:"field,omitempty"`
	ID    string `json:"id,omitempty"`
	Token string `json:"token,omitempty"`
	Day   string `json:"day,omitempty"`
}

// resultBody is the JSON of a stored batch.
type resultBody struct {
	Accepted   int `json:"accepted"`
	Duplicates int `json:"duplicates"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client has gone if this fails
}

// readBatch reads the body as a JSON array, answering the request itself when it cannot.
func (h *handler) readBatch(w http.ResponseWriter, r *http.Request) ([]json.RawMessage, bool) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			writeJSON(w, http.StatusUnsupportedMediaType, errorBody{Error: fmt.Sprintf("content type %q: want application/json", ct)})
			return nil, false
		}
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, h.opts.MaxBodyBytes))
	var batch []json.RawMessage
	err := dec.Decode(&batch)
	if err == nil && dec.More() {
		err = errors.New("data after the array")
	}
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{Error: fmt.Sprintf("body larger than %d bytes", tooBig.Limit)})
		return nil, false
	case err != nil || batch == nil:
		if err == nil {
			err = errors.New("null")
		}
		writeJSON(w, http.StatusBadRequest, errorBody{Error: fmt.Sprintf("body is not a JSON array of events: %v", err)})
		return nil, false
	}
	return batch, true
}

// badEvent answers 400 for the index-th event.
func badEvent(w http.ResponseWriter, index int, e *EventError) {
	e.Index = index
	writeJSON(w, http.StatusBadRequest, errorBody{Error: e.Error(), Index: &index, Field: e.Field})
}

func (h *handler) balances(w http.ResponseWriter, r *http.Request) {
	batch, ok := h.readBatch(w, r)
	if !ok {
		return
	}
	events := make([]store.BalanceEvent, len(batch))
	for i, raw := range batch {
		e, ferr := parseBalanceJSON(raw)
		if ferr != nil {
			badEvent(w, i, ferr)
			return
		}
		events[i] = e
	}
	res, err := h.rec.RecordBalances(r.Context(), events)
	h.answer(w, r, "balances", len(events), res, err)
}

func (h *handler) activations(w http.ResponseWriter, r *http.Request) {
	batch, ok := h.readBatch(w, r)
	if !ok {
		return
	}
	events := make([]store.ActivationEvent, len(batch))
	for i, raw := range batch {
		e, ferr := parseActivationJSON(raw)
		if ferr != nil {
			badEvent(w, i, ferr)
			return
		}
		events[i] = e
	}
	res, err := h.rec.RecordActivations(r.Context(), events)
	h.answer(w, r, "activations", len(events), res, err)
}

// answer turns the store's verdict on a batch into the response.
func (h *handler) answer(w http.ResponseWriter, r *http.Request, kind string, n int, res store.IngestResult, err error) {
	var (
		conflict *store.EventConflictError
		closed   *store.DayClosedError
	)
	switch {
	case err == nil:
		writeJSON(w, http.StatusOK, resultBody{Accepted: res.Accepted, Duplicates: res.Duplicates})
	case errors.As(err, &conflict):
		writeJSON(w, http.StatusConflict, errorBody{Error: err.Error(), ID: conflict.ID})
	case errors.As(err, &closed):
		writeJSON(w, http.StatusConflict, errorBody{Error: err.Error(), ID: closed.EventID, Token: closed.Token, Day: closed.Day.Format(time.DateOnly)})
	case errors.Is(err, store.ErrInvalidEvent):
		writeJSON(w, http.StatusBadRequest, errorBody{Error: err.Error()})
	case errors.Is(err, store.ErrFenced):
		writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: "not the leader; retry"})
	default:
		h.opts.Logger.ErrorContext(r.Context(), "storing events failed", "kind", kind, "events", n, "err", err)
		writeJSON(w, http.StatusInternalServerError, errorBody{Error: "storing the events failed; retry"})
	}
}
