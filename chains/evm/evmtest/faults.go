package evmtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
)

// Fault is what the FaultProxy does to one JSON-RPC request.
type Fault int

// Faults.
const (
	// Pass forwards the request and its answer untouched.
	Pass Fault = iota
	// TooMany answers HTTP 429 with Retry-After: 3600 without forwarding.
	TooMany
	// LimitInBody answers HTTP 200 with a JSON-RPC -32005 error without forwarding.
	LimitInBody
	// BadGatewayAfter forwards (the node acts on the request) and then answers HTTP 502.
	BadGatewayAfter
	// ResetMidBody forwards, then sends half of the node's answer and drops the connection.
	ResetMidBody
	// StaleHeight forwards; an eth_blockNumber answer is replaced by one 5 blocks lower.
	StaleHeight
)

// FaultProxy is an HTTP proxy in front of a node that injects faults into chosen JSON-RPC
// methods, and counts what reached the node.
type FaultProxy struct {
	URL      string
	upstream string
	mu       sync.Mutex
	rules    map[string][]Fault // method ("*" for any) -> queue of faults to apply, one per request
	always   map[string]Fault
	seen     map[string]int // method -> requests forwarded to the node
	header   http.Header    // of the last request
}

// LastHeader returns header name of the last request the proxy received.
func (p *FaultProxy) LastHeader(name string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.header.Get(name)
}

// NewFaultProxy starts a proxy to upstream, stopped when the test ends.
func NewFaultProxy(t testing.TB, upstream string) *FaultProxy {
	t.Helper()
	p := &FaultProxy{upstream: upstream, rules: map[string][]Fault{}, always: map[string]Fault{}, seen: map[string]int{}}
	srv := httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(srv.Close)
	p.URL = srv.URL
	return p
}

// Next makes the next n requests for method (or "*") suffer f.
func (p *FaultProxy) Next(method string, f Fault, n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for range n {
		p.rules[method] = append(p.rules[method], f)
	}
}

// Always makes every request for method suffer f until Clear.
func (p *FaultProxy) Always(method string, f Fault) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.always[method] = f
}

// Clear removes every fault.
func (p *FaultProxy) Clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rules, p.always = map[string][]Fault{}, map[string]Fault{}
}

// Forwarded returns how many requests for method reached the node.
func (p *FaultProxy) Forwarded(method string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.seen[method]
}

func (p *FaultProxy) fault(method string) Fault {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range []string{method, "*"} {
		if q := p.rules[m]; len(q) > 0 {
			p.rules[m] = q[1:]
			return q[0]
		}
		if f, ok := p.always[m]; ok {
			return f
		}
	}
	return Pass
}

func (p *FaultProxy) serve(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.header = r.Header.Clone()
	p.mu.Unlock()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	_ = json.Unmarshal(body, &req)
	f := p.fault(req.Method)
	switch f {
	case TooMany:
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return
	case LimitInBody:
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32005,"message":"limit exceeded"}}`, orNull(req.ID))
		return
	}
	resp, err := http.Post(p.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	out, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	p.mu.Lock()
	p.seen[req.Method]++
	p.mu.Unlock()
	switch f {
	case BadGatewayAfter:
		http.Error(w, "bad gateway", http.StatusBadGateway)
		return
	case ResetMidBody:
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(out)))
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(out[:len(out)/2])
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
			}
		}
		return
	case StaleHeight:
		if req.Method == "eth_blockNumber" {
			var res struct {
				Result string `json:"result"`
			}
			if json.Unmarshal(out, &res) == nil {
				if n, err := strconv.ParseUint(res.Result, 0, 64); err == nil && n > 5 {
					out = fmt.Appendf(nil, `{"jsonrpc":"2.0","id":%s,"result":"0x%x"}`, orNull(req.ID), n-5)
				}
			}
		}
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(out)
}

func orNull(id json.RawMessage) string {
	if len(id) == 0 {
		return "null"
	}
	return string(id)
}
