// Package evm owns what the four EVM staking adapters (polygon, bsc, ronin, sonic) share:
// dialling a node through the shared JSON-RPC client with a chain-id guard, contract calls
// with revert decoding into the chains error taxonomy, transaction building with nonces from
// our own SequenceStore (never the node's pending count) and capped EIP-1559 or legacy fees,
// replacement at +10 % or more, attaching signatures, idempotent broadcast that never sends
// different bytes for one nonce, transaction status with a finality depth, receipt polling,
// log queries in bounded ranges, and the payload format and decoder the signer uses.
//
// # Payload
//
// The payload to sign is the unsigned transaction's binary encoding
// (types.Transaction.MarshalBinary with a zero signature): 0x02 || RLP(...) for EIP-1559
// transactions, RLP(...) for legacy ones. The signer decodes it, hashes it with the chain-id
// signer (types.LatestSignerForChainID) and signs secp256k1: 65 bytes R||S||V, V in {0,1}.
// Decoder reads the intent back from the payload alone by ABI-decoding the call; an unsigned
// payload does not name its sender, so the decoded intent's From is empty.
package evm

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Settings are the `settings:` keys every EVM adapter accepts (each adapter embeds them
// in its own settings type). Amounts are in wei, as decimal strings.
type Settings struct {
	// FinalityDepth is the number of blocks, inclusion counted, after which a transaction is
	// final; zero means the chain's default.
	FinalityDepth uint64 `yaml:"finality_depth"`
	// ReceiptPoll is the interval at which Wait polls for a receipt; zero means 2 s.
	ReceiptPoll time.Duration `yaml:"receipt_poll"`
	// MaxFeeWei caps the fee per gas (EIP-1559 max fee, or the legacy gas price).
	MaxFeeWei string `yaml:"max_fee_wei"`
	// MaxTipWei caps the EIP-1559 priority fee per gas.
	MaxTipWei string `yaml:"max_tip_wei"`
	// Legacy sends legacy (type 0, EIP-155) transactions instead of EIP-1559 ones.
	Legacy bool `yaml:"legacy"`
	// GasMarginPercent is added to the node's gas estimate; zero means 25.
	GasMarginPercent uint64 `yaml:"gas_margin_percent"`
}

// Params is what a chain tells the engine about itself.
type Params struct {
	Chain string
	// Networks maps network names to chain ids; a network absent here (localnet) takes the
	// chain id from the configuration or, failing that, the node.
	Networks      map[string]uint64
	FinalityDepth uint64
	// Reverts decodes revert data and maps it to a rejection reason (see RevertMap).
	Reverts *RevertMap
	// Decode reads the intent of a call (action, target, amount) from a transaction; the
	// engine fills chain, chain id, token and nonce.
	Decode func(tx *types.Transaction) (signer.Intent, error)
	// Contracts lists the chain's staking and token contracts: a gap filler (zero value, no
	// data) addressed to one of them would run its fallback, so the decoder refuses it.
	Contracts func() []common.Address
	// FeeInToken says the chain's gas is paid in the staked token (BNB on BSC, S on Sonic),
	// so Status reports each included transaction's fee; false where gas is paid in another
	// asset (POL staked on Ethereum pays ETH, AXS on Ronin pays RON) and Status reports none.
	FeeInToken bool
}

// Engine is the shared machinery of one EVM adapter. It is safe for concurrent use.
type Engine struct {
	params  Params
	token   money.Token
	network string
	chainID *big.Int
	client  *ethclient.Client
	seq     chains.SequenceStore
	log     *slog.Logger
	policy  chains.RPCPolicy
	set     Settings
	maxFee  *big.Int // nil: no cap
	maxTip  *big.Int
	head    chains.Monotonic
}

// Dial connects to cfg's endpoints (failing over from one to the next, in order, when no
// HTTP client is given in opts) through opts' HTTP client, checks that the node's
// chain id is the one configured (or the network's), and returns the engine.
func Dial(ctx context.Context, cfg chains.Config, opts chains.Options, p Params, set Settings) (*Engine, error) {
	failover := opts.HTTPClient == nil && len(cfg.Endpoints) > 1
	if failover {
		policy := opts.Policy
		if policy.MaxAttempts == 0 {
			policy = chains.DefaultRPCPolicy
		}
		opts.HTTPClient = chains.NewFailoverHTTPClient(policy, opts.Logger, cfg.Endpoints)
	}
	opts = opts.Normalized()
	if len(cfg.Endpoints) == 0 {
		return nil, fmt.Errorf("%s: no endpoints: %w", p.Chain, chains.ErrMisconfigured)
	}
	if opts.Sequences == nil {
		return nil, fmt.Errorf("%s: no sequence store for nonces: %w", p.Chain, chains.ErrMisconfigured)
	}
	e := &Engine{params: p, token: cfg.Token, network: cfg.Network, seq: opts.Sequences,
		log: opts.Logger.With("component", "chains/"+p.Chain), policy: opts.Policy, set: set}
	if e.set.FinalityDepth == 0 {
		e.set.FinalityDepth = max(p.FinalityDepth, 1)
	}
	if e.set.ReceiptPoll == 0 {
		e.set.ReceiptPoll = 2 * time.Second
	}
	if e.set.GasMarginPercent == 0 {
		e.set.GasMarginPercent = 25
	}
	var err error
	if e.maxFee, err = parseWei("max_fee_wei", set.MaxFeeWei); err != nil {
		return nil, err
	}
	if e.maxTip, err = parseWei("max_tip_wei", set.MaxTipWei); err != nil {
		return nil, err
	}
	want := new(big.Int)
	switch {
	case cfg.ChainID != "":
		if _, ok := want.SetString(cfg.ChainID, 10); !ok {
			return nil, fmt.Errorf("%s: chain id %q is not a number: %w", p.Chain, cfg.ChainID, chains.ErrMisconfigured)
		}
	case p.Networks[cfg.Network] != 0:
		want.SetUint64(p.Networks[cfg.Network])
	}
	ep := cfg.Endpoints[0]
	dialOpts := []rpc.ClientOption{rpc.WithHTTPClient(opts.HTTPClient)}
	if len(ep.Header) > 0 && !failover {
		// With failover the transport sets each endpoint's own headers: one provider's key
		// must never reach another.
		dialOpts = append(dialOpts, rpc.WithHeaders(ep.Header))
	}
	rc, err := rpc.DialOptions(ctx, ep.URL, dialOpts...)
	if err != nil {
		return nil, fmt.Errorf("%s: dial: %w", p.Chain, err)
	}
	e.client = ethclient.NewClient(rc)
	cctx, cancel := e.policy.WithCallTimeout(ctx)
	defer cancel()
	got, err := e.client.ChainID(cctx)
	if err != nil {
		e.client.Close()
		return nil, fmt.Errorf("%s: chain id: %w", p.Chain, e.classify(cctx, err))
	}
	if want.Sign() != 0 && got.Cmp(want) != 0 {
		e.client.Close()
		return nil, fmt.Errorf("%s: node reports chain id %s, configured %s: %w", p.Chain, got, want, chains.ErrMisconfigured)
	}
	e.chainID = got
	return e, nil
}

func parseWei(name, s string) (*big.Int, error) {
	if s == "" {
		return nil, nil
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() <= 0 {
		return nil, fmt.Errorf("%s %q: want a positive whole number of wei: %w", name, s, chains.ErrMisconfigured)
	}
	return v, nil
}

// Close releases the connection.
func (e *Engine) Close() { e.client.Close() }

// Client returns the underlying client, for reads the engine does not wrap.
func (e *Engine) Client() *ethclient.Client { return e.client }

// ChainID returns the chain id the engine is bound to.
func (e *Engine) ChainID() *big.Int { return new(big.Int).Set(e.chainID) }

// Token returns the token the adapter stakes.
func (e *Engine) Token() money.Token { return e.token }

// Network returns the configured network name.
func (e *Engine) Network() string { return e.network }

// FinalityDepth returns the number of blocks after which a transaction is final.
func (e *Engine) FinalityDepth() uint64 { return e.set.FinalityDepth }

// Info fills the EVM parts of a chains.Info.
func (e *Engine) Info() chains.Info {
	return chains.Info{Token: e.token, Chain: e.params.Chain, Network: e.network, ChainID: e.chainID.String(),
		HeightUnit: "block", FinalityDepth: e.set.FinalityDepth}
}

// Head returns the latest block number, never lower than one returned before.
func (e *Engine) Head(ctx context.Context) (uint64, error) {
	ctx, cancel := e.policy.WithCallTimeout(ctx)
	defer cancel()
	n, err := e.client.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("block number: %w", e.classify(ctx, err))
	}
	return e.head.Observe(n), nil
}

// Call runs a read-only call at block (nil: latest) and returns its output. A revert becomes
// a RejectedError with the decoded reason.
func (e *Engine) Call(ctx context.Context, to common.Address, data []byte, block *big.Int) ([]byte, error) {
	ctx, cancel := e.policy.WithCallTimeout(ctx)
	defer cancel()
	out, err := e.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		return nil, e.classify(ctx, err)
	}
	return out, nil
}

