package signer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/softstake/staker/money"
)

// The signing service speaks JSON over HTTP on a Unix socket: POST /v1/sign and
// GET /v1/keys/{id}. Refusals travel as typed error bodies and come back out of the Client
// as the same typed errors, so callers cannot tell a remote signer from an in-process one.

// wireSignRequest is the body of POST /v1/sign.
type wireSignRequest struct {
	KeyID   string `json:"key_id"`
	Chain   string `json:"chain"`
	Payload []byte `json:"payload"` // base64 in JSON
	Intent  Intent `json:"intent"`
}

type wireSignature struct {
	Signature []byte `json:"signature"`
	PublicKey []byte `json:"public_key"`
}

type wireKey struct {
	PublicKey []byte  `json:"public_key"`
	Type      KeyType `json:"type"`
}

// wireError carries a refusal with the fields needed to rebuild its typed error.
type wireError struct {
	Kind      string       `json:"kind"` // denied, needs_approval, limit, conflict, locked, unknown_key, bad_request, internal
	Message   string       `json:"message"`
	Rule      string       `json:"rule,omitempty"`
	Detail    string       `json:"detail,omitempty"`
	IntentID  string       `json:"intent_id,omitempty"`
	Have      int          `json:"have,omitempty"`
	Need      int          `json:"need,omitempty"`
	LimitKind string       `json:"limit_kind,omitempty"`
	Token     string       `json:"token,omitempty"`
	Limit     money.Amount `json:"limit"`
	Used      money.Amount `json:"used"`
	Requested money.Amount `json:"requested"`
	KeyID     string       `json:"key_id,omitempty"`
	Chain     string       `json:"chain,omitempty"`
	Nonce     string       `json:"nonce,omitempty"`
	Signed    string       `json:"signed_payload_hash,omitempty"`
}

func toWire(err error) (int, wireError) {
	w := wireError{Message: err.Error()}
	var (
		denied   *DeniedError
		approval *NeedsApprovalError
		limit    *LimitError
		conflict *ConflictError
	)
	switch {
	case errors.As(err, &denied):
		w.Kind, w.Rule, w.Detail = "denied", denied.Rule, denied.Detail
		return http.StatusForbidden, w
	case errors.As(err, &approval):
		w.Kind, w.IntentID, w.Have, w.Need = "needs_approval", approval.IntentID, approval.Have, approval.Need
		return http.StatusForbidden, w
	case errors.As(err, &limit):
		w.Kind, w.LimitKind, w.Token, w.Limit, w.Used, w.Requested = "limit", limit.Kind, limit.Token, limit.Limit, limit.Used, limit.Requested
		return http.StatusForbidden, w
	case errors.As(err, &conflict):
		w.Kind, w.KeyID, w.Chain, w.Nonce, w.Signed = "conflict", conflict.KeyID, conflict.Chain, conflict.Nonce, conflict.SignedPayloadHash
		return http.StatusConflict, w
	case errors.Is(err, ErrLocked):
		w.Kind = "locked"
		return http.StatusServiceUnavailable, w
	case errors.Is(err, ErrUnknownKey):
		w.Kind = "unknown_key"
		return http.StatusNotFound, w
	}
	w.Kind = "internal"
	return http.StatusInternalServerError, w
}

func (w wireError) toError() error {
	switch w.Kind {
	case "denied":
		return &DeniedError{Rule: w.Rule, Detail: w.Detail}
	case "needs_approval":
		return &NeedsApprovalError{IntentID: w.IntentID, Have: w.Have, Need: w.Need}
	case "limit":
		return &LimitError{Kind: w.LimitKind, Token: w.Token, Limit: w.Limit, Used: w.Used, Requested: w.Requested}
	case "conflict":
		return &ConflictError{KeyID: w.KeyID, Chain: w.Chain, Nonce: w.Nonce, SignedPayloadHash: w.Signed}
	case "locked":
		return fmt.Errorf("signing service: %w", ErrLocked)
	case "unknown_key":
		return fmt.Errorf("signing service: %w", ErrUnknownKey)
	}
	return fmt.Errorf("signing service: %s: %s", w.Kind, w.Message)
}

