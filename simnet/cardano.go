package simnet

import (
	"context"
	"fmt"
	"strconv"

	"github.com/softstake/staker/chains/cardano/cardanosim"
	"github.com/softstake/staker/signer"
)

// Cardano's cadence: one-second slots from the simulated start and five-day epochs; stake
// snapshotted at the end of epoch e earns in e+2 and is paid at the start of e+4.
const (
	cardanoEpochSlots = 5 * 86_400
	cardanoFinality   = 3 // blocks, inclusion counted, the adapter waits for
)

type cardanoChain struct {
	sim   *cardanosim.Sim
	flows cardanoFlows
}

// startCardano: four pools with margins of 1 to 5 % paying about 3 % a year, and the
// custody's enterprise address (the buffer) funded; the base address of the same key
// holds the stake.
func startCardano(s chainSetup) (*Chain, error) {
	sim := cardanosim.New(cardanosim.Config{EpochLength: cardanoEpochSlots, SystemStart: s.start.Unix()})
	sim.Start()
	custody, err := signer.CardanoBaseAddress("localnet", s.public, s.public)
	if err != nil {
		sim.Close()
		return nil, err
	}
	buffer, err := signer.Address("cardano", "localnet", signer.Ed25519, s.public)
	if err != nil {
		sim.Close()
		return nil, err
	}
	funded := fundedAmount(s.token)
	if err := sim.Fund(buffer, funded.Big().Uint64()); err != nil {
		sim.Close()
		return nil, fmt.Errorf("fund custody: %w", err)
	}
	flows, err := newCardanoFlows(s, sim, custody, buffer)
	if err != nil {
		sim.Close()
		return nil, err
	}
	// About 3 % a year: 5/365 of it per epoch, before the margin.
	rate := aprPPM(s, 310) * 5 / 365
	var ids []string
	var weights []int
	for i := range 4 {
		var id cardanosim.Hash28
		copy(id[:], s.derived(fmt.Sprintf("pool/%d", i)))
		ids = append(ids, sim.AddPool(cardanosim.Pool{ID: id, Ticker: "SIM" + strconv.Itoa(i+1), Name: "Sim pool " + strconv.Itoa(i+1),
			MarginPPM: 10_000 + s.rng.Uint64N(40_001), FixedCost: 170_000_000, Pledge: 1_000_000_000_000, RatePPM: rate}))
		weights = append(weights, 1+s.rng.IntN(3))
	}
	return &Chain{token: s.token, keyID: s.keyID, custody: custody, funded: funded, validators: ids,
		clock: &clock{start: s.start}, sim: &cardanoChain{sim: sim, flows: flows},
		block: block{chain: "cardano", network: "localnet", url: sim.URL(), keyID: s.keyID, custody: custody,
			validators: ids, weights: weights, maxShareBps: 4000, minAbs: "1000", perTx: perTxLimit, daily: dailyLimit,
			signingChainID: strconv.Itoa(sim.NetworkMagic()),
			settings:       [][2]string{{"finality_blocks", strconv.Itoa(cardanoFinality)}}}.yaml()}, nil
}

// advanceDay jumps to the day's last slot, paying rewards at the epoch boundaries crossed.
func (c *cardanoChain) advanceDay(_ context.Context, n int) error {
	c.sim.AdvanceTo(uint64(n) * 86_400)
	return nil
}

// settle includes the mempool in a block and adds blocks until it is final.
func (c *cardanoChain) settle(context.Context) error {
	for range cardanoFinality {
		c.sim.MakeBlock()
	}
	return nil
}

func (c *cardanoChain) close() error {
	c.sim.Close()
	return nil
}