// Read calls to with data and unpacks the result with unpack.
func Read[T any](ctx context.Context, e *Engine, to common.Address, data []byte, block *big.Int, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := e.Call(ctx, to, data, block)
	if err != nil {
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		// A node answering garbage (or empty code at the address) is not to be trusted.
		return zero, fmt.Errorf("decode result from %s: %v: %w", to, err, chains.ErrMisconfigured)
	}
	return v, nil
}

// BalanceAt returns the native balance of addr at the latest block.
func (e *Engine) BalanceAt(ctx context.Context, addr common.Address) (*big.Int, error) {
	ctx, cancel := e.policy.WithCallTimeout(ctx)
	defer cancel()
	b, err := e.client.BalanceAt(ctx, addr, nil)
	if err != nil {
		return nil, e.classify(ctx, err)
	}
	return b, nil
}

// NativeBalance returns owner's native balance at the latest block, for adapters whose
// token is the chain's own (BNB, S).
func (e *Engine) NativeBalance(ctx context.Context, owner string) (money.Amount, error) {
	who, err := Owner(owner)
	if err != nil {
		return money.Amount{}, err
	}
	wei, err := e.BalanceAt(ctx, who)
	if err != nil {
		return money.Amount{}, fmt.Errorf("balance of %s: %w", who.Hex(), err)
	}
	return Amount(wei)
}

