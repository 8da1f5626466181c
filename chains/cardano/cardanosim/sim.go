// Package cardanosim owns a protocol-faithful fake of a Cardano node behind the Blockfrost
// HTTP API: the endpoints the cardano adapter reads and submits through, with the JSON
// shapes of Blockfrost's published OpenAPI (amounts as strings of lovelace), over an
// in-memory ledger of UTxOs, stake registrations with deposits, pool and DRep delegations,
// epochs and rewards.
//
// Every submitted transaction is decoded from CBOR by the simulator's own reading of the
// Conway CDDL and checked as the ledger checks it: ed25519 vkey witnesses over the
// BLAKE2b-256 of the body bytes as submitted, the witnesses every input, certificate,
// withdrawal and required signer needs, certificates (registration with the right
// deposit, delegation to a registered pool, vote delegation to always-abstain,
// always-no-confidence or a registered DRep), withdrawals (the whole balance of a
// registered account that has a DRep, checked before the transaction's certificates),
// the minimum fee a*size+b, the minimum UTxO value, the network, the validity interval
// and value conservation (inputs + withdrawals + refunds = outputs + fee + deposits).
// Rejections carry the ledger rule's name, as the node reports them.
//
// Time moves only when a test says so: MakeBlock includes the mempool in a new block 20
// slots on, AdvanceEpoch jumps to the first slot of the next epoch. Rewards follow
// Cardano's timeline, simplified: the stake distribution is snapshotted at the end of
// every epoch e, that snapshot is active (earns) in epoch e+2, and what it earned in e+2 is
// paid into reward accounts at the start of e+4, listed in the account's reward history
// under epoch e+2 (the epoch it was earned in). A pool pays each delegator
// stake*RatePPM/1e6 of its active stake, less the pool's margin; fixed costs, pledge,
// saturation and block production luck are not simulated.
//
// Faults can be injected per path: HTTP 429 with Retry-After, 5xx before or after the
// request took effect (a submitted transaction is then in the mempool although the
// client saw an error), malformed JSON, and a tip that lags behind the chain.
package cardanosim

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"net/http/httptest"
	"slices"
	"sync"

	"golang.org/x/crypto/blake2b"
)

// Config sets up a simulator. The zero value is a local test network (network id 0,
// magic 42) with mainnet protocol parameters and 5-day epochs of one-second slots.
type Config struct {
	NetworkID     byte // 0 for test networks, 1 for mainnet
	NetworkMagic  int  // 42 when zero
	EpochLength   uint64
	SlotsPerBlock uint64
	SystemStart   int64 // unix time of slot 0
	Params        *Params
}

// Sim is the simulated chain and its Blockfrost API. It is safe for concurrent use.
type Sim struct {
	mu      sync.Mutex
	cfg     Config
	params  Params
	led     *ledger
	mempool []*Tx
	pools   map[Hash28]*Pool
	poolIDs []Hash28 // in registration order
	dreps   map[Hash28]bool
	snaps   map[int64]map[Hash28]snapEntry
	blocks  []*block
	txs     map[Hash32]*txRecord
	seen    map[string]bool // addresses that ever held an output
	slot    uint64
	epoch   int64
	genesis uint32

	faults []*Fault
	lag    int

	srv *httptest.Server
}

type block struct {
	Height    uint64
	Hash      Hash32
	Slot      uint64
	Epoch     int64
	EpochSlot uint64
	Time      int64
	Txs       []Hash32
	Fees      uint64
	Output    uint64
	Leader    Hash28
	Size      int
}

type txRecord struct {
	tx      *Tx
	block   *block
	index   int
	deposit uint64
}

// New returns a simulator at slot 0 of epoch 0, with one genesis block.
func New(cfg Config) *Sim {
	if cfg.NetworkMagic == 0 {
		cfg.NetworkMagic = 42
	}
	if cfg.EpochLength == 0 {
		cfg.EpochLength = 432_000
	}
	if cfg.SlotsPerBlock == 0 {
		cfg.SlotsPerBlock = 20
	}
	if cfg.SystemStart == 0 {
		cfg.SystemStart = 1_767_225_600 // 2026-01-01T00:00:00Z
	}
	p := MainnetParams
	if cfg.Params != nil {
		p = *cfg.Params
	}
	s := &Sim{
		cfg: cfg, params: p,
		led:   &ledger{utxo: map[TxIn]TxOut{}, accounts: map[Hash28]*account{}},
		pools: map[Hash28]*Pool{}, dreps: map[Hash28]bool{},
		snaps: map[int64]map[Hash28]snapEntry{}, txs: map[Hash32]*txRecord{}, seen: map[string]bool{},
	}
	s.produce()
	return s
}

// Start serves the API on a loopback port; URL returns its base.
func (s *Sim) Start() {
	s.srv = httptest.NewServer(s.Handler())
}

// URL is the Blockfrost base URL of a started simulator (it ends in /api/v0).
func (s *Sim) URL() string { return s.srv.URL + "/api/v0" }

