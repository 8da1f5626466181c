package simnet

import (
	"context"
	"crypto/ed25519"
	"fmt"

	"golang.org/x/crypto/blake2b"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/cardano"
	"github.com/softstake/staker/chains/cardano/cardanosim"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// cardanoFlows is how money moves in and out of custody on Cardano: deposits are outputs
// the node creates at the buffer (the custody's enterprise address), withdrawals are
// transfer transactions the Cardano adapter builds from the buffer to an outside address,
// with change back, witnessed by the custody payment key.
type cardanoFlows struct {
	adapter chains.Adapter
	custody string // the base address the adapter knows the custody by
	buffer  string
	outside string
	key     ed25519.PrivateKey
}

// newCardanoFlows builds the adapter the withdrawals go through.
func newCardanoFlows(s chainSetup, sim *cardanosim.Sim, custody, buffer string) (cardanoFlows, error) {
	outsideKey := ed25519.NewKeyFromSeed(s.derived("outside"))
	outside, err := signer.Address("cardano", "localnet", signer.Ed25519, outsideKey.Public().(ed25519.PublicKey))
	if err != nil {
		return cardanoFlows{}, fmt.Errorf("outside address: %w", err)
	}
	a, err := cardano.New(context.Background(), chains.Config{Chain: cardano.Name, Token: s.token, Network: "localnet",
		ChainID: fmt.Sprint(sim.NetworkMagic()), Endpoints: []chains.Endpoint{{URL: sim.URL()}}, Custody: []string{custody}}, chains.Options{})
	if err != nil {
		return cardanoFlows{}, fmt.Errorf("adapter: %w", err)
	}
	return cardanoFlows{adapter: a, custody: custody, buffer: buffer, outside: outside, key: ed25519.NewKeyFromSeed(s.secret)}, nil
}

func (c *cardanoChain) deposit(_ context.Context, amount money.Amount) error {
	if !amount.Big().IsUint64() {
		return fmt.Errorf("%s lovelace out of range", amount)
	}
	return c.sim.Fund(c.flows.buffer, amount.Big().Uint64())
}

// withdraw builds the transfer (which fails, changing nothing, when the buffer cannot pay
// it and its fee), signs the body's hash with the custody key, submits it and includes it
// in a block, and returns the fee the node reports for it.
func (c *cardanoChain) withdraw(ctx context.Context, amount money.Amount) (money.Amount, error) {
	a := c.flows.adapter
	u, err := a.Build(ctx, chains.Action{Kind: signer.ActionTransfer, Owner: c.flows.custody, Validator: c.flows.outside, Amount: amount})
	if err != nil {
		return money.Amount{}, err
	}
	id := blake2b.Sum256(u.Payload)
	s, err := a.Attach(u, signer.Signature{Bytes: ed25519.Sign(c.flows.key, id[:]), PublicKey: c.flows.key.Public().(ed25519.PublicKey)})
	if err != nil {
		return money.Amount{}, err
	}
	ref, err := a.Broadcast(ctx, s)
	if err != nil {
		return money.Amount{}, err
	}
	c.sim.MakeBlock()
	st, err := a.Status(ctx, ref)
	if err != nil {
		return money.Amount{}, err
	}
	if st.State != chains.StateConfirmed && st.State != chains.StateFinalized {
		return money.Amount{}, fmt.Errorf("transfer %s is %s after a block: %s", ref.ID, st.State, st.Reason)
	}
	return st.Fee, nil
}
