package simnet

import (
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/softstake/staker/chains/evm/evmtest/mock"
)

// startPolygon: the POL token and the StakeManager deployed on an Ethereum-like chain,
// four validators with commissions of 5 to 15 %, and each day 48 checkpoints (one every
// 30 minutes), four of which pay the validators' delegators about 4 % a year of their
// delegated POL, net of commission.
func startPolygon(s chainSetup) (*Chain, error) {
	admin, custody, err := evmKeys(s)
	if err != nil {
		return nil, err
	}
	node, err := startEVM(polygonChainID, types.GenesisAlloc{custody: {Balance: units(1000, 18)}}, admin, s.start)
	if err != nil {
		return nil, err
	}
	c, err := setupPolygon(s, node, custody)
	if err != nil {
		node.close()
		return nil, err
	}
	return c, nil
}

func setupPolygon(s chainSetup, node *evmNode, custody common.Address) (*Chain, error) {
	erc, sm := mock.NewMockERC20(), mock.NewMockStakeManager()
	token, err := node.deploy(mock.MockERC20MetaData.Bin, nil)
	if err != nil {
		return nil, fmt.Errorf("deploy token: %w", err)
	}
	mgr, err := node.deploy(mock.MockStakeManagerMetaData.Bin, sm.PackConstructor(token))
	if err != nil {
		return nil, fmt.Errorf("deploy stake manager: %w", err)
	}
	out, err := node.call(mgr, sm.PackLogger())
	if err != nil {
		return nil, err
	}
	info, err := sm.UnpackLogger(out)
	if err != nil {
		return nil, err
	}
	funded := fundedAmount(s.token)
	if err := node.send(nil, token, nil, erc.PackTestMint(custody, funded.Big())); err != nil {
		return nil, fmt.Errorf("fund custody: %w", err)
	}
	var ids []string
	var weights []int
	var commissions []int64
	allow := []string{token.Hex(), mgr.Hex()}
	for i := range 4 {
		commission := int64(5 + s.rng.IntN(11))
		self := units(int64(1_000_000+s.rng.IntN(1_000_000)), s.token.Decimals)
		if err := node.send(nil, mgr, nil, sm.PackTestAddValidator(operator(s, i), self, big.NewInt(commission))); err != nil {
			return nil, fmt.Errorf("add validator: %w", err)
		}
		out, err := node.call(mgr, sm.PackGetValidatorContract(big.NewInt(int64(i+1))))
		if err != nil {
			return nil, err
		}
		share, err := sm.UnpackGetValidatorContract(out)
		if err != nil {
			return nil, err
		}
		ids = append(ids, strconv.Itoa(i+1))
		weights = append(weights, 1+s.rng.IntN(3))
		commissions = append(commissions, commission)
		allow = append(allow, share.Hex())
	}
	apr := aprPPM(s, 400)
	rewards := func() error {
		if err := node.send(nil, mgr, nil, sm.PackTestAdvanceEpochs(big.NewInt(48-int64(len(ids))))); err != nil {
			return fmt.Errorf("advance epochs: %w", err)
		}
		for i := range ids {
			id := big.NewInt(int64(i + 1))
			out, err := node.call(mgr, sm.PackDelegatedAmount(id))
			if err != nil {
				return err
			}
			delegated, err := sm.UnpackDelegatedAmount(out)
			if err != nil {
				return err
			}
			r := perDay(delegated, apr)
			r.Mul(r, big.NewInt(100-commissions[i])).Quo(r, big.NewInt(100))
			if r.Sign() > 0 {
				if err := node.send(nil, token, nil, erc.PackTestMint(mgr, r)); err != nil {
					return fmt.Errorf("mint reward: %w", err)
				}
			}
			if err := node.send(nil, mgr, nil, sm.PackTestCheckpoint(id, r)); err != nil {
				return fmt.Errorf("checkpoint for validator %d: %w", i+1, err)
			}
		}
		return nil
	}
	return evmChainOf(s, node, custody, token, funded, ids, rewards, block{chain: "polygon", chainID: polygonChainID,
		validators: ids, weights: weights, maxShareBps: 4000, minAbs: "1000",
		actions: []string{"approve", "delegate", "undelegate", "withdraw", "claim", "restake"},
		allow:   allow,
		settings: [][2]string{{"finality_depth", strconv.Itoa(evmFinality)}, {"stake_manager", strconv.Quote(mgr.Hex())},
			{"pol_token", strconv.Quote(token.Hex())}, {"staking_info", strconv.Quote(info.Hex())},
			{"events_hub", strconv.Quote(info.Hex())}, {"checkpoint_interval", "30m"}}})
}