// HeaderAt returns the header of block n (nil: latest).
func (e *Engine) HeaderAt(ctx context.Context, n *big.Int) (*types.Header, error) {
	ctx, cancel := e.policy.WithCallTimeout(ctx)
	defer cancel()
	h, err := e.client.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, fmt.Errorf("header %v: %w", n, e.classify(ctx, err))
	}
	return h, nil
}

// HeaderTime returns the timestamp of the latest block (the chain's clock).
func (e *Engine) HeaderTime(ctx context.Context) (time.Time, error) {
	ctx, cancel := e.policy.WithCallTimeout(ctx)
	defer cancel()
	h, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, e.classify(ctx, err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// Owner parses a custody address.
func Owner(s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, chains.Rejected(chains.ReasonInvalid, "%q is not an EVM address", s)
	}
	return common.HexToAddress(s), nil
}

// Tx describes one contract call to build.
type Tx struct {
	Owner  common.Address
	To     common.Address
	Value  *big.Int // nil: zero
	Data   []byte
	Key    string        // idempotency key for the nonce (chains.Action.Key)
	Intent signer.Intent // action, target and amount; the engine fills the rest
}

// Build estimates gas (a revert here is a RejectedError with its reason), prices the
// transaction within the caps, reserves its nonce from the sequence store and returns the
// unsigned payload with its intent.
func (e *Engine) Build(ctx context.Context, t Tx) (chains.Unsigned, error) {
	ctx, cancel := e.policy.WithCallTimeout(ctx)
	defer cancel()
	value := t.Value
	if value == nil {
		value = new(big.Int)
	}
	gas, err := e.client.EstimateGas(ctx, ethereum.CallMsg{From: t.Owner, To: &t.To, Value: value, Data: t.Data})
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("estimate gas: %w", e.classify(ctx, err))
	}
	gas += gas * e.set.GasMarginPercent / 100
	floor, err := e.client.NonceAt(ctx, t.Owner, nil)
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("nonce floor: %w", e.classify(ctx, err))
	}
	key := t.Key
	if key == "" {
		key = randomKey()
	}
	nonce, err := e.seq.ReserveSeq(ctx, e.chainID.String(), t.Owner.Hex(), key, floor)
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("reserve nonce: %w", err)
	}
	var inner types.TxData
	if e.set.Legacy {
		price, err := e.client.SuggestGasPrice(ctx)
		if err != nil {
			return chains.Unsigned{}, fmt.Errorf("gas price: %w", e.classify(ctx, err))
		}
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: capAt(price, e.maxFee), Gas: gas, To: &t.To, Value: value, Data: t.Data}
	} else {
		tip, feeCap, err := e.fees(ctx)
		if err != nil {
			return chains.Unsigned{}, err
		}
		inner = &types.DynamicFeeTx{ChainID: e.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &t.To, Value: value, Data: t.Data}
	}
	return e.unsigned(types.NewTx(inner), t.Owner, t.Intent, "")
}

