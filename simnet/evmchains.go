package simnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/softstake/staker/chains/evm/bsc"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/chains/evm/sonic"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// evmFinality is the finality depth, in blocks, the EVM chains' settings give the adapters.
const evmFinality = 3

// evmChain is an EVM chain whose day ends with a block at the day's end and then the
// day's reward hooks.
type evmChain struct {
	node  *evmNode
	clock *clock
	// rewards pays the day's rewards through the mock's test hooks.
	rewards func() error
	flows   evmFlows
}

func (c *evmChain) advanceDay(_ context.Context, n int) error {
	if err := c.node.mineAt(c.clock.end(n)); err != nil {
		return err
	}
	return c.rewards()
}

func (c *evmChain) settle(context.Context) error { return c.node.mine(evmFinality + 1) }

func (c *evmChain) close() error { return c.node.close() }

// evmChainOf finishes an EVM chain's setup: the flows of money in and out of custody (of
// token, or of the native coin when token is the zero address), the block that ends the
// setup, and the chain with its configuration block, whose network, endpoint, custody and
// signing limits it fills in. The caller closes node when it fails.
func evmChainOf(s chainSetup, node *evmNode, custody, token common.Address, funded money.Amount, validators []string,
	rewards func() error, b block) (*Chain, error) {
	flows, err := newEVMFlows(s, token)
	if err != nil {
		return nil, err
	}
	if err := ready(node); err != nil {
		return nil, err
	}
	b.network, b.url, b.keyID, b.custody, b.perTx, b.daily = "localnet", node.url, s.keyID, custody.Hex(), perTxLimit, dailyLimit
	clk := &clock{start: s.start}
	return &Chain{token: s.token, keyID: s.keyID, custody: custody.Hex(), funded: funded, validators: validators, clock: clk,
		sim: &evmChain{node: node, clock: clk, rewards: rewards, flows: flows}, block: b.yaml()}, nil
}

// ready seals the block that ends the chain's setup, so that every contract and validator
// exists at any height the adapters read from.
func ready(node *evmNode) error { return node.mine(1) }

// evmKeys are the keys of an EVM chain's setup: the admin that deploys and calls test
// hooks, and the custody key's address.
func evmKeys(s chainSetup) (admin *ecdsa.PrivateKey, custody common.Address, err error) {
	admin, err = crypto.ToECDSA(secpScalar(s.derived, "admin"))
	if err != nil {
		return nil, common.Address{}, err
	}
	addr, err := signer.Address(s.token.Chain, "localnet", signer.Secp256k1, s.public)
	if err != nil {
		return nil, common.Address{}, err
	}
	return admin, common.HexToAddress(addr), nil
}

// operator derives the address of validator i.
func operator(s chainSetup, i int) common.Address {
	return common.BytesToAddress(s.derived(fmt.Sprintf("validator/%d", i))[:20])
}

// perDay returns amount·ppm/10^6/365, the day's share of a yearly rate in parts per million.
func perDay(amount *big.Int, ppm uint64) *big.Int {
	r := new(big.Int).Mul(amount, new(big.Int).SetUint64(ppm))
	return r.Quo(r, big.NewInt(365_000_000))
}

// aprPPM draws a yearly rate of about bps basis points, ±10 %, in parts per million.
func aprPPM(s chainSetup, bps uint64) uint64 {
	spread := bps * 10 / 100 // ±10 %
	return (bps - spread + s.rng.Uint64N(2*spread+1)) * 100
}

func fundedAmount(t money.Token) money.Amount {
	a, _ := money.FromBig(units(FundedUnits, t.Decimals))
	return a
}