// startRonin: the AXS token, its staking manager and pool, a large holder staking beside
// us, and each day a reward schedule over 24 blocks that pays the pool's stakers about 10 %
// a year, claimable once a day.
func startRonin(s chainSetup) (*Chain, error) {
	admin, custody, err := evmKeys(s)
	if err != nil {
		return nil, err
	}
	holder, err := keyFrom(secpScalar(s.derived, "holder"))
	if err != nil {
		return nil, err
	}
	node, err := startEVM(roninChainID, types.GenesisAlloc{custody: {Balance: units(1000, 18)}, holderAddr(holder): {Balance: units(1000, 18)}}, admin, s.start)
	if err != nil {
		return nil, err
	}
	c, err := setupRonin(s, node, custody, holder)
	if err != nil {
		node.close()
		return nil, err
	}
	return c, nil
}

func setupRonin(s chainSetup, node *evmNode, custody common.Address, holder *ecdsaKey) (*Chain, error) {
	erc, mgr, pool := mock.NewMockERC20(), mock.NewMockAxsManager(), mock.NewMockAxsPool()
	token, err := node.deploy(mock.MockERC20MetaData.Bin, nil)
	if err != nil {
		return nil, fmt.Errorf("deploy token: %w", err)
	}
	manager, err := node.deploy(mock.MockAxsManagerMetaData.Bin, mgr.PackConstructor(token))
	if err != nil {
		return nil, fmt.Errorf("deploy staking manager: %w", err)
	}
	poolAddr, err := node.deploy(mock.MockAxsPoolMetaData.Bin, pool.PackConstructor(token, manager))
	if err != nil {
		return nil, fmt.Errorf("deploy pool: %w", err)
	}
	funded := fundedAmount(s.token)
	held := units(int64(5_000_000+s.rng.IntN(5_000_000)), s.token.Decimals)
	for _, step := range []struct {
		key  *ecdsaKey
		to   common.Address
		data []byte
	}{
		{nil, token, erc.PackTestMint(manager, units(1_000_000_000, s.token.Decimals))},
		{nil, token, erc.PackTestMint(custody, funded.Big())},
		{nil, token, erc.PackTestMint(holderAddr(holder), held)},
		{holder, token, erc.PackApprove(poolAddr, held)},
		{holder, poolAddr, pool.PackStake(held)},
	} {
		if err := node.send(step.key, step.to, nil, step.data); err != nil {
			return nil, fmt.Errorf("set up the pool: %w", err)
		}
	}
	apr := aprPPM(s, 1000)
	const blocks = 24 // the schedule's blocks, counting the one that sets the rate back to 0
	rewards := func() error {
		out, err := node.call(poolAddr, pool.PackGetStakingTotal())
		if err != nil {
			return err
		}
		total, err := pool.UnpackGetStakingTotal(out)
		if err != nil {
			return err
		}
		perBlock := perDay(total, apr)
		perBlock.Quo(perBlock, big.NewInt(blocks))
		if err := node.send(nil, manager, nil, mgr.PackTestSetRewardPerBlock(poolAddr, perBlock)); err != nil {
			return fmt.Errorf("reward schedule: %w", err)
		}
		if err := node.mine(blocks - 1); err != nil {
			return err
		}
		if err := node.send(nil, manager, nil, mgr.PackTestSetRewardPerBlock(poolAddr, new(big.Int))); err != nil {
			return fmt.Errorf("reward schedule: %w", err)
		}
		return nil
	}
	return evmChainOf(s, node, custody, token, funded, []string{poolAddr.Hex()}, rewards, block{chain: "ronin", chainID: roninChainID,
		minAbs:  "1000",
		actions: []string{"approve", "delegate", "undelegate", "claim", "restake"},
		allow:   []string{poolAddr.Hex(), token.Hex()},
		settings: [][2]string{{"finality_depth", strconv.Itoa(evmFinality)}, {"pool", strconv.Quote(poolAddr.Hex())},
			{"staking_manager", strconv.Quote(manager.Hex())}, {"token", strconv.Quote(token.Hex())}}})
}
