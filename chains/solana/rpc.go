package solana

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/gagliardetto/solana-go/rpc/jsonrpc"

	"github.com/softstake/staker/chains"
)

// statusClient turns the final HTTP status the retrying client hands back into the
// taxonomy before the JSON-RPC library sees it (which would lose the Retry-After header):
// 429 becomes a *chains.RateLimitedError, 5xx a *chains.RetryableError.
type statusClient struct{ c *http.Client }

func (s statusClient) Do(req *http.Request) (*http.Response, error) {
	resp, err := s.c.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		resp.Body.Close()
		if c := chains.ClassifyHTTPStatus(resp.StatusCode, resp.Header.Get("Retry-After"), string(body)); c != nil {
			return nil, c
		}
		return nil, fmt.Errorf("HTTP %d: %w", resp.StatusCode, chains.ErrMisconfigured)
	}
	return resp, nil
}

func (s statusClient) CloseIdleConnections() { s.c.CloseIdleConnections() }

// Solana JSON-RPC error codes.
const (
	codePreflightFailure  = -32002
	codeSignatureFailure  = -32003
	codeBlockNotAvailable = -32004
	codeNodeUnhealthy     = -32005
	codeMinContextSlot    = -32016
	codeInvalidParams     = -32602
	codeMethodNotFound    = -32601
)

// classify maps an error from the RPC client to the taxonomy.
func classify(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var rl *chains.RateLimitedError
	var re *chains.RetryableError
	if errors.As(err, &rl) || errors.As(err, &re) {
		return err
	}
	var je *jsonrpc.RPCError
	if errors.As(err, &je) {
		if c := chains.ClassifyRPCError(je.Code, je.Message); c != nil {
			return c
		}
		switch je.Code {
		case codeMethodNotFound, codeInvalidParams:
			return fmt.Errorf("node refused the request (%d %s): %w", je.Code, je.Message, chains.ErrMisconfigured)
		}
		return &chains.RetryableError{Err: fmt.Errorf("JSON-RPC %d: %s", je.Code, je.Message)}
	}
	var he *jsonrpc.HTTPError
	if errors.As(err, &he) {
		if c := chains.ClassifyHTTPStatus(he.Code, "", he.Error()); c != nil {
			return c
		}
		return fmt.Errorf("HTTP %d: %w", he.Code, chains.ErrMisconfigured)
	}
	var se *json.SyntaxError
	var ue *json.UnmarshalTypeError
	msg := err.Error()
	if errors.As(err, &se) || errors.As(err, &ue) || strings.Contains(msg, "unexpected EOF") ||
		strings.Contains(msg, "could not decode body") || strings.Contains(msg, "invalid character") {
		return &chains.RetryableError{Err: err} // a garbled or cut response: ask again
	}
	if c := chains.ClassifyTransport(ctx, err); c != err {
		return c
	}
	return &chains.RetryableError{Err: err}
}

// rpcErrorOf returns the JSON-RPC error in err's chain, or nil.
func rpcErrorOf(err error) *jsonrpc.RPCError {
	var je *jsonrpc.RPCError
	if errors.As(err, &je) {
		return je
	}
	return nil
}

// retryAfterOf returns the wait a rate-limit error asks for.
func retryAfterOf(err error) time.Duration {
	var rl *chains.RateLimitedError
	if errors.As(err, &rl) {
		return rl.RetryAfter
	}
	return 0
}