// fees returns the tip and fee cap for a new EIP-1559 transaction: the node's suggested tip
// and twice the latest base fee plus the tip, each within its cap.
func (e *Engine) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	h, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("latest header: %w", e.classify(ctx, err))
	}
	tip, err = e.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("gas tip: %w", e.classify(ctx, err))
	}
	tip = capAt(tip, e.maxTip)
	base := h.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	feeCap = capAt(feeCap, e.maxFee)
	if feeCap.Cmp(tip) < 0 {
		tip = new(big.Int).Set(feeCap)
	}
	return tip, feeCap, nil
}

func capAt(v, limit *big.Int) *big.Int {
	if limit != nil && v.Cmp(limit) > 0 {
		return new(big.Int).Set(limit)
	}
	return v
}

func randomKey() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return "rand-" + hex.EncodeToString(b[:])
}

// unsigned wraps tx as a chains.Unsigned after checking that the chain's decoder reads back
// the intent the adapter meant, so a payload and its description can never disagree.
func (e *Engine) unsigned(tx *types.Transaction, owner common.Address, want signer.Intent, replaces string) (chains.Unsigned, error) {
	payload, err := tx.MarshalBinary()
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("encode transaction: %w", err)
	}
	in, err := e.Decoder()(payload)
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("decode own payload: %w", err)
	}
	in.From = owner.Hex()
	if in.Action != want.Action || !strings.EqualFold(in.To, want.To) || !in.Amount.Equal(want.Amount) {
		return chains.Unsigned{}, fmt.Errorf("payload reads as %s %s %s, built as %s %s %s: %w",
			in.Action, in.To, in.Amount, want.Action, want.To, want.Amount, chains.ErrMisconfigured)
	}
	return chains.Unsigned{Chain: e.params.Chain, Payload: payload, Intent: in, Seq: tx.Nonce(), Replaces: replaces}, nil
}

// Decoder returns the signer.Decoder of this chain's payloads: it decodes the unsigned
// transaction, checks its chain id, and reads the call with the chain's Decode.
func (e *Engine) Decoder() signer.Decoder {
	chainID := e.ChainID()
	return func(payload []byte) (signer.Intent, error) {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(payload); err != nil {
			return signer.Intent{}, fmt.Errorf("decode EVM transaction: %w", err)
		}
		if tx.Type() != types.LegacyTxType && tx.ChainId().Cmp(chainID) != 0 {
			return signer.Intent{}, fmt.Errorf("transaction for chain id %s, adapter is on %s", tx.ChainId(), chainID)
		}
		if tx.To() == nil {
			return signer.Intent{}, errors.New("contract creation is never an intent")
		}
		var in signer.Intent
		var err error
		if len(tx.Data()) == 0 && tx.Value().Sign() == 0 {
			// A gap filler: moves nothing, only uses its nonce.
			if e.params.Contracts != nil && slices.Contains(e.params.Contracts(), *tx.To()) {
				return signer.Intent{}, fmt.Errorf("empty call to the contract %s", tx.To().Hex())
			}
			in = signer.Intent{Action: signer.ActionTransfer, To: tx.To().Hex(), Amount: money.Zero}
		} else {
			in, err = e.params.Decode(&tx)
		}
		if err != nil {
			return signer.Intent{}, err
		}
		in.Chain, in.ChainID, in.Token = e.params.Chain, chainID.String(), e.token.Symbol
		in.Nonce = strconv.FormatUint(tx.Nonce(), 10)
		return in, nil
	}
}

// Attach checks that sig is the owner's signature over u and returns the signed bytes.
func (e *Engine) Attach(u chains.Unsigned, sig signer.Signature) (chains.Signed, error) {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(u.Payload); err != nil {
		return chains.Signed{}, chains.Rejected(chains.ReasonInvalid, "payload: %v", err)
	}
	s := types.LatestSignerForChainID(e.chainID)
	signed, err := tx.WithSignature(s, sig.Bytes)
	if err != nil {
		return chains.Signed{}, chains.Rejected(chains.ReasonInvalid, "signature: %v", err)
	}
	from, err := types.Sender(s, signed)
	if err != nil {
		return chains.Signed{}, chains.Rejected(chains.ReasonInvalid, "signature: %v", err)
	}
	if !strings.EqualFold(from.Hex(), u.Intent.From) {
		return chains.Signed{}, chains.Rejected(chains.ReasonInvalid, "signed by %s, the action's owner is %s", from.Hex(), u.Intent.From)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return chains.Signed{}, fmt.Errorf("encode signed transaction: %w", err)
	}
	return chains.Signed{Chain: e.params.Chain, Raw: raw, Replaces: u.Replaces,
		Ref: chains.TxRef{ID: signed.Hash().Hex(), Sender: from.Hex(), Seq: signed.Nonce()}}, nil
}

