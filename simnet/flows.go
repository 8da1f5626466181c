package simnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/money"
)

// Deposit moves amount (base units) of the token from outside into the custody's liquid
// address, as users' deposits reaching the exchange would, in a transaction from an outside
// account of the simulation; it is final after Settle.
func (c *Chain) Deposit(ctx context.Context, amount money.Amount) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if amount.Sign() <= 0 {
		return fmt.Errorf("simnet %s: deposit of %s: not positive", c.token.Symbol, amount)
	}
	if err := c.sim.deposit(ctx, amount); err != nil {
		return fmt.Errorf("simnet %s: deposit of %s: %w", c.token.Symbol, amount, err)
	}
	return nil
}

// Withdraw pays amount out of the custody's liquid address to an outside account, as the
// exchange paying users' withdrawals would: a real transaction signed with the custody key
// (the chain checks it like any other) that fails, changing nothing, when the liquid balance
// cannot pay it and its fee. It returns the fee the chain charged in the staked token (zero
// where the fee is paid in another asset: POL on L1 ETH, AXS on RON); final after Settle.
func (c *Chain) Withdraw(ctx context.Context, amount money.Amount) (fee money.Amount, err error) {
	if err := ctx.Err(); err != nil {
		return money.Amount{}, err
	}
	if amount.Sign() <= 0 {
		return money.Amount{}, fmt.Errorf("simnet %s: withdrawal of %s: not positive", c.token.Symbol, amount)
	}
	if fee, err = c.sim.withdraw(ctx, amount); err != nil {
		return money.Amount{}, fmt.Errorf("simnet %s: withdrawal of %s: %w", c.token.Symbol, amount, err)
	}
	return fee, nil
}

// evmFlows is how money moves in and out of custody on an EVM chain: plain value transfers
// of the native token, or transfer calls on the token contract when it is an ERC-20.
type evmFlows struct {
	custody *ecdsaKey
	// outside receives withdrawals; deposits come from the chain's admin account.
	outside common.Address
	// token is the ERC-20 contract of the staked token; the zero address means the chain's
	// native token.
	token common.Address
}

// newEVMFlows derives the flows of an EVM chain whose custody key is s.secret; token is the
// ERC-20 contract, or the zero address for the native token.
func newEVMFlows(s chainSetup, token common.Address) (evmFlows, error) {
	key, err := keyFrom(s.secret)
	if err != nil {
		return evmFlows{}, fmt.Errorf("custody key: %w", err)
	}
	return evmFlows{custody: key, outside: common.BytesToAddress(s.derived("outside")[:20]), token: token}, nil
}

func (f evmFlows) native() bool { return f.token == (common.Address{}) }

// deposit pays amount to custody from the admin account, which mints the ERC-20 to itself
// first.
func (c *evmChain) deposit(_ context.Context, a money.Amount) error {
	amount := a.Big()
	custody := holderAddr(c.flows.custody)
	if c.flows.native() {
		return c.node.send(nil, custody, amount, nil)
	}
	erc := mock.NewMockERC20()
	if err := c.node.send(nil, c.flows.token, nil, erc.PackTestMint(crypto.PubkeyToAddress(c.node.admin.PublicKey), amount)); err != nil {
		return fmt.Errorf("mint: %w", err)
	}
	return c.node.send(nil, c.flows.token, nil, erc.PackTransfer(custody, amount))
}

// withdraw pays amount from custody to the outside account in a block of its own and
// returns the gas paid when the token is the native one. The node refuses a transaction
// custody cannot pay (gas estimation fails or the pool rejects it), so nothing changes.
func (c *evmChain) withdraw(_ context.Context, a money.Amount) (money.Amount, error) {
	amount, n := a.Big(), c.node
	n.mu.Lock()
	defer n.mu.Unlock()
	to, value, data := c.flows.outside, amount, []byte(nil)
	if !c.flows.native() {
		to, value, data = c.flows.token, nil, mock.NewMockERC20().PackTransfer(c.flows.outside, amount)
	}
	tx, err := n.signed(c.flows.custody, &to, value, data)
	if err != nil {
		return money.Amount{}, err
	}
	r, err := n.included(tx)
	if err != nil {
		return money.Amount{}, err
	}
	if !c.flows.native() {
		return money.Zero, nil
	}
	return money.FromBig(new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
}
