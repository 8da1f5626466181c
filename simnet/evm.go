package simnet

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// evmNode is a go-ethereum node in process, served over loopback HTTP JSON-RPC, whose
// blocks this package seals itself at the timestamps it chooses: the chain's clock follows
// the simulated one, never the wall clock, so that what depends on block time (unbonding
// periods, claim windows) happens on the same simulated day in every run.
type evmNode struct {
	stack   *node.Node
	eth     *eth.Ethereum
	client  *ethclient.Client
	url     string
	chainID *big.Int
	admin   *ecdsa.PrivateKey

	mu   sync.Mutex // serialises sealing and admin transactions
	time uint64     // timestamp of the head block
}

// startEVM starts a chain with the given id at genesis time start, with alloc and the
// admin key funded with a large balance.
func startEVM(chainID uint64, alloc types.GenesisAlloc, admin *ecdsa.PrivateKey, start time.Time) (*evmNode, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	genesisAlloc := core.SystemContractAllocs()
	maps.Copy(genesisAlloc, alloc)
	genesisAlloc[crypto.PubkeyToAddress(admin.PublicKey)] = types.Account{Balance: units(1_000_000_000_000, 18)}

	cfg := *params.AllDevChainProtocolChanges
	cfg.ChainID = new(big.Int).SetUint64(chainID)
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: &cfg, GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: genesisAlloc,
		Timestamp: uint64(start.Unix())}
	ethConf.NetworkId = chainID
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	// Keep every block's state: adapters read positions at past heights (a harvest window's
	// start), however many blocks a simulated day holds.
	ethConf.NoPruning = true
	ethConf.StateScheme = rawdb.HashScheme

	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true}
	nodeConf.HTTPHost, nodeConf.HTTPPort = "127.0.0.1", port
	nodeConf.HTTPModules = []string{"eth", "net", "web3"}
	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("evm node: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("evm node: %w", err), stack.Close())
	}
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))}})
	if err := stack.Start(); err != nil {
		return nil, errors.Join(fmt.Errorf("evm node: %w", err), stack.Close())
	}
	n := &evmNode{stack: stack, eth: backend, client: ethclient.NewClient(stack.Attach()),
		url: "http://127.0.0.1:" + strconv.Itoa(port), chainID: cfg.ChainID, admin: admin,
		time: backend.BlockChain().CurrentBlock().Time}
	return n, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// close stops the node.
func (n *evmNode) close() error {
	n.client.Close()
	return n.stack.Close()
}

// seal produces one block at timestamp at (at least one second after the head), holding
// every pending transaction that fits.
func (n *evmNode) seal(at uint64) error {
	if at <= n.time {
		at = n.time + 1
	}
	if err := n.eth.TxPool().Sync(); err != nil {
		return fmt.Errorf("seal: %w", err)
	}
	parent := n.eth.BlockChain().CurrentBlock()
	var random common.Hash
	binary.BigEndian.PutUint64(random[:8], parent.Number.Uint64()+1)
	random = sha256.Sum256(random[:])
	payload, err := n.eth.Miner().BuildPayload(context.Background(), &miner.BuildPayloadArgs{Parent: parent.Hash(), Timestamp: at,
		Random: random, Withdrawals: types.Withdrawals{}, BeaconRoot: &common.Hash{}, Version: engine.PayloadV3}, false)
	if err != nil {
		return fmt.Errorf("seal: %w", err)
	}
	if payload.ResolveFull() == nil {
		return errors.New("seal: payload building stopped")
	}
	block, _, _, _ := payload.FullBlockAndReceipts()
	if _, err := n.eth.BlockChain().InsertChain(types.Blocks{block}); err != nil {
		return fmt.Errorf("seal block %d: %w", block.NumberU64(), err)
	}
	n.eth.BlockChain().SetFinalized(block.Header())
	n.eth.BlockChain().SetSafe(block.Header())
	n.time = at
	return nil
}

// mine produces count blocks one second apart.
func (n *evmNode) mine(count int) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	for range count {
		if err := n.seal(n.time + 1); err != nil {
			return err
		}
	}
	return nil
}

// mineAt produces one block at timestamp at (or one second after the head, if later).
func (n *evmNode) mineAt(at time.Time) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.seal(uint64(max(at.Unix(), 0)))
}

// head returns the number of the head block.
func (n *evmNode) head() uint64 { return n.eth.BlockChain().CurrentBlock().Number.Uint64() }

// send sends data with value from key (the admin when nil) to to, mines it in a block of
// its own and fails unless it succeeded.
func (n *evmNode) send(key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	tx, err := n.signed(key, &to, value, data)
	if err != nil {
		return err
	}
	return n.include(tx)
}

// deploy deploys bin with constructor input from the admin and returns its address.
func (n *evmNode) deploy(bin string, input []byte) (common.Address, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	code := append(common.FromHex(bin), input...)
	tx, err := n.signed(nil, nil, nil, code)
	if err != nil {
		return common.Address{}, err
	}
	if err := n.include(tx); err != nil {
		return common.Address{}, err
	}
	return crypto.CreateAddress(crypto.PubkeyToAddress(n.admin.PublicKey), tx.Nonce()), nil
}

func (n *evmNode) signed(key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	if key == nil {
		key = n.admin
	}
	if value == nil {
		value = new(big.Int)
	}
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := n.client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	gas, err := n.client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Value: value, Data: data})
	if err != nil {
		return nil, fmt.Errorf("estimate gas: %w", err)
	}
	h := n.eth.BlockChain().CurrentBlock()
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip)
	return types.SignNewTx(key, types.LatestSignerForChainID(n.chainID), &types.DynamicFeeTx{ChainID: n.chainID,
		Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas * 2, To: to, Value: value, Data: data})
}

// include sends tx, seals a block one second on and checks the receipt.
func (n *evmNode) include(tx *types.Transaction) error {
	_, err := n.included(tx)
	return err
}

// included sends tx, seals a block one second on and returns the receipt of a transaction
// that succeeded.
func (n *evmNode) included(tx *types.Transaction) (*types.Receipt, error) {
	ctx := context.Background()
	if err := n.client.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	if err := n.seal(n.time + 1); err != nil {
		return nil, err
	}
	r, err := n.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("receipt: %w", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("transaction %s to %v reverted", tx.Hash(), tx.To())
	}
	return r, nil
}

// call runs a read-only call against the head block.
func (n *evmNode) call(to common.Address, data []byte) ([]byte, error) {
	out, err := n.client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("call %s: %w", to, err)
	}
	return out, nil
}

// runtimeCode deploys bin on a throwaway chain and returns its runtime code, for placing a
// contract at a system address through the genesis alloc (its constructor never runs there).
func runtimeCode(bin string, start time.Time) ([]byte, error) {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("simnet runtime code")))
	if err != nil {
		return nil, err
	}
	n, err := startEVM(1337, nil, key, start)
	if err != nil {
		return nil, err
	}
	defer n.close()
	addr, err := n.deploy(bin, nil)
	if err != nil {
		return nil, fmt.Errorf("runtime code: %w", err)
	}
	code, err := n.client.CodeAt(context.Background(), addr, nil)
	if err != nil || len(code) == 0 {
		return nil, fmt.Errorf("runtime code: %v (%d bytes)", err, len(code))
	}
	return code, nil
}

// units returns n·10^decimals.
func units(n int64, decimals uint8) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))
}

// ecdsaKey is a secp256k1 private key of a simulated account.
type ecdsaKey = ecdsa.PrivateKey

func keyFrom(scalar []byte) (*ecdsaKey, error) { return crypto.ToECDSA(scalar) }

func holderAddr(k *ecdsaKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
