package evm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/softstake/staker/chains"
)

// RevertMap decodes revert data (Error(string), Panic(uint256) and a chain's custom errors)
// and maps it to a rejection reason.
type RevertMap struct {
	custom  map[[4]byte]abi.Error
	reasons map[string]chains.Reason
}

// NewRevertMap returns a RevertMap that knows the custom errors of abis and maps error
// names and revert strings to reasons. A revert string matches a key it contains.
func NewRevertMap(abis []*abi.ABI, reasons map[string]chains.Reason) *RevertMap {
	m := &RevertMap{custom: map[[4]byte]abi.Error{}, reasons: reasons}
	for _, a := range abis {
		for _, e := range a.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			m.custom[id] = e
		}
	}
	return m
}

var (
	errorStringID = []byte{0x08, 0xc3, 0x79, 0xa0}
	panicID       = []byte{0x4e, 0x48, 0x7b, 0x71}
)

// Decode returns the revert's text (a custom error's name, or the revert string) and its
// reason (ReasonReverted when nothing more specific is known).
func (m *RevertMap) Decode(data []byte) (string, chains.Reason) {
	text := ""
	switch {
	case len(data) == 0:
		return "reverted without a reason", chains.ReasonReverted
	case len(data) >= 4 && bytes.Equal(data[:4], errorStringID):
		s, err := abi.UnpackRevert(data)
		if err != nil {
			return "malformed revert string", chains.ReasonReverted
		}
		text = s
	case len(data) >= 4 && bytes.Equal(data[:4], panicID):
		return "panic " + hexutil.Encode(data[4:]), chains.ReasonReverted
	case len(data) >= 4:
		var id [4]byte
		copy(id[:], data[:4])
		e, ok := m.custom[id]
		if !ok {
			return "custom error " + hexutil.Encode(data[:4]), chains.ReasonReverted
		}
		text = e.Name
	}
	return text, m.reason(text)
}

func (m *RevertMap) reason(text string) chains.Reason {
	if m == nil {
		return chains.ReasonReverted
	}
	if r, ok := m.reasons[text]; ok {
		return r
	}
	for k, r := range m.reasons {
		if strings.Contains(text, k) {
			return r
		}
	}
	return chains.ReasonReverted
}

// classify maps an error from the node to the chains taxonomy, decoding reverts.
func (e *Engine) classify(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var de rpc.DataError
	if errors.As(err, &de) && isRevert(err) {
		var data []byte
		if s, ok := de.ErrorData().(string); ok {
			data, _ = hexutil.Decode(s)
		}
		text, reason := e.params.Reverts.Decode(data)
		return &chains.RejectedError{Reason: reason, Detail: text}
	}
	var re rpc.Error
	if errors.As(err, &re) {
		if c := chains.ClassifyRPCError(re.ErrorCode(), re.Error()); c != nil {
			return c
		}
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		if c := chains.ClassifyHTTPStatus(he.StatusCode, "", string(he.Body)); c != nil {
			return c
		}
		return fmt.Errorf("HTTP %d: %w", he.StatusCode, chains.ErrMisconfigured)
	}
	msg := strings.ToLower(err.Error())
	switch {
	case isRevert(err):
		return &chains.RejectedError{Reason: e.params.Reverts.reason(err.Error()), Detail: err.Error()}
	case strings.Contains(msg, "insufficient funds"):
		return chains.Rejected(chains.ReasonInsufficientFunds, "%v", err)
	case strings.Contains(msg, "gas required exceeds"):
		return chains.Rejected(chains.ReasonReverted, "%v", err)
	}
	var se *json.SyntaxError
	var ue *json.UnmarshalTypeError
	if errors.As(err, &se) || errors.As(err, &ue) || strings.Contains(msg, "invalid character") {
		// A garbled or cut response: ask again.
		return &chains.RetryableError{Err: err}
	}
	// Transport failures, and any other error from a node that answered a well-formed
	// request: a node erring on a read is unhealthy rather than right, so ask again.
	if c := chains.ClassifyTransport(ctx, err); c != err {
		return c
	}
	return &chains.RetryableError{Err: err}
}

func isRevert(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "execution reverted") || strings.Contains(m, "revert")
}
