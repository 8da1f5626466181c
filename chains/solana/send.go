package solana

import (
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	sol "github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/mr-tron/base58"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Attach checks that sig is the action owner's ed25519 signature over the message and
// returns the wire transaction: one signature, then the message.
func (a *Adapter) Attach(u chains.Unsigned, sig signer.Signature) (chains.Signed, error) {
	m, err := parseMessage(u.Payload)
	if err != nil {
		return chains.Signed{}, errNotOurs(err)
	}
	if m.signers != 1 {
		return chains.Signed{}, chains.Rejected(chains.ReasonInvalid, "message wants %d signatures", m.signers)
	}
	from := m.keys[0]
	if from.String() != u.Intent.From {
		return chains.Signed{}, chains.Rejected(chains.ReasonInvalid, "message is paid by %s, the action's owner is %s", from, u.Intent.From)
	}
	if len(sig.Bytes) != ed25519.SignatureSize || !ed25519.Verify(from[:], u.Payload, sig.Bytes) {
		return chains.Signed{}, chains.Rejected(chains.ReasonInvalid, "signature is not %s's over the message", from)
	}
	raw := make([]byte, 0, 1+len(sig.Bytes)+len(u.Payload))
	raw = append(append(append(raw, 1), sig.Bytes...), u.Payload...)
	return chains.Signed{Chain: Chain, Raw: raw, Replaces: u.Replaces,
		Ref: chains.TxRef{ID: base58.Encode(sig.Bytes), Sender: from.String(), Seq: u.Seq}}, nil
}

// parseSigned splits a wire transaction of ours into its signature and message and checks
// the signature.
func parseSigned(raw []byte) (sig []byte, m *msg, err error) {
	if len(raw) < 1+ed25519.SignatureSize || raw[0] != 1 {
		return nil, nil, errNotOurs(fmt.Errorf("not a single-signature transaction"))
	}
	sig, body := raw[1:1+ed25519.SignatureSize], raw[1+ed25519.SignatureSize:]
	if m, err = parseMessage(body); err != nil {
		return nil, nil, errNotOurs(err)
	}
	if m.signers != 1 || !ed25519.Verify(m.keys[0][:], body, sig) {
		return nil, nil, errNotOurs(fmt.Errorf("signature does not verify"))
	}
	return sig, m, nil
}

var zeroRetries uint

// Broadcast sends the signed bytes with preflight at `confirmed` and maxRetries 0. A
// transaction the node reports as already processed is a success; one rejected by preflight
// is first looked up (it may have landed through an earlier send) and otherwise rejected with
// the stake or system program's reason; an expired blockhash is a rejection only when the
// transaction is not on chain. Anything else is an unknown outcome: send the same bytes again
// or ask Status.
func (a *Adapter) Broadcast(ctx context.Context, s chains.Signed) (chains.TxRef, error) {
	if err := ctx.Err(); err != nil {
		return chains.TxRef{}, err
	}
	sig, m, err := parseSigned(s.Raw)
	if err != nil {
		return chains.TxRef{}, err
	}
	ref := chains.TxRef{ID: base58.Encode(sig), Sender: m.keys[0].String(), Seq: s.Ref.Seq}
	if s.Ref.ID != "" && s.Ref.ID != ref.ID {
		return chains.TxRef{}, chains.Rejected(chains.ReasonInvalid, "signed bytes are %s, not %s", ref.ID, s.Ref.ID)
	}
	cctx, cancel := a.policy.WithCallTimeout(ctx)
	defer cancel()
	got, err := a.rpc.SendRawTransactionWithOpts(cctx, s.Raw, rpc.TransactionOpts{
		SkipPreflight: false, PreflightCommitment: rpc.CommitmentConfirmed, MaxRetries: &zeroRetries})
	if err == nil {
		if got.String() != ref.ID {
			return ref, &chains.UnknownOutcomeError{TxID: ref.ID, Err: fmt.Errorf("node answered signature %s", got)}
		}
		return ref, nil
	}
	je := rpcErrorOf(err)
	switch {
	case je != nil && je.Code == codePreflightFailure:
		te := parseTxError(preflightErr(je.Data))
		if te.name == "AlreadyProcessed" {
			return ref, nil
		}
		// It may have landed through an earlier send whose answer was lost.
		if st, serr := a.Status(ctx, ref); serr == nil && st.State != chains.StateUnknown && st.State != chains.StateExpired {
			return ref, nil
		}
		if te.name == "BlockhashNotFound" {
			return ref, a.blockhashNotFound(ctx, ref, je.Message)
		}
		if te.name == "" {
			return ref, &chains.UnknownOutcomeError{TxID: ref.ID, Err: classify(cctx, err)}
		}
		reason, detail := te.reason(m)
		return ref, chains.Rejected(reason, "%s", detail)
	case je != nil && je.Code == codeSignatureFailure:
		return ref, chains.Rejected(chains.ReasonInvalid, "signature verification failure")
	case ctx.Err() != nil:
		return ref, &chains.UnknownOutcomeError{TxID: ref.ID, Err: ctx.Err()}
	}
	return ref, &chains.UnknownOutcomeError{TxID: ref.ID, Err: classify(cctx, err)}
}

// blockhashNotFound decides what a preflight "blockhash not found" means: expired when the
// node's finalized height has passed the transaction's last valid height, otherwise a node
// that has not seen the blockhash yet (a lagging node behind a load balancer).
func (a *Adapter) blockhashNotFound(ctx context.Context, ref chains.TxRef, cause string) error {
	if ref.Seq > 0 {
		h, err := a.blockHeight(ctx, rpc.CommitmentFinalized)
		if err == nil && h > ref.Seq {
			return chains.Rejected(chains.ReasonNonce, "blockhash expired: last valid block height %d, finalized height %d", ref.Seq, h)
		}
	}
	return &chains.UnknownOutcomeError{TxID: ref.ID, Err: &chains.RetryableError{Err: fmt.Errorf("node does not know the blockhash yet: %s", cause)}}
}

// preflightErr extracts data.err of a preflight failure.
func preflightErr(d any) any {
	if m, ok := d.(map[string]any); ok {
		return m["err"]
	}
	return nil
}

// txErr is a decoded TransactionError.
type txErr struct {
	name   string // "InstructionError", "BlockhashNotFound", …; "" when absent
	index  int    // instruction index
	ixName string // the instruction error: "InsufficientFunds", "Custom", …
	custom uint32
}

// parseTxError reads the JSON shapes of TransactionError: a string, or an object with one
// key ({"InstructionError":[i, "Name" | {"Custom": n}]}, {"InsufficientFundsForRent": …}).
func parseTxError(v any) txErr {
	b, err := json.Marshal(v)
	if err != nil || v == nil {
		return txErr{}
	}
	var name string
	if json.Unmarshal(b, &name) == nil {
		return txErr{name: name}
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(b, &obj) != nil || len(obj) != 1 {
		return txErr{name: string(b)}
	}
	for k, raw := range obj {
		e := txErr{name: k}
		if k != "InstructionError" {
			return e
		}
		var pair []json.RawMessage
		if json.Unmarshal(raw, &pair) != nil || len(pair) != 2 || json.Unmarshal(pair[0], &e.index) != nil {
			return e
		}
		if json.Unmarshal(pair[1], &e.ixName) != nil {
			var c struct {
				Custom *uint32 `json:"Custom"`
			}
			if json.Unmarshal(pair[1], &c) == nil && c.Custom != nil {
				e.ixName, e.custom = "Custom", *c.Custom
			} else {
				e.ixName = string(pair[1])
			}
		}
		return e
	}
	return txErr{}
}

func (e txErr) String() string {
	switch {
	case e.name == "InstructionError" && e.ixName == "Custom":
		return fmt.Sprintf("instruction %d: custom program error 0x%x", e.index, e.custom)
	case e.name == "InstructionError":
		return fmt.Sprintf("instruction %d: %s", e.index, e.ixName)
	}
	return e.name
}

// Custom errors of the system program and the stake program, with what they mean for the
// pool.
var (
	systemErrors = map[uint32]struct {
		reason chains.Reason
		text   string
	}{
		0: {chains.ReasonInvalid, "account already in use"},
		1: {chains.ReasonInsufficientFunds, "insufficient lamports"},
		5: {chains.ReasonInvalid, "address does not match seed"},
	}
	stakeErrors = map[uint32]struct {
		reason chains.Reason
		text   string
	}{
		1:  {chains.ReasonNotMatured, "lockup in force"},
		2:  {chains.ReasonInvalid, "stake already deactivated"},
		3:  {chains.ReasonNotMatured, "too soon to redelegate"},
		4:  {chains.ReasonInsufficientFunds, "split amount exceeds the stake"},
		5:  {chains.ReasonNotMatured, "stake is activating or deactivating and cannot be merged now"},
		6:  {chains.ReasonInvalid, "stake accounts cannot be merged (different authorities, lockups, validators or states)"},
		12: {chains.ReasonBelowMinimum, "below the minimum delegation"},
		16: {chains.ReasonNotMatured, "epoch rewards are being distributed"},
	}
)

// reason maps a transaction error to a rejection reason, using the message to know which
// program and instruction failed.
func (e txErr) reason(m *msg) (chains.Reason, string) {
	var program pubkey
	var opcode uint32
	if e.name == "InstructionError" && e.index >= 0 && e.index < len(m.ixs) {
		in := m.ixs[e.index]
		program = in.program
		if len(in.data) >= 4 {
			opcode = binary.LittleEndian.Uint32(in.data)
		}
	}
	switch e.name {
	case "InstructionError":
		switch {
		case e.ixName == "Custom" && program == keyStake:
			if r, ok := stakeErrors[e.custom]; ok {
				return r.reason, "stake program: " + r.text
			}
		case e.ixName == "Custom" && program == keySystem:
			if r, ok := systemErrors[e.custom]; ok {
				return r.reason, "system program: " + r.text
			}
		case e.ixName == "InsufficientFunds" && program == keyStake && opcode == 4:
			return chains.ReasonNotMatured, "stake program: withdrawal exceeds what is not staked (stake still active or cooling down)"
		case e.ixName == "InsufficientFunds":
			return chains.ReasonInsufficientFunds, e.String()
		case e.ixName == "MissingRequiredSignature":
			return chains.ReasonInvalid, e.String() + " (wrong authority)"
		}
		return chains.ReasonReverted, e.String()
	case "InsufficientFundsForFee", "AccountNotFound", "InsufficientFundsForRent":
		return chains.ReasonInsufficientFunds, e.name
	}
	return chains.ReasonInvalid, e.String()
}

// fee reads what an included transaction was charged (getTransaction's meta.fee: the
// signature statuses do not carry it). A node that does not serve the transaction yet
// leaves it unknown (zero), unless the status is already done: then the fee is owed to the
// caller, and the answer is a retryable error rather than a fee of nothing.
func (a *Adapter) fee(ctx context.Context, sig sol.Signature, done bool) (money.Amount, error) {
	var legacy uint64
	res, err := call(ctx, a, "transaction fee", func(ctx context.Context) (*rpc.GetTransactionResult, error) {
		r, err := a.rpc.GetTransaction(ctx, sig, &rpc.GetTransactionOpts{Encoding: sol.EncodingBase64,
			Commitment: rpc.CommitmentConfirmed, MaxSupportedTransactionVersion: &legacy})
		if err == rpc.ErrNotFound {
			return nil, nil
		}
		return r, err
	})
	switch {
	case err != nil:
		return money.Amount{}, err
	case res == nil && done:
		return money.Amount{}, fmt.Errorf("transaction fee: %w", &chains.RetryableError{Err: errors.New("a transaction with a status is not served yet")})
	case res == nil:
		return money.Zero, nil
	case res.Meta == nil:
		return money.Amount{}, fmt.Errorf("transaction fee: %w", &chains.RetryableError{Err: errors.New("transaction served without its meta")})
	}
	return money.NewAmountUint64(res.Meta.Fee), nil
}

// Status reports where ref stands: confirmed or finalized (or failed, with the error) once
// the node has processed it; expired when the node's finalized block height has passed
// ref.Seq (the transaction's last valid block height) and it is not on chain; unknown
// otherwise. The height is read before the signature, so a transaction that lands in
// between is never called expired. An included transaction's fee is its meta.fee from
// getTransaction.
func (a *Adapter) Status(ctx context.Context, ref chains.TxRef) (chains.TxStatus, error) {
	if err := ctx.Err(); err != nil {
		return chains.TxStatus{}, err
	}
	sig, err := sol.SignatureFromBase58(ref.ID)
	if err != nil || strings.TrimSpace(ref.ID) != ref.ID {
		return chains.TxStatus{}, chains.Rejected(chains.ReasonInvalid, "%q is not a transaction signature", ref.ID)
	}
	var final uint64
	if ref.Seq > 0 {
		if final, err = a.blockHeight(ctx, rpc.CommitmentFinalized); err != nil {
			return chains.TxStatus{}, err
		}
	}
	res, err := call(ctx, a, "signature status", func(ctx context.Context) (*rpc.GetSignatureStatusesResult, error) {
		r, err := a.rpc.GetSignatureStatuses(ctx, true, sig)
		if err == rpc.ErrNotFound {
			return &rpc.GetSignatureStatusesResult{}, nil
		}
		return r, err
	})
	if err != nil {
		return chains.TxStatus{}, err
	}
	if len(res.Value) > 1 {
		return chains.TxStatus{}, fmt.Errorf("signature status: %d answers for one: %w", len(res.Value), chains.ErrMisconfigured)
	}
	if len(res.Value) == 1 && res.Value[0] != nil {
		v := res.Value[0]
		head := a.head.Observe(max(res.Context.Slot, v.Slot))
		st := chains.TxStatus{Height: v.Slot, Confirmations: head - v.Slot + 1}
		if v.Confirmations != nil {
			st.Confirmations = *v.Confirmations + 1
		}
		switch {
		case v.Err != nil:
			st.State, st.Reason = chains.StateFailed, parseTxError(v.Err).String()
		case v.ConfirmationStatus == rpc.ConfirmationStatusFinalized:
			st.State = chains.StateFinalized
		default:
			st.State = chains.StateConfirmed
		}
		if st.Fee, err = a.fee(ctx, sig, st.Done()); err != nil {
			return chains.TxStatus{}, err
		}
		return st, nil
	}
	if ref.Seq > 0 && final > ref.Seq {
		return chains.TxStatus{State: chains.StateExpired,
			Reason: fmt.Sprintf("not on chain and the finalized block height %d is past its last valid height %d", final, ref.Seq)}, nil
	}
	return chains.TxStatus{State: chains.StateUnknown, Reason: "not known to the node"}, nil
}
