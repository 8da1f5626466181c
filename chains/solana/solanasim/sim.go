// Package solanasim owns a protocol-faithful fake Solana node for tests and simnet: an
// in-process HTTP JSON-RPC server speaking the real API's methods and JSON shapes
// (getLatestBlockhash, getBalance, getAccountInfo, getProgramAccounts with filters and
// jsonParsed, getMinimumBalanceForRentExemption, getEpochInfo, getInflationReward,
// getVoteAccounts, getBlockProduction, sendTransaction with preflight, getSignatureStatuses,
// getTransaction with the fee charged, getSlot, getBlockHeight, getGenesisHash) over a
// ledger of balances, stake accounts and vote accounts.
//
// Every submitted transaction is decoded by this package's own wire decoder, its ed25519
// signatures and recent blockhash (valid for 150 blocks) are verified, and its System
// (CreateAccount, CreateAccountWithSeed, Transfer) and Stake (Initialize, DelegateStake,
// Split, Withdraw, Deactivate, Merge) instructions are executed by the stake program's rules,
// failing as the chain fails: insufficient funds, accounts left below rent exemption, wrong
// authority, withdrawing stake that is still active, merging incompatible accounts, expired
// blockhashes, and duplicates (already processed).
//
// Time is slots: each slot is one block; epochs have a configurable number of slots. Tests
// move time with AdvanceSlots and AdvanceEpochs; transactions accepted by sendTransaction are
// executed in the next slot. Each slot has a leader (the vote accounts take turns); a
// delinquent node, or one given a skip rate (SetSkipRate), produces no block in some of its
// leader slots, which getBlockProduction reports (the slot still counts as a block for
// heights and blockhashes). At each epoch boundary inflation rewards are paid on the stake
// that was effective in the epoch that ended, less the vote account's commission, and
// compound into the stake. Warmup and cooldown take one epoch boundary each, without the
// network-wide rate cap.
//
// Faults can be injected per method (Inject): HTTP 429 with Retry-After, HTTP 5xx before
// or after a transaction was accepted, malformed JSON, and a node lagging behind in slots.
package solanasim

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/mr-tron/base58"
)

// MaxProcessingAge is how many blocks after its blockhash a transaction can still land.
const MaxProcessingAge = 150

// Config sets up a Sim. Zero fields take the defaults named.
type Config struct {
	// SlotsPerEpoch is the epoch length (default 32).
	SlotsPerEpoch uint64
	// FinalityDepth is how many slots after its slot a transaction is finalized (default 32).
	FinalityDepth uint64
	// RewardPPM is the reward per epoch on effective stake, in parts per million, before
	// commission (default 1000, i.e. 0.1 % per epoch).
	RewardPPM uint64
	// MinimumDelegation is the stake program's minimum delegation in lamports (default 1).
	MinimumDelegation uint64
	// LamportsPerSignature is the transaction fee per signature (default 5000).
	LamportsPerSignature uint64
	// GenesisHash is the base58 genesis hash the node reports (default: derived from
	// "solanasim").
	GenesisHash string
	// StartSlot is the slot the chain starts at (default 0).
	StartSlot uint64
}

func (c Config) withDefaults() Config {
	if c.SlotsPerEpoch == 0 {
		c.SlotsPerEpoch = 32
	}
	if c.FinalityDepth == 0 {
		c.FinalityDepth = 32
	}
	if c.RewardPPM == 0 {
		c.RewardPPM = 1000
	}
	if c.MinimumDelegation == 0 {
		c.MinimumDelegation = 1
	}
	if c.LamportsPerSignature == 0 {
		c.LamportsPerSignature = 5000
	}
	if c.GenesisHash == "" {
		h := sha256.Sum256([]byte("solanasim"))
		c.GenesisHash = base58.Encode(h[:])
	}
	return c
}

// processed is the record of a transaction that landed: what getSignatureStatuses and
// getTransaction report of it.
type processed struct {
	slot      uint64
	blockTime int64
	err       *TxError
	fee       uint64   // lamports charged to the fee payer, failed or not
	pre, post []uint64 // lamports of the message's accounts, in key order
	raw       []byte
}

// Sim is the fake node. It is safe for concurrent use.
type Sim struct {
	cfg Config

	mu          sync.Mutex
	slot        uint64
	genesisTime time.Time
	ledger      *ledger
	votes       map[Pubkey]*vote
	blockhashes map[[32]byte]uint64 // blockhash -> block height it was produced at
	pending     []*transaction
	pendingIDs  map[string]bool
	statuses    map[string]processed
	rewards     map[Pubkey][]reward
	leaders     map[uint64]leaderSlot // slot -> its leader and whether it produced the block
	faults      []*Fault
	calls       map[string]int

	srv *http.Server
	ln  net.Listener
}

// New returns a Sim at cfg.StartSlot with an empty ledger.
func New(cfg Config) *Sim {
	cfg = cfg.withDefaults()
	s := &Sim{cfg: cfg, slot: cfg.StartSlot, genesisTime: time.Unix(1_700_000_000, 0),
		ledger: &ledger{accounts: map[Pubkey]*account{}}, votes: map[Pubkey]*vote{},
		blockhashes: map[[32]byte]uint64{}, pendingIDs: map[string]bool{},
		statuses: map[string]processed{}, rewards: map[Pubkey][]reward{}, calls: map[string]int{},
		leaders: map[uint64]leaderSlot{}}
	s.blockhashes[s.blockhash(s.slot)] = s.slot
	return s
}