// decodeSigned decodes signed bytes and recovers the sender.
func (e *Engine) decodeSigned(raw []byte) (*types.Transaction, common.Address, error) {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, common.Address{}, chains.Rejected(chains.ReasonInvalid, "signed transaction: %v", err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(e.chainID), &tx)
	if err != nil {
		return nil, common.Address{}, chains.Rejected(chains.ReasonInvalid, "sender: %v", err)
	}
	return &tx, from, nil
}

// Broadcast submits s. The hash is recorded against its nonce before the bytes leave; bytes
// with a nonce already used by a different transaction are refused unless s replaces one of
// them. A transaction the node already knows, or already mined, is a success; any answer
// that does not settle whether the node took it is an *chains.UnknownOutcomeError.
func (e *Engine) Broadcast(ctx context.Context, s chains.Signed) (chains.TxRef, error) {
	tx, from, err := e.decodeSigned(s.Raw)
	if err != nil {
		return chains.TxRef{}, err
	}
	ref := chains.TxRef{ID: tx.Hash().Hex(), Sender: from.Hex(), Seq: tx.Nonce()}
	if s.Ref.ID != "" && s.Ref != ref {
		return chains.TxRef{}, chains.Rejected(chains.ReasonInvalid, "signed bytes are %+v, not %+v", ref, s.Ref)
	}
	cid := e.chainID.String()
	sent, err := e.seq.SentWith(ctx, cid, from.Hex(), tx.Nonce())
	if err != nil {
		return chains.TxRef{}, fmt.Errorf("sent with nonce %d: %w", tx.Nonce(), err)
	}
	if len(sent) > 0 && !contains(sent, ref.ID) && (s.Replaces == "" || !contains(sent, s.Replaces)) {
		return chains.TxRef{}, chains.Rejected(chains.ReasonNonce, "nonce %d of %s was already sent as %s", tx.Nonce(), from.Hex(), strings.Join(sent, ", "))
	}
	if err := e.seq.RecordSent(ctx, cid, from.Hex(), tx.Nonce(), ref.ID); err != nil {
		return chains.TxRef{}, fmt.Errorf("record nonce %d: %w", tx.Nonce(), err)
	}
	cctx, cancel := e.policy.WithCallTimeout(ctx)
	defer cancel()
	err = e.client.SendTransaction(cctx, tx)
	if err == nil {
		return ref, nil
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "already known"), strings.Contains(msg, "known transaction"),
		strings.Contains(msg, "already imported"):
		return ref, nil
	case strings.Contains(msg, "nonce too low"):
		// Ours may already be mined; otherwise someone else used the nonce. Either way the
		// node did not take these bytes now: find out rather than guess.
		st, serr := e.Status(ctx, ref)
		if serr == nil && (st.State == chains.StateConfirmed || st.State == chains.StateFinalized || st.State == chains.StateFailed) {
			return ref, nil
		}
		return ref, &chains.UnknownOutcomeError{TxID: ref.ID, Err: err}
	case strings.Contains(msg, "replacement transaction underpriced"), strings.Contains(msg, "underpriced"),
		strings.Contains(msg, "fee cap less than block base fee"), strings.Contains(msg, "max fee per gas less than block base fee"):
		return ref, chains.Rejected(chains.ReasonFeeTooLow, "%v", err)
	case strings.Contains(msg, "insufficient funds"):
		return ref, chains.Rejected(chains.ReasonInsufficientFunds, "%v", err)
	case strings.Contains(msg, "intrinsic gas too low"), strings.Contains(msg, "exceeds block gas limit"),
		strings.Contains(msg, "invalid sender"), strings.Contains(msg, "invalid chain id"),
		strings.Contains(msg, "only replay-protected"), strings.Contains(msg, "nonce too high"):
		return ref, chains.Rejected(chains.ReasonInvalid, "%v", err)
	}
	if ctx.Err() != nil {
		// Our own cancellation: the request may have reached the node.
		return ref, &chains.UnknownOutcomeError{TxID: ref.ID, Err: ctx.Err()}
	}
	return ref, &chains.UnknownOutcomeError{TxID: ref.ID, Err: e.classify(cctx, err)}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// Status reports where ref stands. A transaction with a receipt is confirmed, finalized
