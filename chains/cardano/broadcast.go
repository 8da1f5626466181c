package cardano

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/blockfrost/blockfrost-go"
	"github.com/fxamacker/cbor/v2"
	"golang.org/x/crypto/blake2b"

	"github.com/softstake/staker/chains"
)

// Broadcast implements chains.Broadcaster. A submission the node refuses is looked up
// before it is called rejected: a transaction already in the mempool or on chain (its
// inputs then read as spent) is a success. A submission whose answer was lost, cut or
// garbled is an *chains.UnknownOutcomeError unless the lookup finds it.
func (a *Adapter) Broadcast(ctx context.Context, s chains.Signed) (chains.TxRef, error) {
	if s.Chain != Name {
		return chains.TxRef{}, fmt.Errorf("broadcast: transaction is for %q: %w", s.Chain, chains.ErrMisconfigured)
	}
	b, id, err := splitTx(s.Raw)
	if err != nil {
		return chains.TxRef{}, fmt.Errorf("broadcast: %w", err)
	}
	if id != s.Ref.ID {
		return chains.TxRef{}, fmt.Errorf("broadcast: raw transaction is %s, ref says %s: %w", id, s.Ref.ID, chains.ErrMisconfigured)
	}
	ref := s.Ref
	// Remember the inputs before they leave: Build must not spend them again while the
	// transaction may still land.
	a.mu.Lock()
	for _, in := range b.inputs {
		a.spent[in] = b.ttl
	}
	a.mu.Unlock()
	got, err := a.bf.TransactionSubmit(ctx, s.Raw)
	if err == nil {
		if got != id {
			return chains.TxRef{}, fmt.Errorf("broadcast: node says it accepted %q, we sent %s: %w", got, id, chains.ErrMisconfigured)
		}
		return ref, nil
	}
	var ae *blockfrost.APIError
	rejected := ""
	if errors.As(err, &ae) {
		if br, ok := ae.Response.(blockfrost.BadRequest); ok {
			rejected = br.Message
		}
	}
	if rejected == "" && errors.Is(err, chains.ErrRateLimited) {
		// A 429 is answered before the request is handled: nothing was submitted.
		return chains.TxRef{}, fmt.Errorf("broadcast %s: %w", id, err)
	}
	known, lerr := a.known(ctx, id)
	if lerr == nil && known {
		return ref, nil
	}
	if rejected != "" && lerr == nil {
		if !strings.Contains(rejected, "BadInputsUTxO") {
			a.forget(b) // refused for good; inputs spent elsewhere stay reserved
		}
		return chains.TxRef{}, fmt.Errorf("broadcast %s: %w", id, submitRejection(rejected))
	}
	cause := a.classify(ctx, "submit", err)
	if lerr != nil {
		cause = errors.Join(cause, lerr)
	}
	return chains.TxRef{}, &chains.UnknownOutcomeError{TxID: id, Err: cause}
}

// known reports whether the transaction is on chain or in the mempool.
func (a *Adapter) known(ctx context.Context, id string) (bool, error) {
	if _, err := a.bf.Transaction(ctx, id); err == nil {
		return true, nil
	} else if err = a.classify(ctx, "lookup", err); !errors.Is(err, errNotFound) {
		return false, err
	}
	if _, err := a.bf.MempoolTx(ctx, id); err == nil {
		return true, nil
	} else if err = a.classify(ctx, "mempool lookup", err); !errors.Is(err, errNotFound) {
		return false, err
	}
	return false, nil
}

// forget releases the inputs of a transaction the node refused for good.
func (a *Adapter) forget(b body) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, in := range b.inputs {
		delete(a.spent, in)
	}
}

// splitTx reads the body out of a signed transaction and returns it with its id.
func splitTx(raw []byte) (body, string, error) {
	var parts []cbor.RawMessage
	if err := decMode.Unmarshal(raw, &parts); err != nil || len(parts) != 4 {
		return body{}, "", fmt.Errorf("not a transaction: %w", chains.ErrMisconfigured)
	}
	b, err := decodeBody(parts[0])
	if err != nil {
		return body{}, "", err
	}
	sum := blake2b.Sum256(parts[0])
	return b, hex.EncodeToString(sum[:]), nil
}