// Config returns the configuration in force, defaults applied.
func (s *Sim) Config() Config { return s.cfg }

// Start serves the JSON-RPC API on a loopback port and returns its URL. Close stops it.
func (s *Sim) Start() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("solanasim: listen: %w", err)
	}
	s.ln = ln
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = s.srv.Serve(ln) }()
	return "http://" + ln.Addr().String(), nil
}

// Close stops the server started by Start.
func (s *Sim) Close() error {
	if s.srv == nil {
		return nil
	}
	return s.srv.Close()
}

// blockhash returns the blockhash of the block at height h (one block per slot).
func (s *Sim) blockhash(h uint64) [32]byte {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], h)
	return sha256.Sum256(append([]byte("solanasim block "+s.cfg.GenesisHash), b[:]...))
}

func (s *Sim) epochOf(slot uint64) uint64 { return slot / s.cfg.SlotsPerEpoch }

func (s *Sim) unixTime() int64 {
	return s.genesisTime.Add(time.Duration(s.slot) * 400 * time.Millisecond).Unix()
}

// Fund credits lamports to a system account (an airdrop).
func (s *Sim) Fund(k Pubkey, lamports uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a := s.ledger.get(k)
	a.lamports += lamports
	s.ledger.put(k, a)
}

// Balance returns the lamports of account k.
func (s *Sim) Balance(k Pubkey) uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ledger.get(k).lamports
}

// AddValidator creates a vote account with the given commission (percent) and stake
// delegated by others (counted in activatedStake but not modelled as accounts).
func (s *Sim) AddValidator(voteKey, node Pubkey, commission uint8, otherStake uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.votes[voteKey] = &vote{node: node, commission: commission, extraStake: otherStake}
	s.ledger.put(voteKey, &account{lamports: RentExempt(3762), owner: VoteProgram, space: 3762})
}

// SetDelinquent marks a validator delinquent (it stops voting and earning) or current.
func (s *Sim) SetDelinquent(voteKey Pubkey, delinquent bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v := s.votes[voteKey]; v != nil {
		v.delinquent = delinquent
	}
}

// SetSkipRate makes a validator's node skip skipBps/10000 of its leader slots (spread
// evenly, deterministically), as getBlockProduction then reports. A delinquent node skips
// every leader slot.
func (s *Sim) SetSkipRate(voteKey Pubkey, skipBps uint32) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v := s.votes[voteKey]; v != nil {
		v.skipBps = skipBps
	}
}

// lead records the leader of the new current slot: the vote accounts take turns in the
// order of their keys (the real schedule is stake-weighted; only the counts matter here).
func (s *Sim) lead() {
	keys := sortedKeys(func(yield func(Pubkey) bool) {
		for k := range s.votes {
			if !yield(k) {
				return
			}
		}
	})
	if len(keys) == 0 {
		return
	}
	v := s.votes[keys[s.slot%uint64(len(keys))]]
	v.leaderSlots++
	produced := !v.delinquent && (v.skipped+1)*10000 > uint64(v.skipBps)*v.leaderSlots
	if !produced {
		v.skipped++
	}
	s.leaders[s.slot] = leaderSlot{node: v.node, produced: produced}
}

// SetCommission changes a validator's commission (percent).
func (s *Sim) SetCommission(voteKey Pubkey, commission uint8) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v := s.votes[voteKey]; v != nil {
		v.commission = commission
	}
}

// Slot returns the current slot (which is also the block height).
func (s *Sim) Slot() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.slot
}

// Epoch returns the current epoch.
func (s *Sim) Epoch() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.epochOf(s.slot)
}

// Pending returns how many accepted transactions wait for the next slot.
func (s *Sim) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

// Landed reports whether the transaction with id sig landed, and its error if it failed.
func (s *Sim) Landed(sig string) (bool, *TxError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.statuses[sig]
	return ok, p.err
}

// Calls returns how many requests for method the node answered or faulted.
func (s *Sim) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// AdvanceSlots produces n slots. Each new slot pays epoch rewards if it starts an epoch,
// then executes the transactions accepted before it.
func (s *Sim) AdvanceSlots(n uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.slot++
		s.blockhashes[s.blockhash(s.slot)] = s.slot
		s.lead()
		if old := s.slot - 2*MaxProcessingAge; s.slot > 2*MaxProcessingAge {
			delete(s.blockhashes, s.blockhash(old))
		}
		if s.slot%s.cfg.SlotsPerEpoch == 0 {
			s.payRewards(s.epochOf(s.slot) - 1)
		}
		txs := s.pending
		s.pending, s.pendingIDs = nil, map[string]bool{}
		for _, tx := range txs {
			s.process(tx)
		}
	}
}