// (FinalityDepth blocks deep) or failed (reverted, with the decoded reason); one in the
// node's pool is pending; one the node does not know is expired only when its nonce was
// used by another transaction at a final depth, and unknown otherwise.
func (e *Engine) Status(ctx context.Context, ref chains.TxRef) (chains.TxStatus, error) {
	if err := ctx.Err(); err != nil {
		return chains.TxStatus{}, err
	}
	b, err := hexutilDecode(ref.ID)
	if err != nil || len(b) != common.HashLength {
		return chains.TxStatus{}, chains.Rejected(chains.ReasonInvalid, "%q is not a transaction hash", ref.ID)
	}
	hash := common.BytesToHash(b)
	ctx, cancel := e.policy.WithCallTimeout(ctx)
	defer cancel()
	rcpt, err := e.client.TransactionReceipt(ctx, hash)
	switch {
	case err == nil && rcpt != nil && rcpt.BlockNumber != nil:
		head, herr := e.Head(ctx)
		if herr != nil {
			return chains.TxStatus{}, herr
		}
		block := rcpt.BlockNumber.Uint64()
		head = max(head, block)
		st := chains.TxStatus{Height: block, Confirmations: head - block + 1}
		if e.params.FeeInToken {
			if st.Fee, err = e.fee(ctx, hash, rcpt); err != nil {
				return chains.TxStatus{}, err
			}
		}
		switch {
		case rcpt.Status == types.ReceiptStatusFailed:
			st.State, st.Reason = chains.StateFailed, e.failureReason(ctx, hash, rcpt)
		case st.Confirmations >= e.set.FinalityDepth:
			st.State = chains.StateFinalized
		default:
			st.State = chains.StateConfirmed
		}
		return st, nil
	case err != nil && !errors.Is(err, ethereum.NotFound):
		return chains.TxStatus{}, fmt.Errorf("receipt %s: %w", ref.ID, e.classify(ctx, err))
	}
	_, pending, err := e.client.TransactionByHash(ctx, hash)
	switch {
	case err == nil && pending:
		return chains.TxStatus{State: chains.StatePending}, nil
	case err == nil:
		// Mined per the node, but its receipt is not served yet (a lagging or indexing node).
		return chains.TxStatus{State: chains.StateUnknown, Reason: "transaction known without a receipt"}, nil
	case !errors.Is(err, ethereum.NotFound):
		return chains.TxStatus{}, fmt.Errorf("transaction %s: %w", ref.ID, e.classify(ctx, err))
	}
	if common.IsHexAddress(ref.Sender) {
		head, err := e.Head(ctx)
		if err != nil {
			return chains.TxStatus{}, err
		}
		if head+1 > e.set.FinalityDepth {
			final := new(big.Int).SetUint64(head + 1 - e.set.FinalityDepth)
			n, err := e.client.NonceAt(ctx, common.HexToAddress(ref.Sender), final)
			if err != nil {
				return chains.TxStatus{}, fmt.Errorf("nonce of %s: %w", ref.Sender, e.classify(ctx, err))
			}
			if n > ref.Seq {
				return chains.TxStatus{State: chains.StateExpired,
					Reason: fmt.Sprintf("nonce %d of %s was used by another transaction by block %s", ref.Seq, ref.Sender, final)}, nil
			}
		}
	}
	return chains.TxStatus{State: chains.StateUnknown, Reason: "not known to the node"}, nil
}

