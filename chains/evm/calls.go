package evm

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Call is a decoded contract call: the method's name and its arguments by name.
type Call struct {
	Method string
	Args   map[string]any
}

// DecodeCall decodes tx's calldata against the ABIs of the contracts it may call. It fails
// for calls to other contracts and for unknown methods: nothing unknown becomes an intent.
func DecodeCall(tx *types.Transaction, targets map[common.Address]*abi.ABI) (Call, error) {
	if tx.To() == nil {
		return Call{}, errors.New("contract creation")
	}
	a, ok := targets[*tx.To()]
	if !ok {
		return Call{}, fmt.Errorf("call to %s, which is not a staking contract of this chain", tx.To().Hex())
	}
	data := tx.Data()
	if len(data) < 4 {
		return Call{}, fmt.Errorf("call to %s without a method", tx.To().Hex())
	}
	m, err := a.MethodById(data[:4])
	if err != nil {
		return Call{}, fmt.Errorf("call to %s: %w", tx.To().Hex(), err)
	}
	args := map[string]any{}
	if err := m.Inputs.UnpackIntoMap(args, data[4:]); err != nil {
		return Call{}, fmt.Errorf("%s arguments: %w", m.Name, err)
	}
	return Call{Method: m.Name, Args: args}, nil
}

// Uint returns the uint256 argument name.
func (c Call) Uint(name string) (*big.Int, error) {
	v, ok := c.Args[name].(*big.Int)
	if !ok {
		return nil, fmt.Errorf("%s: argument %s missing", c.Method, name)
	}
	return v, nil
}

// Address returns the address argument name.
func (c Call) Address(name string) (common.Address, error) {
	v, ok := c.Args[name].(common.Address)
	if !ok {
		return common.Address{}, fmt.Errorf("%s: argument %s missing", c.Method, name)
	}
	return v, nil
}

// ABIOf returns a copy of a binding's ABI, for DecodeCall and NewRevertMap.
func ABIOf(b interface{ GetABI() abi.ABI }) *abi.ABI {
	a := b.GetABI()
	return &a
}