// AdvanceEpochs moves to the first slot of the epoch n epochs ahead.
func (s *Sim) AdvanceEpochs(n uint64) {
	s.mu.Lock()
	target := (s.epochOf(s.slot) + n) * s.cfg.SlotsPerEpoch
	left := target - s.slot
	s.mu.Unlock()
	s.AdvanceSlots(left)
}

// payRewards credits the rewards of epoch e at the current (first) slot of epoch e+1.
func (s *Sim) payRewards(e uint64) {
	for _, v := range s.votes {
		if !v.delinquent {
			prev := v.credits
			v.credits += s.cfg.SlotsPerEpoch
			v.history = append(v.history, [3]uint64{e, v.credits, prev})
			if len(v.history) > 5 {
				v.history = v.history[1:]
			}
		}
	}
	for _, k := range s.ledger.keys() {
		a := s.ledger.accounts[k]
		if a.stake == nil || a.stake.tag != stakeDelegated {
			continue
		}
		v := s.votes[a.stake.del.voter]
		eff, _, _ := a.stake.del.status(e)
		if v == nil || v.delinquent || eff == 0 {
			continue
		}
		total := eff * s.cfg.RewardPPM / 1_000_000
		cut := total * uint64(v.commission) / 100
		r := total - cut
		if cut > 0 {
			va := s.ledger.get(a.stake.del.voter)
			va.lamports += cut
			s.ledger.put(a.stake.del.voter, va)
		}
		if r == 0 {
			continue
		}
		a.lamports += r
		a.stake.del.stake += r
		a.stake.creditsObserved = v.credits
		s.rewards[k] = append(s.rewards[k], reward{epoch: e, slot: s.slot, amount: r, post: a.lamports, commission: v.commission})
	}
}

// check runs the checks that keep a transaction from landing at all: a known blockhash
// not older than MaxProcessingAge blocks, not already processed, a fee payer able to pay.
func (s *Sim) check(tx *transaction) *TxError {
	h, ok := s.blockhashes[tx.msg.blockhash]
	if !ok || s.slot > h+MaxProcessingAge {
		return &TxError{Name: "BlockhashNotFound"}
	}
	if _, done := s.statuses[tx.id()]; done {
		return &TxError{Name: "AlreadyProcessed"}
	}
	payer := s.ledger.get(tx.msg.keys[0])
	fee := s.fee(tx)
	switch {
	case payer.lamports == 0:
		return &TxError{Name: "AccountNotFound"}
	case payer.lamports < fee:
		return &TxError{Name: "InsufficientFundsForFee"}
	}
	return nil
}

// run executes tx against l (which it changes): fee first, then the instructions on a copy
// that replaces l's accounts only when every instruction and the rent check pass.
func (s *Sim) run(l *ledger, tx *transaction) *TxError {
	payerKey := tx.msg.keys[0]
	payer := l.get(payerKey)
	payer.lamports -= s.fee(tx)
	l.put(payerKey, payer)
	work := l.clone()
	e := &env{l: work, msg: &tx.msg, epoch: s.epochOf(s.slot), unixTime: s.unixTime(), votes: s.votes, minDelegation: s.cfg.MinimumDelegation}
	if err := e.execute(); err != nil {
		return err
	}
	for i, k := range tx.msg.keys {
		if !tx.msg.isWritable(i) {
			continue
		}
		post := work.get(k)
		pre := l.get(k)
		preOK := pre.lamports == 0 || pre.lamports >= RentExempt(pre.space)
		if post.lamports > 0 && post.lamports < RentExempt(post.space) && preOK {
			return &TxError{Name: "InsufficientFundsForRent", Index: i}
		}
	}
	for k, a := range work.accounts {
		if a.lamports == 0 {
			delete(work.accounts, k)
		}
	}
	l.accounts = work.accounts
	return nil
}

// process lands tx in the current slot, or drops it when it cannot land.
func (s *Sim) process(tx *transaction) {
	if err := s.check(tx); err != nil {
		return // dropped: never lands, no status
	}
	p := processed{slot: s.slot, blockTime: s.unixTime(), fee: s.fee(tx), raw: tx.raw}
	for _, k := range tx.msg.keys {
		p.pre = append(p.pre, s.ledger.get(k).lamports)
	}
	p.err = s.run(s.ledger, tx)
	for _, k := range tx.msg.keys {
		p.post = append(p.post, s.ledger.get(k).lamports)
	}
	s.statuses[tx.id()] = p
}

// fee is what tx costs its fee payer: LamportsPerSignature for each signature.
func (s *Sim) fee(tx *transaction) uint64 {
	return s.cfg.LamportsPerSignature * uint64(len(tx.sigs))
}

// submit verifies tx, simulates it unless skipPreflight, and queues it for the next slot.
func (s *Sim) submit(tx *transaction, preflight bool) *TxError {
	if preflight {
		if err := s.check(tx); err != nil {
			return err
		}
		if err := s.run(s.ledger.clone(), tx); err != nil {
			return err
		}
	}
	if _, done := s.statuses[tx.id()]; !done && !s.pendingIDs[tx.id()] {
		s.pending = append(s.pending, tx)
		s.pendingIDs[tx.id()] = true
	}
	return nil
}