// fee is what an included transaction paid: gas used times the effective gas price, from
// the receipt; a node that does not serve effectiveGasPrice (older than London receipts)
// has it computed from the transaction and its block's base fee, as the chain charged it.
func (e *Engine) fee(ctx context.Context, hash common.Hash, rcpt *types.Receipt) (money.Amount, error) {
	price := rcpt.EffectiveGasPrice
	if price == nil {
		tx, _, err := e.client.TransactionByHash(ctx, hash)
		if err != nil {
			return money.Amount{}, fmt.Errorf("fee of %s: %w", hash.Hex(), e.classify(ctx, err))
		}
		price = tx.GasPrice()
		if tx.Type() != types.LegacyTxType && tx.Type() != types.AccessListTxType {
			h, err := e.client.HeaderByNumber(ctx, rcpt.BlockNumber)
			if err != nil {
				return money.Amount{}, fmt.Errorf("fee of %s: block %s: %w", hash.Hex(), rcpt.BlockNumber, e.classify(ctx, err))
			}
			if h.BaseFee == nil {
				return money.Amount{}, fmt.Errorf("fee of %s: block %s has no base fee: %w", hash.Hex(), rcpt.BlockNumber,
					&chains.RetryableError{Err: errors.New("inconsistent node")})
			}
			price = tx.EffectiveGasTipValue(h.BaseFee)
			price.Add(price, h.BaseFee)
		}
	}
	fee := new(big.Int).SetUint64(rcpt.GasUsed)
	fee.Mul(fee, price)
	a, err := money.FromBig(fee)
	if err != nil {
		return money.Amount{}, fmt.Errorf("fee of %s: %w", hash.Hex(), err)
	}
	return a, nil
}

func hexutilDecode(s string) ([]byte, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	return hex.DecodeString(s)
}

// failureReason replays a reverted transaction at its block to recover the revert reason.
func (e *Engine) failureReason(ctx context.Context, hash common.Hash, rcpt *types.Receipt) string {
	tx, _, err := e.client.TransactionByHash(ctx, hash)
	if err != nil {
		return "reverted"
	}
	from, err := types.Sender(types.LatestSignerForChainID(e.chainID), tx)
	if err != nil {
		return "reverted"
	}
	parent := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
	_, err = e.client.CallContract(ctx, ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}, parent)
	if err == nil {
		if rcpt.GasUsed >= tx.Gas() {
			return "reverted: out of gas"
		}
		return "reverted"
	}
	var rej *chains.RejectedError
	if errors.As(e.classify(ctx, err), &rej) {
		return rej.Error()
	}
	return "reverted: " + err.Error()
}

// Fill builds a zero-value transfer from owner to itself with nonce seq, to consume a
// reserved nonce that will never carry its action.
func (e *Engine) Fill(ctx context.Context, owner string, seq uint64) (chains.Unsigned, error) {
	who, err := Owner(owner)
	if err != nil {
		return chains.Unsigned{}, err
	}
	ctx, cancel := e.policy.WithCallTimeout(ctx)
	defer cancel()
	mined, err := e.client.NonceAt(ctx, who, nil)
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("nonce of %s: %w", owner, e.classify(ctx, err))
	}
	if seq < mined {
		return chains.Unsigned{}, chains.Rejected(chains.ReasonNonce, "nonce %d of %s is already used (next %d)", seq, owner, mined)
	}
	const transferGas = 21000
	var inner types.TxData
	if e.set.Legacy {
		price, err := e.client.SuggestGasPrice(ctx)
		if err != nil {
			return chains.Unsigned{}, fmt.Errorf("gas price: %w", e.classify(ctx, err))
		}
		inner = &types.LegacyTx{Nonce: seq, GasPrice: capAt(price, e.maxFee), Gas: transferGas, To: &who, Value: new(big.Int)}
	} else {
		tip, feeCap, err := e.fees(ctx)
		if err != nil {
			return chains.Unsigned{}, err
		}
		inner = &types.DynamicFeeTx{ChainID: e.ChainID(), Nonce: seq, GasTipCap: tip, GasFeeCap: feeCap, Gas: transferGas, To: &who, Value: new(big.Int)}
	}
	return e.unsigned(types.NewTx(inner), who, signer.Intent{Action: signer.ActionTransfer, To: who.Hex(), Amount: money.Zero}, "")
}

// Wait polls Status every ReceiptPoll until the transaction is done or ctx ends.
func (e *Engine) Wait(ctx context.Context, ref chains.TxRef) (chains.TxStatus, error) {
	t := time.NewTicker(e.set.ReceiptPoll)
	defer t.Stop()
	for {
		st, err := e.Status(ctx, ref)
		if err == nil && st.Done() {
			return st, nil
		}
		if err != nil && chains.Classify(err) != chains.ClassRetryable && chains.Classify(err) != chains.ClassRateLimited {
			return st, err
		}
		select {
		case <-ctx.Done():
			return st, ctx.Err()
		case <-t.C:
		}
	}
}