// startBSC: the StakeHub at its system address, four validators with commissions of 5 to
// 12 %, and a reward distributed to each at every day's end (BSC distributes daily at
// 00:00 UTC), about 2 % a year of the validator's pooled BNB before commission.
func startBSC(s chainSetup) (*Chain, error) {
	admin, custody, err := evmKeys(s)
	if err != nil {
		return nil, err
	}
	code, err := runtimeCode(mock.MockStakeHubMetaData.Bin, s.start)
	if err != nil {
		return nil, err
	}
	funded := fundedAmount(s.token)
	node, err := startEVM(bscChainID, types.GenesisAlloc{bsc.StakeHubAddress: {Code: code}, custody: {Balance: funded.Big()}}, admin, s.start)
	if err != nil {
		return nil, err
	}
	hub, credit := mock.NewMockStakeHub(), mock.NewMockStakeCredit()
	var ops []common.Address
	var ids []string
	var weights []int
	for i := range 4 {
		op := operator(s, i)
		rate := 500 + s.rng.Uint64N(701)
		self := units(int64(50_000+s.rng.IntN(50_000)), s.token.Decimals)
		if err := node.send(nil, bsc.StakeHubAddress, self, hub.PackTestAddValidator(op, "sim-"+strconv.Itoa(i+1), rate)); err != nil {
			node.close()
			return nil, fmt.Errorf("add validator: %w", err)
		}
		ops = append(ops, op)
		ids = append(ids, op.Hex())
		weights = append(weights, 1+s.rng.IntN(3))
	}
	apr := aprPPM(s, 220)
	rewards := func() error {
		for _, op := range ops {
			out, err := node.call(bsc.StakeHubAddress, hub.PackGetValidatorCreditContract(op))
			if err != nil {
				return err
			}
			addr, err := hub.UnpackGetValidatorCreditContract(out)
			if err != nil {
				return err
			}
			if out, err = node.call(addr, credit.PackTotalPooledBNB()); err != nil {
				return err
			}
			pooled, err := credit.UnpackTotalPooledBNB(out)
			if err != nil {
				return err
			}
			if r := perDay(pooled, apr); r.Sign() > 0 {
				if err := node.send(nil, bsc.StakeHubAddress, r, hub.PackTestDistributeReward(op)); err != nil {
					return fmt.Errorf("distribute reward to %s: %w", op.Hex(), err)
				}
			}
		}
		return nil
	}
	c, err := evmChainOf(s, node, custody, common.Address{}, funded, ids, rewards, block{chain: "bsc", chainID: bscChainID,
		validators: ids, weights: weights, maxShareBps: 4000, minAbs: "100",
		actions:  []string{"delegate", "undelegate", "redelegate", "withdraw"},
		allow:    []string{bsc.StakeHubAddress.Hex()},
		settings: [][2]string{{"finality_depth", strconv.Itoa(evmFinality)}}})
	if err != nil {
		node.close()
		return nil, err
	}
	return c, nil
}

// startSonic: the SFC at its system address, four validators, and each day four epochs
// sealed (one per validator), paying about 5 % a year of each validator's stake before
// the SFC's 15 % commission.
func startSonic(s chainSetup) (*Chain, error) {
	admin, custody, err := evmKeys(s)
	if err != nil {
		return nil, err
	}
	code, err := runtimeCode(mock.MockSFCMetaData.Bin, s.start)
	if err != nil {
		return nil, err
	}
	funded := fundedAmount(s.token)
	node, err := startEVM(sonicChainID, types.GenesisAlloc{sonic.SFCAddress: {Code: code}, custody: {Balance: funded.Big()}}, admin, s.start)
	if err != nil {
		return nil, err
	}
	sfc := mock.NewMockSFC()
	var ids []string
	var weights []int
	for i := range 4 {
		// A self stake of 100,000 S or more lets each validator take 16 times it.
		self := units(int64(100_000+s.rng.IntN(100_000)), s.token.Decimals)
		if err := node.send(nil, sonic.SFCAddress, self, sfc.PackTestAddValidator(operator(s, i))); err != nil {
			node.close()
			return nil, fmt.Errorf("add validator: %w", err)
		}
		ids = append(ids, strconv.Itoa(i+1))
		weights = append(weights, 1+s.rng.IntN(3))
	}
	apr := aprPPM(s, 590)
	rewards := func() error {
		for i := range ids {
			id := big.NewInt(int64(i + 1))
			out, err := node.call(sonic.SFCAddress, sfc.PackGetValidator(id))
			if err != nil {
				return err
			}
			v, err := sfc.UnpackGetValidator(out)
			if err != nil {
				return err
			}
			if err := node.send(nil, sonic.SFCAddress, perDay(v.Arg1, apr), sfc.PackTestSealEpoch(id)); err != nil {
				return fmt.Errorf("seal epoch for validator %d: %w", i+1, err)
			}
		}
		return nil
	}
	c, err := evmChainOf(s, node, custody, common.Address{}, funded, ids, rewards, block{chain: "sonic", chainID: sonicChainID,
		validators: ids, weights: weights, maxShareBps: 4000, minAbs: "1000",
		allow:    []string{sonic.SFCAddress.Hex()},
		settings: [][2]string{{"finality_depth", strconv.Itoa(evmFinality)}, {"from_block", "1"}}})
	if err != nil {
		node.close()
		return nil, err
	}
	return c, nil
}

// The EVM chains' ids: localnet ids, distinct from every public network's.
const (
	polygonChainID = 31_001
	bscChainID     = 31_056
	sonicChainID   = 31_146
	roninChainID   = 31_020
)