// Close stops the server.
func (s *Sim) Close() {
	if s.srv != nil {
		s.srv.Close()
	}
}

// NetworkMagic returns the network magic the simulator reports in /genesis.
func (s *Sim) NetworkMagic() int { return s.cfg.NetworkMagic }

// Params returns the protocol parameters.
func (s *Sim) Params() Params { return s.params }

// AddPool registers a pool, retired never; it returns the pool's bech32 id.
func (s *Sim) AddPool(p Pool) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	cp := p
	cp.history = map[int64]*poolEpoch{}
	s.pools[p.ID] = &cp
	s.poolIDs = append(s.poolIDs, p.ID)
	return poolBech32(p.ID)
}

// RetirePool retires the pool at the start of the next epoch: delegations to it are
// refused from then on and its delegators earn nothing.
func (s *Sim) RetirePool(id Hash28) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p := s.pools[id]; p != nil {
		p.retiredAt = s.epoch + 1
	}
}

// AddDRep registers a DRep key hash that vote delegations may name.
func (s *Sim) AddDRep(h Hash28) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dreps[h] = true
}

// Fund creates a genesis output of coin lovelace at the bech32 address addr.
func (s *Sim) Fund(addr string, coin uint64) error {
	raw, err := decodeAddress(addr)
	if err != nil {
		return err
	}
	a, err := parseAddress(raw)
	if err != nil || a.Payment == nil {
		return fmt.Errorf("fund %s: not a payment address", addr)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.genesis++
	var id Hash32
	binary.BigEndian.PutUint32(id[:], s.genesis)
	id[31] = 0xee
	s.led.utxo[TxIn{ID: id}] = TxOut{Addr: raw, Coin: coin}
	s.seen[addr] = true
	return nil
}

// Inject queues a fault; faults are used up in the order they were injected.
func (s *Sim) Inject(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cp := f
	s.faults = append(s.faults, &cp)
}

// SetLag makes /blocks/latest answer from a node n blocks behind (0 for none).
func (s *Sim) SetLag(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lag = n
}

// MakeBlock produces the next block, SlotsPerBlock slots on, with every mempool
// transaction still valid at its slot. Epoch boundaries crossed on the way are processed
// first.
func (s *Sim) MakeBlock() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.advanceTo(s.slot + s.cfg.SlotsPerBlock)
	s.produce()
}

// AdvanceEpoch moves to the first slot of the next epoch, processing the boundary, and
// produces that slot's block (including the mempool).
func (s *Sim) AdvanceEpoch() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.advanceTo((uint64(s.epoch) + 1) * s.cfg.EpochLength)
	s.produce()
}

// AdvanceTo moves the clock to slot, processing every epoch boundary on the way, and
// produces that slot's block (including the mempool). A slot not after the current one
// changes nothing.
func (s *Sim) AdvanceTo(slot uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if slot <= s.slot {
		return
	}
	s.advanceTo(slot)
	s.produce()
}

// Epoch returns the current epoch.
func (s *Sim) Epoch() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.epoch
}

// Tip returns the height and slot of the latest block.
func (s *Sim) Tip() (height, slot uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := s.blocks[len(s.blocks)-1]
	return b.Height, b.Slot
}

// Mempool returns how many transactions wait for a block.
func (s *Sim) Mempool() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.mempool)
}

// OnChain reports whether the transaction with the given id (hex) is in a block.
func (s *Sim) OnChain(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, err := parseHash32(id)
	return err == nil && s.txs[h] != nil
}

