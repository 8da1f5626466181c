// Package evmtest owns the test harness of the EVM adapters: a go-ethereum simulated chain
// with a real chain id, served over loopback HTTP JSON-RPC so adapters dial it exactly as in
// production, with contracts at system addresses through the genesis alloc; helpers to send
// test-hook transactions, mine and move time; and an in-memory chains.SequenceStore. Test
// use only.
package evmtest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/softstake/staker/chains"
)

// Ether is 10^18 wei.
var Ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Eth returns n·10^18 wei.
func Eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), Ether) }

// Chain is one simulated chain served on loopback.
type Chain struct {
	Sim     *simulated.Backend
	URL     string // http://127.0.0.1:port
	ChainID *big.Int
	// Admin is a funded key for deploying and calling test hooks.
	Admin *ecdsa.PrivateKey
	mu    sync.Mutex // serialises hook transactions and mining
}

// NewKey returns a fresh secp256k1 key.
func NewKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// Addr returns the address of k.
func Addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// New starts a chain with the given chain id and genesis alloc (the admin key is added with
// a large balance) and stops it when the test ends.
func New(t testing.TB, chainID uint64, alloc types.GenesisAlloc) *Chain {
	t.Helper()
	admin := NewKey(t)
	if alloc == nil {
		alloc = types.GenesisAlloc{}
	}
	alloc[Addr(admin)] = types.Account{Balance: Eth(1_000_000_000)}
	port := freePort(t)
	id := new(big.Int).SetUint64(chainID)
	sim := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		cfg := *params.AllDevChainProtocolChanges
		cfg.ChainID = id
		ec.Genesis.Config = &cfg
		ec.NetworkId = chainID
		nc.HTTPHost, nc.HTTPPort = "127.0.0.1", port
		nc.HTTPModules = []string{"eth", "net", "web3"}
	})
	t.Cleanup(func() { sim.Close() })
	// Transactions in the first block after genesis can fail where the same ones succeed
	// later: start the tests from block 1.
	sim.Commit()
	return &Chain{Sim: sim, URL: "http://127.0.0.1:" + strconv.Itoa(port), ChainID: id, Admin: admin}
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// RuntimeCode deploys bin on a throwaway simulated chain and returns the runtime code, for
// placing a contract at a system address through the genesis alloc (its constructor never
// runs there, so it must not rely on one).
func RuntimeCode(t testing.TB, bin string) []byte {
	t.Helper()
	key := NewKey(t)
	sim := simulated.NewBackend(types.GenesisAlloc{Addr(key): {Balance: Eth(1000)}})
	defer sim.Close()
	opts := bind.NewKeyedTransactor(key, big.NewInt(1337))
	addr, _, err := bind.DeployContract(opts, common.FromHex(bin), sim.Client(), nil)
	if err != nil {
		t.Fatalf("deploy for runtime code: %v", err)
	}
	sim.Commit()
	code, err := sim.Client().CodeAt(context.Background(), addr, nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("runtime code: %v (%d bytes)", err, len(code))
	}
	return code
}

// Commit mines a block.
func (c *Chain) Commit() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Sim.Commit()
}

// AdjustTime moves the chain's clock forward by d and mines a block, retrying while the
// pool settles (AdjustTime refuses right after a commit until the pool resets).
func (c *Chain) AdjustTime(t testing.TB, d time.Duration) {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	var err error
	for range 100 {
		if err = c.Sim.AdjustTime(d); err == nil {
			c.Sim.Commit()
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("adjust time: %v", err)
}

// Deploy deploys bin with constructor input and returns its address.
func (c *Chain) Deploy(t testing.TB, bin string, input []byte) common.Address {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	opts := bind.NewKeyedTransactor(c.Admin, c.ChainID)
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bin), c.Sim.Client(), input)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	c.Sim.Commit()
	c.mustSucceed(t, tx)
	return addr
}

// Send sends data with value from key to addr (a test hook or a plain transfer), mines it
// and fails the test unless it succeeded.
func (c *Chain) Send(t testing.TB, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) {
	t.Helper()
	if err := c.TrySend(key, to, value, data); err != nil {
		t.Fatal(err)
	}
}

