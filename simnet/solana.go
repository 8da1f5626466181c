package simnet

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"time"

	"github.com/softstake/staker/chains/solana/solanasim"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Solana's cadence: a day is solanaSlotsPerDay slots and an epoch two days, so inflation
// rewards are paid every second day end, on the stake effective in the epoch that ended.
const (
	solanaSlotsPerDay = 2160 // 40-second slots
	solanaFinality    = 32   // the adapter's finality depth, in slots
)

type solanaChain struct {
	sim   *solanasim.Sim
	flows solanaFlows
}

func startSolana(s chainSetup) (*Chain, error) {
	// About 7 % a year before commission: 2/365.25 of it per two-day epoch, ±10 %.
	ppm := 383 + s.rng.Uint64N(77) - 38
	sim := solanasim.New(solanasim.Config{SlotsPerEpoch: 2 * solanaSlotsPerDay, FinalityDepth: solanaFinality, RewardPPM: ppm})
	url, err := sim.Start()
	if err != nil {
		return nil, err
	}
	custody, err := signer.Address("solana", "localnet", signer.Ed25519, s.public)
	if err != nil {
		return nil, err
	}
	owner, err := solanasim.ParsePubkey(custody)
	if err != nil {
		return nil, err
	}
	funded := units(FundedUnits, s.token.Decimals)
	sim.Fund(owner, funded.Uint64())
	outside := ed25519.NewKeyFromSeed(s.derived("outside"))
	sim.Fund(solanasim.Pubkey(outside.Public().(ed25519.PublicKey)), solanaOutsideLamports)
	var validators []string
	var weights []int
	for i := range 4 {
		var vote, node solanasim.Pubkey
		copy(vote[:], s.derived(fmt.Sprintf("vote/%d", i)))
		copy(node[:], s.derived(fmt.Sprintf("node/%d", i)))
		commission := uint8(3 + s.rng.IntN(8)) // 3..10 %
		others := units(int64(2_000_000+s.rng.IntN(3_000_000)), s.token.Decimals)
		sim.AddValidator(vote, node, commission, others.Uint64())
		validators = append(validators, vote.String())
		weights = append(weights, 1+s.rng.IntN(3))
	}
	amount, _ := money.FromBig(funded)
	slot := time.Duration(int64(day) / solanaSlotsPerDay)
	return &Chain{token: s.token, keyID: s.keyID, custody: custody, funded: amount, validators: validators,
		clock: &clock{start: s.start}, sim: &solanaChain{sim: sim, flows: solanaFlows{url: url, custody: ed25519.NewKeyFromSeed(s.secret), outside: outside}},
		block: block{chain: "solana", network: "localnet", url: url, keyID: s.keyID, custody: custody,
			validators: validators, weights: weights, maxShareBps: 4000, minAbs: "1000",
			perTx: perTxLimit, daily: dailyLimit, signingChainID: sim.Config().GenesisHash,
			settings: [][2]string{{"slot_time", slot.String()}}}.yaml()}, nil
}

// advanceDay moves to the first slot after the day (epoch boundaries pay rewards on the
// way); slots already produced by Settle count towards it.
func (c *solanaChain) advanceDay(_ context.Context, n int) error {
	target := uint64(n) * solanaSlotsPerDay
	if now := c.sim.Slot(); now < target {
		c.sim.AdvanceSlots(target - now)
	}
	return nil
}

// settle lands the pending transactions in the next slot and finalizes them.
func (c *solanaChain) settle(context.Context) error {
	c.sim.AdvanceSlots(solanaFinality + 1)
	return nil
}

func (c *solanaChain) close() error { return c.sim.Close() }