// Balance returns the lovelace at a bech32 payment address.
func (s *Sim) Balance(addr string) uint64 {
	raw, err := decodeAddress(addr)
	if err != nil {
		return 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var sum uint64
	for _, out := range s.led.utxo {
		if string(out.Addr) == string(raw) {
			sum += out.Coin
		}
	}
	return sum
}

// RewardBalance returns the reward account balance of a bech32 stake address.
func (s *Sim) RewardBalance(stake string) uint64 {
	cred, err := stakeCred(stake)
	if err != nil {
		return 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if a := s.led.accounts[cred]; a != nil {
		return a.reward
	}
	return 0
}

// Submit validates a transaction against the ledger as extended by the mempool and, when
// valid, adds it to the mempool. It is what POST /tx/submit does.
func (s *Sim) Submit(raw []byte) (Hash32, error) {
	tx, err := DecodeTx(raw)
	if err != nil {
		return Hash32{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	pending := s.led.clone()
	for _, m := range s.mempool {
		if _, err := pending.apply(m, s.env(s.slot)); err != nil {
			return Hash32{}, fmt.Errorf("mempool inconsistent: %w", err)
		}
	}
	if _, err := pending.apply(tx, s.env(s.slot)); err != nil {
		return Hash32{}, err
	}
	s.mempool = append(s.mempool, tx)
	return tx.ID, nil
}

func (s *Sim) env(slot uint64) env {
	return env{slot: slot, epoch: int64(slot / s.cfg.EpochLength), network: s.cfg.NetworkID, params: s.params, pools: s.pools, dreps: s.dreps}
}

// advanceTo moves the clock to slot, processing every epoch boundary on the way.
func (s *Sim) advanceTo(slot uint64) {
	for next := (uint64(s.epoch) + 1) * s.cfg.EpochLength; next <= slot; next += s.cfg.EpochLength {
		s.boundary(s.epoch + 1)
		s.epoch++
	}
	s.slot = slot
}

// boundary processes the start of epoch x: snapshot the end of x-1, then pay what the
// snapshot taken at the end of x-4 earned in x-2.
func (s *Sim) boundary(x int64) {
	snap := map[Hash28]snapEntry{}
	for cred, a := range s.led.accounts {
		if a.registered && a.pool != nil {
			snap[cred] = snapEntry{pool: *a.pool, stake: s.led.stakeOf(cred) + a.reward}
		}
	}
	s.snaps[x-1] = snap
	earned := x - 2
	active := s.snaps[earned-2]
	creds := slices.SortedFunc(func(yield func(Hash28) bool) {
		for c := range active {
			if !yield(c) {
				return
			}
		}
	}, func(a, b Hash28) int { return slices.Compare(a[:], b[:]) })
	for _, cred := range creds {
		e := active[cred]
		p := s.pools[e.pool]
		if p == nil || (p.retiredAt != 0 && p.retiredAt <= earned) {
			continue
		}
		h := p.history[earned]
		if h == nil {
			h = &poolEpoch{}
			p.history[earned] = h
		}
		h.active += e.stake
		h.delegators++
		amt := new(big.Int).SetUint64(e.stake)
		amt.Mul(amt, new(big.Int).SetUint64(p.RatePPM))
		amt.Mul(amt, new(big.Int).SetUint64(1_000_000-min(p.MarginPPM, 1_000_000)))
		amt.Quo(amt, big.NewInt(1_000_000_000_000))
		r := amt.Uint64()
		a := s.led.accounts[cred]
		if r == 0 || a == nil || !a.registered {
			continue // rewards of deregistered accounts go to the treasury
		}
		a.reward += r
		a.rewardsSum += r
		a.rewards = append(a.rewards, rewardEntry{Epoch: earned, Amount: r, Pool: e.pool})
		h.rewards += r
	}
	delete(s.snaps, earned-2)
}

// produce makes a block at the current slot with the mempool's valid transactions.
func (s *Sim) produce() {
	b := &block{
		Height: uint64(len(s.blocks)), Slot: s.slot, Epoch: s.epoch,
		EpochSlot: s.slot % s.cfg.EpochLength, Time: s.cfg.SystemStart + int64(s.slot),
	}
	if n := len(s.poolIDs); n > 0 {
		b.Leader = s.poolIDs[int(b.Height)%n]
		p := s.pools[b.Leader]
		p.blocksTotal++
		h := p.history[s.epoch]
		if h == nil {
			h = &poolEpoch{}
			p.history[s.epoch] = h
		}
		h.blocks++
	}
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], b.Height)
	binary.BigEndian.PutUint64(buf[8:], b.Slot)
	b.Hash = blake2b.Sum256(buf[:])
	e := s.env(s.slot)
	for _, tx := range s.mempool {
		fx, err := s.led.apply(tx, e)
		if err != nil {
			continue // no longer valid (expired): dropped, as a node drops it
		}
		rec := &txRecord{tx: tx, block: b, index: len(b.Txs), deposit: fx.deposit}
		s.txs[tx.ID] = rec
		b.Txs = append(b.Txs, tx.ID)
		b.Fees += tx.Fee
		b.Size += len(tx.Raw)
		for _, out := range tx.Outputs {
			b.Output += out.Coin
			if a, err := encodeAddress(out.Addr); err == nil {
				s.seen[a] = true
			}
		}
	}
	s.mempool = nil
	s.blocks = append(s.blocks, b)
}

// Fault is one injected failure.
type Fault struct {
	Kind FaultKind
	// Path is the API path prefix the fault applies to (after /api/v0, e.g. "/tx/submit");
	// empty matches every request.
	Path string
	// Times is how many requests the fault hits; 1 when zero.
	Times int
	// RetryAfter is the Retry-After header of a rate limit, in seconds.
	RetryAfter int
}

// FaultKind says what a fault does.
type FaultKind int

// Fault kinds.
const (
	// FaultRateLimit answers 429 with Retry-After, without handling the request.
	FaultRateLimit FaultKind = iota + 1
	// FaultUnavailable answers 503 without handling the request.
	FaultUnavailable
	// FaultErrorAfter handles the request (a submission takes effect) and answers 502.
	FaultErrorAfter
	// FaultMalformed handles the request and answers 200 with a body cut mid-JSON.
	FaultMalformed
)

var errNotFound = errors.New("not found")