// maxRequestBytes bounds a signing request body.
const maxRequestBytes = 1 << 20

// Handler returns the HTTP handler that serves s.
func Handler(s Signer) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/sign", func(w http.ResponseWriter, r *http.Request) {
		var req wireSignRequest
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxRequestBytes))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			writeJSON(w, http.StatusBadRequest, wireError{Kind: "bad_request", Message: "malformed sign request: " + err.Error()})
			return
		}
		sig, err := s.Sign(r.Context(), Request{KeyID: req.KeyID, Chain: req.Chain, Payload: req.Payload, Intent: req.Intent})
		if err != nil {
			status, body := toWire(err)
			writeJSON(w, status, body)
			return
		}
		writeJSON(w, http.StatusOK, wireSignature{Signature: sig.Bytes, PublicKey: sig.PublicKey})
	})
	mux.HandleFunc("GET /v1/keys/{id}", func(w http.ResponseWriter, r *http.Request) {
		pub, typ, err := s.PublicKey(r.Context(), r.PathValue("id"))
		if err != nil {
			status, body := toWire(err)
			writeJSON(w, status, body)
			return
		}
		writeJSON(w, http.StatusOK, wireKey{PublicKey: pub, Type: typ})
	})
	return mux
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client sees a truncated body as an error
}

// ListenUnix listens on a Unix socket at path with mode 0600, replacing a stale socket
// file left by a process that is gone. It refuses a path where another process listens.
func ListenUnix(path string) (net.Listener, error) {
	if c, err := net.DialTimeout("unix", path, time.Second); err == nil {
		c.Close()
		return nil, fmt.Errorf("signer socket %s: another signer is listening", path)
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("signer socket %s: %w", path, err)
	}
	l, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("signer socket: %w", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		l.Close()
		return nil, fmt.Errorf("signer socket: %w", err)
	}
	return l, nil
}

// Serve serves s on l until ctx ends, then shuts down, letting requests in flight finish.
func Serve(ctx context.Context, l net.Listener, s Signer) error {
	srv := &http.Server{Handler: Handler(s), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	select {
	case err := <-done:
		return fmt.Errorf("signer serve: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("signer serve: shutdown: %w", err)
	}
	return nil
}

// Client is a Signer that asks a signing service over its Unix socket.
type Client struct {
	http *http.Client
}

// NewClient returns a Client for the service listening on the Unix socket at path.
func NewClient(path string) *Client {
	dialer := &net.Dialer{Timeout: 5 * time.Second}
	return &Client{http: &http.Client{
		Timeout: time.Minute,
		Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return dialer.DialContext(ctx, "unix", path)
		}},
	}}
}

// Sign implements Signer.
func (c *Client) Sign(ctx context.Context, req Request) (Signature, error) {
	body, err := json.Marshal(wireSignRequest{KeyID: req.KeyID, Chain: req.Chain, Payload: req.Payload, Intent: req.Intent})
	if err != nil {
		return Signature{}, fmt.Errorf("sign: %w", err)
	}
	var out wireSignature
	if err := c.do(ctx, http.MethodPost, "/v1/sign", body, &out); err != nil {
		return Signature{}, err
	}
	return Signature{Bytes: out.Signature, PublicKey: out.PublicKey}, nil
}

// PublicKey implements Signer.
func (c *Client) PublicKey(ctx context.Context, keyID string) ([]byte, KeyType, error) {
	var out wireKey
	if err := c.do(ctx, http.MethodGet, "/v1/keys/"+url.PathEscape(keyID), nil, &out); err != nil {
		return nil, "", err
	}
	return out.PublicKey, out.Type, nil
}

func (c *Client) do(ctx context.Context, method, path string, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, "http://signer"+path, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("signing service: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("signing service: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxRequestBytes))
	if err != nil {
		return fmt.Errorf("signing service: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		var w wireError
		if err := json.Unmarshal(data, &w); err != nil || w.Kind == "" {
			return fmt.Errorf("signing service: HTTP %d", resp.StatusCode)
		}
		return w.toError()
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("signing service: bad response: %w", err)
	}
	return nil
}

// Interface guards.
var _ Signer = (*Client)(nil)
