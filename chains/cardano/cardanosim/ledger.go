package cardanosim

import (
	"crypto/ed25519"
	"fmt"
	"maps"
	"math/big"
	"slices"

	"golang.org/x/crypto/blake2b"
)

// Params are the protocol parameters the simulator enforces.
type Params struct {
	MinFeeA          uint64 // lovelace per transaction byte
	MinFeeB          uint64 // constant lovelace per transaction
	MaxTxSize        int
	KeyDeposit       uint64
	PoolDeposit      uint64
	CoinsPerUTxOByte uint64
	MinPoolCost      uint64
	ProtocolMajor    int
}

// MainnetParams are the Conway mainnet values of the parameters the simulator uses.
var MainnetParams = Params{
	MinFeeA: 44, MinFeeB: 155381, MaxTxSize: 16384, KeyDeposit: 2_000_000,
	PoolDeposit: 500_000_000, CoinsPerUTxOByte: 4310, MinPoolCost: 170_000_000, ProtocolMajor: 10,
}

// account is a registered (or once registered) stake credential.
type account struct {
	registered  bool
	deposit     uint64
	pool        *Hash28
	drep        *DRep
	reward      uint64
	rewardsSum  uint64
	withdrawn   uint64
	regEpoch    int64
	rewards     []rewardEntry
	delegations []delegation
}

type rewardEntry struct {
	Epoch  int64 // the epoch the reward was earned in
	Amount uint64
	Pool   Hash28
}

type delegation struct {
	ActiveEpoch int64
	TxID        Hash32
	Pool        Hash28
}

// Pool is a registered stake pool in the simulator.
type Pool struct {
	ID          Hash28
	Ticker      string
	Name        string
	MarginPPM   uint64 // the pool's margin in parts per million
	FixedCost   uint64
	Pledge      uint64
	RatePPM     uint64 // what one lovelace of active stake earns per epoch, in ppm, before the margin
	retiredAt   int64  // epoch of retirement, 0 when active
	history     map[int64]*poolEpoch
	blocksTotal int
}

type poolEpoch struct {
	blocks     int
	active     uint64
	delegators int
	rewards    uint64
}

// snapEntry is one credential's stake in an epoch-end snapshot.
type snapEntry struct {
	pool  Hash28
	stake uint64
}

// ledger is the chain state a transaction is applied to.
type ledger struct {
	utxo     map[TxIn]TxOut
	accounts map[Hash28]*account
}

func (l *ledger) clone() *ledger {
	c := &ledger{utxo: maps.Clone(l.utxo), accounts: make(map[Hash28]*account, len(l.accounts))}
	for k, a := range l.accounts {
		cp := *a
		cp.rewards = slices.Clone(a.rewards)
		cp.delegations = slices.Clone(a.delegations)
		c.accounts[k] = &cp
	}
	return c
}

// RejectError is a transaction the ledger refuses, named by the ledger rule that failed.
type RejectError struct {
	Rule   string // e.g. "FeeTooSmallUTxO"
	Detail string
}

func (e *RejectError) Error() string { return e.Rule + " " + e.Detail }

func reject(rule, format string, args ...any) error {
	return &RejectError{Rule: rule, Detail: fmt.Sprintf(format, args...)}
}

// env is what a transaction is checked against besides the ledger.
type env struct {
	slot    uint64
	epoch   int64
	network byte
	params  Params
	pools   map[Hash28]*Pool
	dreps   map[Hash28]bool
}

// effects summarises an applied transaction.
type effects struct {
	deposit uint64 // net deposits taken
	refund  uint64
}