// Replace builds a replacement of prev: same nonce, target, value, data and gas; tip and fee
// cap each raised by at least 10 % (plus one wei) and to no less than the current
// suggestion, within the caps.
func (e *Engine) Replace(ctx context.Context, prev chains.Signed) (chains.Unsigned, error) {
	old, from, err := e.decodeSigned(prev.Raw)
	if err != nil {
		return chains.Unsigned{}, err
	}
	bump := func(v *big.Int) *big.Int {
		b := new(big.Int).Mul(v, big.NewInt(110))
		b.Div(b, big.NewInt(100))
		return b.Add(b, big.NewInt(1))
	}
	ctx, cancel := e.policy.WithCallTimeout(ctx)
	defer cancel()
	var inner types.TxData
	switch old.Type() {
	case types.LegacyTxType:
		price, err := e.client.SuggestGasPrice(ctx)
		if err != nil {
			return chains.Unsigned{}, fmt.Errorf("gas price: %w", e.classify(ctx, err))
		}
		p := maxBig(bump(old.GasPrice()), price)
		if e.maxFee != nil && p.Cmp(e.maxFee) > 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonFeeTooLow, "replacement gas price %s over the cap %s", p, e.maxFee)
		}
		inner = &types.LegacyTx{Nonce: old.Nonce(), GasPrice: p, Gas: old.Gas(), To: old.To(), Value: old.Value(), Data: old.Data()}
	default:
		tip, feeCap, err := e.fees(ctx)
		if err != nil {
			return chains.Unsigned{}, err
		}
		tip = maxBig(bump(old.GasTipCap()), tip)
		feeCap = maxBig(bump(old.GasFeeCap()), feeCap)
		if (e.maxFee != nil && feeCap.Cmp(e.maxFee) > 0) || (e.maxTip != nil && tip.Cmp(e.maxTip) > 0) {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonFeeTooLow, "replacement fees (tip %s, cap %s) over the caps", tip, feeCap)
		}
		inner = &types.DynamicFeeTx{ChainID: e.ChainID(), Nonce: old.Nonce(), GasTipCap: tip, GasFeeCap: feeCap, Gas: old.Gas(), To: old.To(), Value: old.Value(), Data: old.Data()}
	}
	tx := types.NewTx(inner)
	payload, err := tx.MarshalBinary()
	if err != nil {
		return chains.Unsigned{}, err
	}
	in, err := e.Decoder()(payload)
	if err != nil {
		return chains.Unsigned{}, err
	}
	in.From = from.Hex()
	return chains.Unsigned{Chain: e.params.Chain, Payload: payload, Intent: in, Seq: tx.Nonce(), Replaces: old.Hash().Hex()}, nil
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return new(big.Int).Set(b)
}

// Logs returns the logs matching q between from and to (inclusive), queried in ranges of at
// most 5,000 blocks (providers cap ranges).
func (e *Engine) Logs(ctx context.Context, q ethereum.FilterQuery, from, to uint64) ([]types.Log, error) {
	const span = 5000
	var out []types.Log
	for lo := from; lo <= to; lo += span {
		hi := min(lo+span-1, to)
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi)
		cctx, cancel := e.policy.WithCallTimeout(ctx)
		logs, err := e.client.FilterLogs(cctx, q)
		if err != nil {
			err = e.classify(cctx, err)
			cancel()
			return nil, fmt.Errorf("logs %d-%d: %w", lo, hi, err)
		}
		cancel()
		for _, l := range logs {
			if !l.Removed {
				out = append(out, l)
			}
		}
		if hi == to {
			break
		}
	}
	return out, nil
}

// Amount converts wei to a money.Amount.
func Amount(v *big.Int) (money.Amount, error) {
	a, err := money.FromBig(v)
	if err != nil {
		return money.Amount{}, fmt.Errorf("amount %s: %w", v, err)
	}
	if a.Sign() < 0 {
		return money.Amount{}, fmt.Errorf("negative amount %s from chain: %w", v, chains.ErrMisconfigured)
	}
	return a, nil
}

// CheckAmount refuses a missing or non-positive amount in an action.
func CheckAmount(a chains.Action) (*big.Int, error) {
	if a.Amount.Sign() <= 0 {
		return nil, chains.Rejected(chains.ReasonInvalid, "%s needs a positive amount, got %s", a.Kind, a.Amount)
	}
	return a.Amount.Big(), nil
}

// Unsupported is the error for an action a chain does not have.
func Unsupported(chain string, k signer.Action) error {
	return fmt.Errorf("%s %q: %w", chain, k, chains.ErrUnsupported)
}

// Interface guards
var (
	_ chains.Broadcaster = (*Engine)(nil)
	_ chains.Replacer    = (*Engine)(nil)
	_ chains.GapFiller   = (*Engine)(nil)
)