// TrySend is Send returning the failure.
func (c *Chain) TrySend(key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if key == nil {
		key = c.Admin
	}
	ctx := context.Background()
	cl := c.Sim.Client()
	from := Addr(key)
	if value == nil {
		value = new(big.Int)
	}
	nonce, err := cl.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	gas, err := cl.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		return fmt.Errorf("hook to %s: %w", to, err)
	}
	tip, err := cl.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	h, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{ChainID: c.ChainID,
		Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas * 2, To: &to, Value: value, Data: data})
	if err != nil {
		return err
	}
	if err := cl.SendTransaction(ctx, tx); err != nil {
		return fmt.Errorf("hook to %s: %w", to, err)
	}
	c.Sim.Commit()
	r, err := c.Sim.Client().TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		return fmt.Errorf("hook receipt: %w", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		msg := ethereum.CallMsg{From: from, To: &to, Value: value, Data: data, Gas: tx.Gas()}
		_, cerr := c.Sim.Client().CallContract(context.Background(), msg, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
		return fmt.Errorf("hook to %s reverted (gas %d of %d): %v", to, r.GasUsed, tx.Gas(), cerr)
	}
	return nil
}

func (c *Chain) mustSucceed(t testing.TB, tx *types.Transaction) {
	t.Helper()
	r, err := c.Sim.Client().TransactionReceipt(context.Background(), tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s failed: %v", tx.Hash(), err)
	}
}

// Call runs a read-only call against the latest block.
func (c *Chain) Call(t testing.TB, to common.Address, data []byte) []byte {
	t.Helper()
	inst := bind.NewBoundContract(to, abi.ABI{}, c.Sim.Client(), c.Sim.Client(), c.Sim.Client())
	out, err := inst.CallRaw(&bind.CallOpts{}, data)
	if err != nil {
		t.Fatalf("call %s: %v", to, err)
	}
	return out
}

// Balance returns the native balance of addr.
func (c *Chain) Balance(t testing.TB, addr common.Address) *big.Int {
	t.Helper()
	b, err := c.Sim.Client().BalanceAt(context.Background(), addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Fund sends amount wei from the admin to addr.
func (c *Chain) Fund(t testing.TB, addr common.Address, amount *big.Int) {
	t.Helper()
	c.Send(t, nil, addr, amount, nil)
}

// Sequences is an in-memory chains.SequenceStore: a test double of the store's nonce table.
type Sequences struct {
	mu       sync.Mutex
	next     map[string]uint64            // chain/account -> next unreserved
	byKey    map[string]uint64            // chain/account/key -> reserved
	sent     map[string][]string          // chain/account/seq -> tx ids
	Reserved map[string]map[uint64]string // for inspection: chain/account -> seq -> key
}

// NewSequences returns an empty store.
func NewSequences() *Sequences {
	return &Sequences{next: map[string]uint64{}, byKey: map[string]uint64{}, sent: map[string][]string{}, Reserved: map[string]map[uint64]string{}}
}

// ReserveSeq implements chains.SequenceStore.
func (s *Sequences) ReserveSeq(ctx context.Context, chainID, account, key string, floor uint64) (uint64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	acct := chainID + "/" + account
	if n, ok := s.byKey[acct+"/"+key]; ok {
		return n, nil
	}
	n := max(s.next[acct], floor)
	s.next[acct] = n + 1
	s.byKey[acct+"/"+key] = n
	if s.Reserved[acct] == nil {
		s.Reserved[acct] = map[uint64]string{}
	}
	s.Reserved[acct][n] = key
	return n, nil
}

// RecordSent implements chains.SequenceStore.
func (s *Sequences) RecordSent(ctx context.Context, chainID, account string, seq uint64, txID string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	k := fmt.Sprintf("%s/%s/%d", chainID, account, seq)
	for _, id := range s.sent[k] {
		if id == txID {
			return nil
		}
	}
	s.sent[k] = append(s.sent[k], txID)
	return nil
}

// SentWith implements chains.SequenceStore.
func (s *Sequences) SentWith(ctx context.Context, chainID, account string, seq uint64) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.sent[fmt.Sprintf("%s/%s/%d", chainID, account, seq)]...), nil
}

// Interface guards
var _ chains.SequenceStore = (*Sequences)(nil)

// FastPolicy is an RPC policy for tests: quick retries, short caps.
var FastPolicy = chains.RPCPolicy{MaxAttempts: 3, WaitMin: 5 * time.Millisecond, WaitMax: 50 * time.Millisecond,
	MaxRetryAfter: 100 * time.Millisecond, AttemptTimeout: 5 * time.Second, CallTimeout: 15 * time.Second}

// Addr0 parses a 0x address (for fixtures that hold addresses as text).
func Addr0(s string) common.Address { return common.HexToAddress(s) }

// Hash parses a 0x transaction hash.
func Hash(s string) common.Hash { return common.HexToHash(s) }