// apply checks tx against l and e and, when it is valid, applies it to l. l is left
// untouched on error.
func (l *ledger) apply(tx *Tx, e env) (effects, error) {
	var fx effects
	if len(tx.Inputs) == 0 {
		return fx, reject("InputSetEmptyUTxO", "")
	}
	var consumed, produced big.Int
	need := map[Hash28]bool{}
	for _, in := range tx.Inputs {
		out, ok := l.utxo[in]
		if !ok {
			return fx, reject("BadInputsUTxO", "%s is not unspent", in)
		}
		consumed.Add(&consumed, new(big.Int).SetUint64(out.Coin))
		a, _ := parseAddress(out.Addr)
		if a.Payment == nil || a.Payment.Script {
			return fx, reject("ScriptWitnessNotValidatingUTXOW", "spending %s needs a script, which is not simulated", in)
		}
		need[a.Payment.Hash] = true
	}
	if tx.TTL != nil && e.slot >= *tx.TTL {
		return fx, reject("OutsideValidityIntervalUTxO", "slot %d is not before invalid_hereafter %d", e.slot, *tx.TTL)
	}
	if tx.Start != nil && e.slot < *tx.Start {
		return fx, reject("OutsideValidityIntervalUTxO", "slot %d is before invalid_before %d", e.slot, *tx.Start)
	}
	if len(tx.Raw) > e.params.MaxTxSize {
		return fx, reject("MaxTxSizeUTxO", "size %d > %d", len(tx.Raw), e.params.MaxTxSize)
	}
	if minFee := e.params.MinFeeA*uint64(len(tx.Raw)) + e.params.MinFeeB; tx.Fee < minFee {
		return fx, reject("FeeTooSmallUTxO", "(Mismatch {mismatchSupplied = Coin %d, mismatchRequired = Coin %d})", tx.Fee, minFee)
	}
	if tx.Network != nil && byte(*tx.Network) != e.network {
		return fx, reject("WrongNetworkInTxBody", "network id %d, want %d", *tx.Network, e.network)
	}
	if !tx.IsValid {
		return fx, reject("ValidationTagMismatch", "is_valid false without scripts")
	}
	for i, out := range tx.Outputs {
		a, _ := parseAddress(out.Addr)
		if a.Network != e.network {
			return fx, reject("WrongNetwork", "output %d pays to network %d, want %d", i, a.Network, e.network)
		}
		if a.Payment == nil {
			return fx, reject("WrongNetwork", "output %d pays to a reward address", i)
		}
		if minCoin := (160 + uint64(out.size)) * e.params.CoinsPerUTxOByte; out.Coin < minCoin {
			return fx, reject("BabbageOutputTooSmallUTxO", "output %d holds %d, minimum %d", i, out.Coin, minCoin)
		}
		produced.Add(&produced, new(big.Int).SetUint64(out.Coin))
	}
	produced.Add(&produced, new(big.Int).SetUint64(tx.Fee))
	for _, w := range tx.Withdraw {
		if w.Network != e.network {
			return fx, reject("WrongNetworkWithdrawal", "reward address on network %d", w.Network)
		}
		if w.Cred.Script {
			return fx, reject("ScriptWitnessNotValidatingUTXOW", "script reward accounts are not simulated")
		}
		need[w.Cred.Hash] = true
	}
	for _, c := range tx.Certs {
		// The legacy registration certificate (0) needs no witness; every other
		// certificate needs the stake credential's.
		if c.Cred.Script {
			return fx, reject("ScriptWitnessNotValidatingUTXOW", "script stake credentials are not simulated")
		}
		if c.Kind != CertStakeRegistration {
			need[c.Cred.Hash] = true
		}
	}
	for _, s := range tx.Signers {
		need[s] = true
	}
	have := map[Hash28]bool{}
	for _, w := range tx.Witness {
		if !ed25519.Verify(ed25519.PublicKey(w.VKey), tx.ID[:], w.Sig) {
			return fx, reject("InvalidWitnessesUTXOW", "[VKey %x]", w.VKey)
		}
		have[keyHash(w.VKey)] = true
	}
	var missing []string
	for h := range need {
		if !have[h] {
			missing = append(missing, fmt.Sprintf("%x", h[:]))
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return fx, reject("MissingVKeyWitnessesUTXOW", "%v", missing)
	}

	// Delegation state changes happen on a copy: withdrawals first, against the state
	// before any certificate of this transaction, then certificates in order.
	work := l.clone()
	for _, w := range tx.Withdraw {
		acc := work.accounts[w.Cred.Hash]
		if acc == nil || !acc.registered || acc.reward != w.Amount {
			bal := uint64(0)
			if acc != nil {
				bal = acc.reward
			}
			return fx, reject("WithdrawalsNotInRewardsCERTS", "withdrawal of %d from an account holding %d (must be the whole balance of a registered account)", w.Amount, bal)
		}
		if e.params.ProtocolMajor >= 10 && acc.drep == nil {
			return fx, reject("ConwayWdrlNotDelegatedToDRep", "[%x]", w.Cred.Hash[:])
		}
		consumed.Add(&consumed, new(big.Int).SetUint64(w.Amount))
		acc.withdrawn += w.Amount
		acc.reward = 0
	}
	for i, c := range tx.Certs {
		if err := work.cert(c, tx.ID, e, &fx); err != nil {
			var r *RejectError
			if ok := asReject(err, &r); ok {
				r.Detail = fmt.Sprintf("certificate %d: %s", i, r.Detail)
			}
			return fx, err
		}
	}
	consumed.Add(&consumed, new(big.Int).SetUint64(fx.refund))
	produced.Add(&produced, new(big.Int).SetUint64(fx.deposit))
	if consumed.Cmp(&produced) != 0 {
		return fx, reject("ValueNotConservedUTxO", "(Mismatch {mismatchSupplied = %s, mismatchExpected = %s})", consumed.String(), produced.String())
	}

	for _, in := range tx.Inputs {
		delete(work.utxo, in)
	}
	for i, out := range tx.Outputs {
		work.utxo[TxIn{ID: tx.ID, Index: uint32(i)}] = out
	}
	*l = *work
	return fx, nil
}

func asReject(err error, r **RejectError) bool {
	x, ok := err.(*RejectError)
	if ok {
		*r = x
	}
	return ok
}

// cert executes one certificate against the working state.
func (l *ledger) cert(c Cert, txID Hash32, e env, fx *effects) error {
	acc := l.accounts[c.Cred.Hash]
	register := func() error {
		if acc != nil && acc.registered {
			return reject("StakeKeyRegisteredDELEG", "%x", c.Cred.Hash[:])
		}
		if c.Deposit != nil && *c.Deposit != e.params.KeyDeposit {
			return reject("IncorrectDepositDELEG", "deposit %d, want %d", *c.Deposit, e.params.KeyDeposit)
		}
		if acc == nil {
			acc = &account{}
			l.accounts[c.Cred.Hash] = acc
		}
		acc.registered, acc.deposit, acc.regEpoch = true, e.params.KeyDeposit, e.epoch
		acc.pool, acc.drep = nil, nil
		fx.deposit += e.params.KeyDeposit
		return nil
	}
	mustBeRegistered := func() error {
		if acc == nil || !acc.registered {
			return reject("StakeKeyNotRegisteredDELEG", "%x", c.Cred.Hash[:])
		}
		return nil
	}
	delegate := func() error {
		p := e.pools[*c.Pool]
		if p == nil || (p.retiredAt != 0 && p.retiredAt <= e.epoch) {
			return reject("DelegateeNotRegisteredDELEG", "pool %x", c.Pool[:])
		}
		pool := *c.Pool
		acc.pool = &pool
		acc.delegations = append(acc.delegations, delegation{ActiveEpoch: e.epoch + 2, TxID: txID, Pool: pool})
		return nil
	}
	vote := func() error {
		if (c.DRep.Kind == DRepKey || c.DRep.Kind == DRepScript) && !e.dreps[c.DRep.Hash] {
			return reject("DelegateeDRepNotRegisteredDELEG", "drep %x", c.DRep.Hash[:])
		}
		d := *c.DRep
		acc.drep = &d
		return nil
	}
	steps := map[uint64][]func() error{
		CertStakeRegistration: {register},
		CertReg:               {register},
		CertStakeDelegation:   {mustBeRegistered, delegate},
		CertVoteDeleg:         {mustBeRegistered, vote},
		CertStakeVoteDeleg:    {mustBeRegistered, delegate, vote},
		CertStakeRegDeleg:     {register, delegate},
		CertVoteRegDeleg:      {register, vote},
		CertStakeVoteRegDeleg: {register, delegate, vote},
	}
	switch c.Kind {
	case CertStakeDeregistration, CertUnreg:
		if err := mustBeRegistered(); err != nil {
			return err
		}
		if acc.reward != 0 {
			return reject("StakeKeyHasNonZeroRewardAccountBalanceDELEG", "balance %d", acc.reward)
		}
		if c.Deposit != nil && *c.Deposit != acc.deposit {
			return reject("RefundIncorrectDELEG", "refund %d, deposit was %d", *c.Deposit, acc.deposit)
		}
		fx.refund += acc.deposit
		acc.registered, acc.deposit, acc.pool, acc.drep = false, 0, nil, nil
		return nil
	}
	for _, step := range steps[c.Kind] {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// stakeOf sums the UTxOs at base addresses carrying cred as their stake credential.
func (l *ledger) stakeOf(cred Hash28) uint64 {
	var sum uint64
	for _, out := range l.utxo {
		a, _ := parseAddress(out.Addr)
		if a.Stake != nil && !a.Stake.Script && a.Stake.Hash == cred {
			sum += out.Coin
		}
	}
	return sum
}

// keyHash is the BLAKE2b-224 of a verification key.
func keyHash(vkey []byte) Hash28 {
	h, _ := blake2b.New(28, nil)
	h.Write(vkey)
	var out Hash28
	copy(out[:], h.Sum(nil))
	return out
}
