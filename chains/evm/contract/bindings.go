// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contract

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IAxsManagerMetaData contains all meta data concerning the IAxsManager contract.
var IAxsManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"}],\"name\":\"canObtainRewards\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"}],\"name\":\"getPendingRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minClaimedTimeWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"}],\"name\":\"userRewardInfo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"debitedRewards\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"creditedRewards\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lastClaimedTimestamp\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "55ca202b29efd6801a3e4141fc07e0c977",
}

// IAxsManager is an auto generated Go binding around an Ethereum contract.
type IAxsManager struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IAxsManager) GetABI() abi.ABI {
	return c.abi
}

// NewIAxsManager creates a new instance of IAxsManager.
func NewIAxsManager() *IAxsManager {
	parsed, err := IAxsManagerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IAxsManager{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IAxsManager) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCanObtainRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96f0723.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canObtainRewards(address _pool, address _user) view returns(bool)
func (iAxsManager *IAxsManager) PackCanObtainRewards(pool common.Address, user common.Address) []byte {
	enc, err := iAxsManager.abi.Pack("canObtainRewards", pool, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanObtainRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96f0723.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canObtainRewards(address _pool, address _user) view returns(bool)
func (iAxsManager *IAxsManager) TryPackCanObtainRewards(pool common.Address, user common.Address) ([]byte, error) {
	return iAxsManager.abi.Pack("canObtainRewards", pool, user)
}

// UnpackCanObtainRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd96f0723.
//
// Solidity: function canObtainRewards(address _pool, address _user) view returns(bool)
func (iAxsManager *IAxsManager) UnpackCanObtainRewards(data []byte) (bool, error) {
	out, err := iAxsManager.abi.Unpack("canObtainRewards", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a27db57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPendingRewards(address _pool, address _user) view returns(uint256)
func (iAxsManager *IAxsManager) PackGetPendingRewards(pool common.Address, user common.Address) []byte {
	enc, err := iAxsManager.abi.Pack("getPendingRewards", pool, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a27db57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPendingRewards(address _pool, address _user) view returns(uint256)
func (iAxsManager *IAxsManager) TryPackGetPendingRewards(pool common.Address, user common.Address) ([]byte, error) {
	return iAxsManager.abi.Pack("getPendingRewards", pool, user)
}

// UnpackGetPendingRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a27db57.
//
// Solidity: function getPendingRewards(address _pool, address _user) view returns(uint256)
func (iAxsManager *IAxsManager) UnpackGetPendingRewards(data []byte) (*big.Int, error) {
	out, err := iAxsManager.abi.Unpack("getPendingRewards", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinClaimedTimeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x713124aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minClaimedTimeWindow() view returns(uint256)
func (iAxsManager *IAxsManager) PackMinClaimedTimeWindow() []byte {
	enc, err := iAxsManager.abi.Pack("minClaimedTimeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinClaimedTimeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x713124aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minClaimedTimeWindow() view returns(uint256)
func (iAxsManager *IAxsManager) TryPackMinClaimedTimeWindow() ([]byte, error) {
	return iAxsManager.abi.Pack("minClaimedTimeWindow")
}

// UnpackMinClaimedTimeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x713124aa.
//
// Solidity: function minClaimedTimeWindow() view returns(uint256)
func (iAxsManager *IAxsManager) UnpackMinClaimedTimeWindow(data []byte) (*big.Int, error) {
	out, err := iAxsManager.abi.Unpack("minClaimedTimeWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUserRewardInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66993646.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function userRewardInfo(address _pool, address _user) view returns(uint256 debitedRewards, uint256 creditedRewards, uint256 lastClaimedTimestamp)
func (iAxsManager *IAxsManager) PackUserRewardInfo(pool common.Address, user common.Address) []byte {
	enc, err := iAxsManager.abi.Pack("userRewardInfo", pool, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUserRewardInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66993646.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function userRewardInfo(address _pool, address _user) view returns(uint256 debitedRewards, uint256 creditedRewards, uint256 lastClaimedTimestamp)
func (iAxsManager *IAxsManager) TryPackUserRewardInfo(pool common.Address, user common.Address) ([]byte, error) {
	return iAxsManager.abi.Pack("userRewardInfo", pool, user)
}

// UserRewardInfoOutput serves as a container for the return parameters of contract
// method UserRewardInfo.
type UserRewardInfoOutput struct {
	DebitedRewards       *big.Int
	CreditedRewards      *big.Int
	LastClaimedTimestamp *big.Int
}

// UnpackUserRewardInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66993646.
//
// Solidity: function userRewardInfo(address _pool, address _user) view returns(uint256 debitedRewards, uint256 creditedRewards, uint256 lastClaimedTimestamp)
func (iAxsManager *IAxsManager) UnpackUserRewardInfo(data []byte) (UserRewardInfoOutput, error) {
	out, err := iAxsManager.abi.Unpack("userRewardInfo", data)
	outstruct := new(UserRewardInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.DebitedRewards = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.CreditedRewards = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.LastClaimedTimestamp = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// IAxsPoolMetaData contains all meta data concerning the IAxsPool contract.
var IAxsPoolMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"EmergencyUnstaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"RewardClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"Unstaked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"claimPendingRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emergencyUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"}],\"name\":\"getPendingRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRewardToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"}],\"name\":\"getStakingAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getStakingToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getStakingTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"_method\",\"type\":\"bytes4\"}],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"restakeRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"unstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "4c7b2a5c1d7b6e2ea1a683f98897e2be89",
}

// IAxsPool is an auto generated Go binding around an Ethereum contract.
type IAxsPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IAxsPool) GetABI() abi.ABI {
	return c.abi
}

// NewIAxsPool creates a new instance of IAxsPool.
func NewIAxsPool() *IAxsPool {
	parsed, err := IAxsPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IAxsPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IAxsPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackClaimPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92bd7b2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimPendingRewards() returns()
func (iAxsPool *IAxsPool) PackClaimPendingRewards() []byte {
	enc, err := iAxsPool.abi.Pack("claimPendingRewards")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92bd7b2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimPendingRewards() returns()
func (iAxsPool *IAxsPool) TryPackClaimPendingRewards() ([]byte, error) {
	return iAxsPool.abi.Pack("claimPendingRewards")
}

// PackEmergencyUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7589cf2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emergencyUnstake() returns()
func (iAxsPool *IAxsPool) PackEmergencyUnstake() []byte {
	enc, err := iAxsPool.abi.Pack("emergencyUnstake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmergencyUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7589cf2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emergencyUnstake() returns()
func (iAxsPool *IAxsPool) TryPackEmergencyUnstake() ([]byte, error) {
	return iAxsPool.abi.Pack("emergencyUnstake")
}

// PackGetPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6ed2017.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPendingRewards(address _user) view returns(uint256)
func (iAxsPool *IAxsPool) PackGetPendingRewards(user common.Address) []byte {
	enc, err := iAxsPool.abi.Pack("getPendingRewards", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6ed2017.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPendingRewards(address _user) view returns(uint256)
func (iAxsPool *IAxsPool) TryPackGetPendingRewards(user common.Address) ([]byte, error) {
	return iAxsPool.abi.Pack("getPendingRewards", user)
}

// UnpackGetPendingRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6ed2017.
//
// Solidity: function getPendingRewards(address _user) view returns(uint256)
func (iAxsPool *IAxsPool) UnpackGetPendingRewards(data []byte) (*big.Int, error) {
	out, err := iAxsPool.abi.Unpack("getPendingRewards", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRewardToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69940d79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRewardToken() view returns(address)
func (iAxsPool *IAxsPool) PackGetRewardToken() []byte {
	enc, err := iAxsPool.abi.Pack("getRewardToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRewardToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69940d79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRewardToken() view returns(address)
func (iAxsPool *IAxsPool) TryPackGetRewardToken() ([]byte, error) {
	return iAxsPool.abi.Pack("getRewardToken")
}

// UnpackGetRewardToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69940d79.
//
// Solidity: function getRewardToken() view returns(address)
func (iAxsPool *IAxsPool) UnpackGetRewardToken(data []byte) (common.Address, error) {
	out, err := iAxsPool.abi.Unpack("getRewardToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetStakingAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74363daa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getStakingAmount(address _user) view returns(uint256)
func (iAxsPool *IAxsPool) PackGetStakingAmount(user common.Address) []byte {
	enc, err := iAxsPool.abi.Pack("getStakingAmount", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetStakingAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74363daa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getStakingAmount(address _user) view returns(uint256)
func (iAxsPool *IAxsPool) TryPackGetStakingAmount(user common.Address) ([]byte, error) {
	return iAxsPool.abi.Pack("getStakingAmount", user)
}

// UnpackGetStakingAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74363daa.
//
// Solidity: function getStakingAmount(address _user) view returns(uint256)
func (iAxsPool *IAxsPool) UnpackGetStakingAmount(data []byte) (*big.Int, error) {
	out, err := iAxsPool.abi.Unpack("getStakingAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetStakingToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f9106d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getStakingToken() view returns(address)
func (iAxsPool *IAxsPool) PackGetStakingToken() []byte {
	enc, err := iAxsPool.abi.Pack("getStakingToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetStakingToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f9106d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getStakingToken() view returns(address)
func (iAxsPool *IAxsPool) TryPackGetStakingToken() ([]byte, error) {
	return iAxsPool.abi.Pack("getStakingToken")
}

// UnpackGetStakingToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f9106d1.
//
// Solidity: function getStakingToken() view returns(address)
func (iAxsPool *IAxsPool) UnpackGetStakingToken(data []byte) (common.Address, error) {
	out, err := iAxsPool.abi.Unpack("getStakingToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetStakingTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61ee98dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getStakingTotal() view returns(uint256)
func (iAxsPool *IAxsPool) PackGetStakingTotal() []byte {
	enc, err := iAxsPool.abi.Pack("getStakingTotal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetStakingTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61ee98dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getStakingTotal() view returns(uint256)
func (iAxsPool *IAxsPool) TryPackGetStakingTotal() ([]byte, error) {
	return iAxsPool.abi.Pack("getStakingTotal")
}

// UnpackGetStakingTotal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61ee98dc.
//
// Solidity: function getStakingTotal() view returns(uint256)
func (iAxsPool *IAxsPool) UnpackGetStakingTotal(data []byte) (*big.Int, error) {
	out, err := iAxsPool.abi.Unpack("getStakingTotal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59237eba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused(bytes4 _method) view returns(bool)
func (iAxsPool *IAxsPool) PackPaused(method [4]byte) []byte {
	enc, err := iAxsPool.abi.Pack("paused", method)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59237eba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused(bytes4 _method) view returns(bool)
func (iAxsPool *IAxsPool) TryPackPaused(method [4]byte) ([]byte, error) {
	return iAxsPool.abi.Pack("paused", method)
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59237eba.
//
// Solidity: function paused(bytes4 _method) view returns(bool)
func (iAxsPool *IAxsPool) UnpackPaused(data []byte) (bool, error) {
	out, err := iAxsPool.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRestakeRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d8527ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function restakeRewards() returns()
func (iAxsPool *IAxsPool) PackRestakeRewards() []byte {
	enc, err := iAxsPool.abi.Pack("restakeRewards")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRestakeRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d8527ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function restakeRewards() returns()
func (iAxsPool *IAxsPool) TryPackRestakeRewards() ([]byte, error) {
	return iAxsPool.abi.Pack("restakeRewards")
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint256 _amount) returns()
func (iAxsPool *IAxsPool) PackStake(amount *big.Int) []byte {
	enc, err := iAxsPool.abi.Pack("stake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint256 _amount) returns()
func (iAxsPool *IAxsPool) TryPackStake(amount *big.Int) ([]byte, error) {
	return iAxsPool.abi.Pack("stake", amount)
}

// PackUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e17de78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstake(uint256 _amount) returns()
func (iAxsPool *IAxsPool) PackUnstake(amount *big.Int) []byte {
	enc, err := iAxsPool.abi.Pack("unstake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e17de78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unstake(uint256 _amount) returns()
func (iAxsPool *IAxsPool) TryPackUnstake(amount *big.Int) ([]byte, error) {
	return iAxsPool.abi.Pack("unstake", amount)
}

// PackUnstakeAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35322f37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstakeAll() returns()
func (iAxsPool *IAxsPool) PackUnstakeAll() []byte {
	enc, err := iAxsPool.abi.Pack("unstakeAll")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnstakeAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35322f37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unstakeAll() returns()
func (iAxsPool *IAxsPool) TryPackUnstakeAll() ([]byte, error) {
	return iAxsPool.abi.Pack("unstakeAll")
}

// IAxsPoolEmergencyUnstaked represents a EmergencyUnstaked event raised by the IAxsPool contract.
type IAxsPoolEmergencyUnstaked struct {
	User   common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IAxsPoolEmergencyUnstakedEventName = "EmergencyUnstaked"

// ContractEventName returns the user-defined event name.
func (IAxsPoolEmergencyUnstaked) ContractEventName() string {
	return IAxsPoolEmergencyUnstakedEventName
}

// UnpackEmergencyUnstakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EmergencyUnstaked(address indexed _user, address indexed _token, uint256 indexed _amount)
func (iAxsPool *IAxsPool) UnpackEmergencyUnstakedEvent(log *types.Log) (*IAxsPoolEmergencyUnstaked, error) {
	event := "EmergencyUnstaked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iAxsPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IAxsPoolEmergencyUnstaked)
	if len(log.Data) > 0 {
		if err := iAxsPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAxsPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IAxsPoolRewardClaimed represents a RewardClaimed event raised by the IAxsPool contract.
type IAxsPoolRewardClaimed struct {
	User   common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IAxsPoolRewardClaimedEventName = "RewardClaimed"

// ContractEventName returns the user-defined event name.
func (IAxsPoolRewardClaimed) ContractEventName() string {
	return IAxsPoolRewardClaimedEventName
}

// UnpackRewardClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardClaimed(address indexed _user, address indexed _token, uint256 indexed _amount)
func (iAxsPool *IAxsPool) UnpackRewardClaimedEvent(log *types.Log) (*IAxsPoolRewardClaimed, error) {
	event := "RewardClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iAxsPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IAxsPoolRewardClaimed)
	if len(log.Data) > 0 {
		if err := iAxsPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAxsPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IAxsPoolStaked represents a Staked event raised by the IAxsPool contract.
type IAxsPoolStaked struct {
	User   common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IAxsPoolStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (IAxsPoolStaked) ContractEventName() string {
	return IAxsPoolStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed _user, address indexed _token, uint256 indexed _amount)
func (iAxsPool *IAxsPool) UnpackStakedEvent(log *types.Log) (*IAxsPoolStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iAxsPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IAxsPoolStaked)
	if len(log.Data) > 0 {
		if err := iAxsPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAxsPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IAxsPoolUnstaked represents a Unstaked event raised by the IAxsPool contract.
type IAxsPoolUnstaked struct {
	User   common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IAxsPoolUnstakedEventName = "Unstaked"

// ContractEventName returns the user-defined event name.
func (IAxsPoolUnstaked) ContractEventName() string {
	return IAxsPoolUnstakedEventName
}

// UnpackUnstakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unstaked(address indexed _user, address indexed _token, uint256 indexed _amount)
func (iAxsPool *IAxsPool) UnpackUnstakedEvent(log *types.Log) (*IAxsPoolUnstaked, error) {
	event := "Unstaked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iAxsPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IAxsPoolUnstaked)
	if len(log.Data) > 0 {
		if err := iAxsPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAxsPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IConstantsManagerMetaData contains all meta data concerning the IConstantsManager contract.
var IConstantsManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"baseRewardPerSecond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDelegatedRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minSelfStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorCommission\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalPeriodEpochs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalPeriodTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "27c008b6520f69814344bfe69ca5e2b80e",
}

// IConstantsManager is an auto generated Go binding around an Ethereum contract.
type IConstantsManager struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IConstantsManager) GetABI() abi.ABI {
	return c.abi
}

// NewIConstantsManager creates a new instance of IConstantsManager.
func NewIConstantsManager() *IConstantsManager {
	parsed, err := IConstantsManagerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IConstantsManager{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IConstantsManager) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBaseRewardPerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9a7c1f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseRewardPerSecond() view returns(uint256)
func (iConstantsManager *IConstantsManager) PackBaseRewardPerSecond() []byte {
	enc, err := iConstantsManager.abi.Pack("baseRewardPerSecond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseRewardPerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9a7c1f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseRewardPerSecond() view returns(uint256)
func (iConstantsManager *IConstantsManager) TryPackBaseRewardPerSecond() ([]byte, error) {
	return iConstantsManager.abi.Pack("baseRewardPerSecond")
}

// UnpackBaseRewardPerSecond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9a7c1f9.
//
// Solidity: function baseRewardPerSecond() view returns(uint256)
func (iConstantsManager *IConstantsManager) UnpackBaseRewardPerSecond(data []byte) (*big.Int, error) {
	out, err := iConstantsManager.abi.Unpack("baseRewardPerSecond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxDelegatedRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2265f284.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDelegatedRatio() view returns(uint256)
func (iConstantsManager *IConstantsManager) PackMaxDelegatedRatio() []byte {
	enc, err := iConstantsManager.abi.Pack("maxDelegatedRatio")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDelegatedRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2265f284.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDelegatedRatio() view returns(uint256)
func (iConstantsManager *IConstantsManager) TryPackMaxDelegatedRatio() ([]byte, error) {
	return iConstantsManager.abi.Pack("maxDelegatedRatio")
}

// UnpackMaxDelegatedRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2265f284.
//
// Solidity: function maxDelegatedRatio() view returns(uint256)
func (iConstantsManager *IConstantsManager) UnpackMaxDelegatedRatio(data []byte) (*big.Int, error) {
	out, err := iConstantsManager.abi.Unpack("maxDelegatedRatio", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinSelfStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5f530af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minSelfStake() view returns(uint256)
func (iConstantsManager *IConstantsManager) PackMinSelfStake() []byte {
	enc, err := iConstantsManager.abi.Pack("minSelfStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinSelfStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5f530af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minSelfStake() view returns(uint256)
func (iConstantsManager *IConstantsManager) TryPackMinSelfStake() ([]byte, error) {
	return iConstantsManager.abi.Pack("minSelfStake")
}

// UnpackMinSelfStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5f530af.
//
// Solidity: function minSelfStake() view returns(uint256)
func (iConstantsManager *IConstantsManager) UnpackMinSelfStake(data []byte) (*big.Int, error) {
	out, err := iConstantsManager.abi.Unpack("minSelfStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackValidatorCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7786515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorCommission() view returns(uint256)
func (iConstantsManager *IConstantsManager) PackValidatorCommission() []byte {
	enc, err := iConstantsManager.abi.Pack("validatorCommission")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7786515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorCommission() view returns(uint256)
func (iConstantsManager *IConstantsManager) TryPackValidatorCommission() ([]byte, error) {
	return iConstantsManager.abi.Pack("validatorCommission")
}

// UnpackValidatorCommission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7786515.
//
// Solidity: function validatorCommission() view returns(uint256)
func (iConstantsManager *IConstantsManager) UnpackValidatorCommission(data []byte) (*big.Int, error) {
	out, err := iConstantsManager.abi.Unpack("validatorCommission", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawalPeriodEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x650acd66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalPeriodEpochs() view returns(uint256)
func (iConstantsManager *IConstantsManager) PackWithdrawalPeriodEpochs() []byte {
	enc, err := iConstantsManager.abi.Pack("withdrawalPeriodEpochs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalPeriodEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x650acd66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalPeriodEpochs() view returns(uint256)
func (iConstantsManager *IConstantsManager) TryPackWithdrawalPeriodEpochs() ([]byte, error) {
	return iConstantsManager.abi.Pack("withdrawalPeriodEpochs")
}

// UnpackWithdrawalPeriodEpochs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x650acd66.
//
// Solidity: function withdrawalPeriodEpochs() view returns(uint256)
func (iConstantsManager *IConstantsManager) UnpackWithdrawalPeriodEpochs(data []byte) (*big.Int, error) {
	out, err := iConstantsManager.abi.Unpack("withdrawalPeriodEpochs", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawalPeriodTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb82b8427.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalPeriodTime() view returns(uint256)
func (iConstantsManager *IConstantsManager) PackWithdrawalPeriodTime() []byte {
	enc, err := iConstantsManager.abi.Pack("withdrawalPeriodTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalPeriodTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb82b8427.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalPeriodTime() view returns(uint256)
func (iConstantsManager *IConstantsManager) TryPackWithdrawalPeriodTime() ([]byte, error) {
	return iConstantsManager.abi.Pack("withdrawalPeriodTime")
}

// UnpackWithdrawalPeriodTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb82b8427.
//
// Solidity: function withdrawalPeriodTime() view returns(uint256)
func (iConstantsManager *IConstantsManager) UnpackWithdrawalPeriodTime(data []byte) (*big.Int, error) {
	out, err := iConstantsManager.abi.Unpack("withdrawalPeriodTime", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IERC20MetaData contains all meta data concerning the IERC20 contract.
var IERC20MetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "a4fda9257ae69ca950822bc56b1cd5b08b",
}

// IERC20 is an auto generated Go binding around an Ethereum contract.
type IERC20 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IERC20) GetABI() abi.ABI {
	return c.abi
}

// NewIERC20 creates a new instance of IERC20.
func NewIERC20() *IERC20 {
	parsed, err := IERC20MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IERC20{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IERC20) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (iERC20 *IERC20) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := iERC20.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (iERC20 *IERC20) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return iERC20.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (iERC20 *IERC20) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := iERC20.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (iERC20 *IERC20) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := iERC20.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (iERC20 *IERC20) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return iERC20.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (iERC20 *IERC20) UnpackApprove(data []byte) (bool, error) {
	out, err := iERC20.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iERC20 *IERC20) PackBalanceOf(account common.Address) []byte {
	enc, err := iERC20.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iERC20 *IERC20) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return iERC20.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iERC20 *IERC20) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := iERC20.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (iERC20 *IERC20) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := iERC20.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (iERC20 *IERC20) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return iERC20.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (iERC20 *IERC20) UnpackTransfer(data []byte) (bool, error) {
	out, err := iERC20.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (iERC20 *IERC20) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := iERC20.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (iERC20 *IERC20) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return iERC20.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (iERC20 *IERC20) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := iERC20.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// IERC20Approval represents a Approval event raised by the IERC20 contract.
type IERC20Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IERC20ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (IERC20Approval) ContractEventName() string {
	return IERC20ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (iERC20 *IERC20) UnpackApprovalEvent(log *types.Log) (*IERC20Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC20Approval)
	if len(log.Data) > 0 {
		if err := iERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC20.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IERC20Transfer represents a Transfer event raised by the IERC20 contract.
type IERC20Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const IERC20TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (IERC20Transfer) ContractEventName() string {
	return IERC20TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (iERC20 *IERC20) UnpackTransferEvent(log *types.Log) (*IERC20Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC20Transfer)
	if len(log.Data) > 0 {
		if err := iERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC20.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IEventsHubMetaData contains all meta data concerning the IEventsHub contract.
var IEventsHubMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"DelegatorUnstakeWithId\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"ShareBurnedWithId\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SharesTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"newCommissionRate\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"oldCommissionRate\",\"type\":\"uint256\"}],\"name\":\"UpdateCommissionRate\",\"type\":\"event\"}]",
	ID:  "40ef20731d2407d57696bcebb35b89f856",
}

// IEventsHub is an auto generated Go binding around an Ethereum contract.
type IEventsHub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IEventsHub) GetABI() abi.ABI {
	return c.abi
}

// NewIEventsHub creates a new instance of IEventsHub.
func NewIEventsHub() *IEventsHub {
	parsed, err := IEventsHubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IEventsHub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IEventsHub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// IEventsHubDelegatorUnstakeWithId represents a DelegatorUnstakeWithId event raised by the IEventsHub contract.
type IEventsHubDelegatorUnstakeWithId struct {
	ValidatorId *big.Int
	User        common.Address
	Amount      *big.Int
	Nonce       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IEventsHubDelegatorUnstakeWithIdEventName = "DelegatorUnstakeWithId"

// ContractEventName returns the user-defined event name.
func (IEventsHubDelegatorUnstakeWithId) ContractEventName() string {
	return IEventsHubDelegatorUnstakeWithIdEventName
}

// UnpackDelegatorUnstakeWithIdEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegatorUnstakeWithId(uint256 indexed validatorId, address indexed user, uint256 amount, uint256 nonce)
func (iEventsHub *IEventsHub) UnpackDelegatorUnstakeWithIdEvent(log *types.Log) (*IEventsHubDelegatorUnstakeWithId, error) {
	event := "DelegatorUnstakeWithId"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iEventsHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IEventsHubDelegatorUnstakeWithId)
	if len(log.Data) > 0 {
		if err := iEventsHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iEventsHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IEventsHubShareBurnedWithId represents a ShareBurnedWithId event raised by the IEventsHub contract.
type IEventsHubShareBurnedWithId struct {
	ValidatorId *big.Int
	User        common.Address
	Amount      *big.Int
	Tokens      *big.Int
	Nonce       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IEventsHubShareBurnedWithIdEventName = "ShareBurnedWithId"

// ContractEventName returns the user-defined event name.
func (IEventsHubShareBurnedWithId) ContractEventName() string {
	return IEventsHubShareBurnedWithIdEventName
}

// UnpackShareBurnedWithIdEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShareBurnedWithId(uint256 indexed validatorId, address indexed user, uint256 indexed amount, uint256 tokens, uint256 nonce)
func (iEventsHub *IEventsHub) UnpackShareBurnedWithIdEvent(log *types.Log) (*IEventsHubShareBurnedWithId, error) {
	event := "ShareBurnedWithId"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iEventsHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IEventsHubShareBurnedWithId)
	if len(log.Data) > 0 {
		if err := iEventsHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iEventsHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IEventsHubSharesTransfer represents a SharesTransfer event raised by the IEventsHub contract.
type IEventsHubSharesTransfer struct {
	ValidatorId *big.Int
	From        common.Address
	To          common.Address
	Value       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IEventsHubSharesTransferEventName = "SharesTransfer"

// ContractEventName returns the user-defined event name.
func (IEventsHubSharesTransfer) ContractEventName() string {
	return IEventsHubSharesTransferEventName
}

// UnpackSharesTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SharesTransfer(uint256 indexed validatorId, address indexed from, address indexed to, uint256 value)
func (iEventsHub *IEventsHub) UnpackSharesTransferEvent(log *types.Log) (*IEventsHubSharesTransfer, error) {
	event := "SharesTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iEventsHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IEventsHubSharesTransfer)
	if len(log.Data) > 0 {
		if err := iEventsHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iEventsHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IEventsHubUpdateCommissionRate represents a UpdateCommissionRate event raised by the IEventsHub contract.
type IEventsHubUpdateCommissionRate struct {
	ValidatorId       *big.Int
	NewCommissionRate *big.Int
	OldCommissionRate *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const IEventsHubUpdateCommissionRateEventName = "UpdateCommissionRate"

// ContractEventName returns the user-defined event name.
func (IEventsHubUpdateCommissionRate) ContractEventName() string {
	return IEventsHubUpdateCommissionRateEventName
}

// UnpackUpdateCommissionRateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateCommissionRate(uint256 indexed validatorId, uint256 indexed newCommissionRate, uint256 indexed oldCommissionRate)
func (iEventsHub *IEventsHub) UnpackUpdateCommissionRateEvent(log *types.Log) (*IEventsHubUpdateCommissionRate, error) {
	event := "UpdateCommissionRate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iEventsHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IEventsHubUpdateCommissionRate)
	if len(log.Data) > 0 {
		if err := iEventsHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iEventsHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ISFCMetaData contains all meta data concerning the ISFC contract.
var ISFCMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NotEnoughEpochsPassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEnoughStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEnoughTimePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestNotExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StakeIsFullySlashed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValidatorDelegationLimitExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValidatorNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValidatorNotExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRewards\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"status\",\"type\":\"uint256\"}],\"name\":\"ChangedValidatorStatus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewards\",\"type\":\"uint256\"}],\"name\":\"ClaimedRewards\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deactivatedEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deactivatedTime\",\"type\":\"uint256\"}],\"name\":\"DeactivatedValidator\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Delegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewards\",\"type\":\"uint256\"}],\"name\":\"RestakedRewards\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"wrID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Undelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"wrID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"}],\"name\":\"claimRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"constsAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentSealedEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"getEpochValidatorIDs\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validatorID\",\"type\":\"uint256\"}],\"name\":\"getSelfStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"validatorID\",\"type\":\"uint256\"}],\"name\":\"getStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validatorID\",\"type\":\"uint256\"}],\"name\":\"getValidator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"status\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"receivedStake\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"auth\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"createdEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"createdTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deactivatedTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deactivatedEpoch\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"validatorID\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wrID\",\"type\":\"uint256\"}],\"name\":\"getWithdrawalRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validatorID\",\"type\":\"uint256\"}],\"name\":\"isSlashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastValidatorID\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"}],\"name\":\"pendingRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"}],\"name\":\"restakeRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"validatorID\",\"type\":\"uint256\"}],\"name\":\"rewardsStash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validatorID\",\"type\":\"uint256\"}],\"name\":\"slashingRefundRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"}],\"name\":\"stashRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wrID\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"undelegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wrID\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "565c9e8634573643fb761ddfac9658a426",
}

// ISFC is an auto generated Go binding around an Ethereum contract.
type ISFC struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ISFC) GetABI() abi.ABI {
	return c.abi
}

// NewISFC creates a new instance of ISFC.
func NewISFC() *ISFC {
	parsed, err := ISFCMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ISFC{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ISFC) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0962ef79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimRewards(uint256 toValidatorID) returns()
func (iSFC *ISFC) PackClaimRewards(toValidatorID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("claimRewards", toValidatorID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0962ef79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimRewards(uint256 toValidatorID) returns()
func (iSFC *ISFC) TryPackClaimRewards(toValidatorID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("claimRewards", toValidatorID)
}

// PackConstsAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd46fa518.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function constsAddress() view returns(address)
func (iSFC *ISFC) PackConstsAddress() []byte {
	enc, err := iSFC.abi.Pack("constsAddress")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConstsAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd46fa518.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function constsAddress() view returns(address)
func (iSFC *ISFC) TryPackConstsAddress() ([]byte, error) {
	return iSFC.abi.Pack("constsAddress")
}

// UnpackConstsAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd46fa518.
//
// Solidity: function constsAddress() view returns(address)
func (iSFC *ISFC) UnpackConstsAddress(data []byte) (common.Address, error) {
	out, err := iSFC.abi.Unpack("constsAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint256)
func (iSFC *ISFC) PackCurrentEpoch() []byte {
	enc, err := iSFC.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint256)
func (iSFC *ISFC) TryPackCurrentEpoch() ([]byte, error) {
	return iSFC.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (iSFC *ISFC) UnpackCurrentEpoch(data []byte) (*big.Int, error) {
	out, err := iSFC.abi.Unpack("currentEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentSealedEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cacb1d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentSealedEpoch() view returns(uint256)
func (iSFC *ISFC) PackCurrentSealedEpoch() []byte {
	enc, err := iSFC.abi.Pack("currentSealedEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentSealedEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cacb1d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentSealedEpoch() view returns(uint256)
func (iSFC *ISFC) TryPackCurrentSealedEpoch() ([]byte, error) {
	return iSFC.abi.Pack("currentSealedEpoch")
}

// UnpackCurrentSealedEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7cacb1d6.
//
// Solidity: function currentSealedEpoch() view returns(uint256)
func (iSFC *ISFC) UnpackCurrentSealedEpoch(data []byte) (*big.Int, error) {
	out, err := iSFC.abi.Unpack("currentSealedEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa6dd35.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(uint256 toValidatorID) payable returns()
func (iSFC *ISFC) PackDelegate(toValidatorID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("delegate", toValidatorID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa6dd35.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(uint256 toValidatorID) payable returns()
func (iSFC *ISFC) TryPackDelegate(toValidatorID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("delegate", toValidatorID)
}

// PackGetEpochValidatorIDs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88a37e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEpochValidatorIDs(uint256 epoch) view returns(uint256[])
func (iSFC *ISFC) PackGetEpochValidatorIDs(epoch *big.Int) []byte {
	enc, err := iSFC.abi.Pack("getEpochValidatorIDs", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEpochValidatorIDs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88a37e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEpochValidatorIDs(uint256 epoch) view returns(uint256[])
func (iSFC *ISFC) TryPackGetEpochValidatorIDs(epoch *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("getEpochValidatorIDs", epoch)
}

// UnpackGetEpochValidatorIDs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb88a37e2.
//
// Solidity: function getEpochValidatorIDs(uint256 epoch) view returns(uint256[])
func (iSFC *ISFC) UnpackGetEpochValidatorIDs(data []byte) ([]*big.Int, error) {
	out, err := iSFC.abi.Unpack("getEpochValidatorIDs", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackGetSelfStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5601fe01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSelfStake(uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) PackGetSelfStake(validatorID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("getSelfStake", validatorID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSelfStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5601fe01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSelfStake(uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) TryPackGetSelfStake(validatorID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("getSelfStake", validatorID)
}

// UnpackGetSelfStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5601fe01.
//
// Solidity: function getSelfStake(uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) UnpackGetSelfStake(data []byte) (*big.Int, error) {
	out, err := iSFC.abi.Unpack("getSelfStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfd47663.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getStake(address delegator, uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) PackGetStake(delegator common.Address, validatorID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("getStake", delegator, validatorID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfd47663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getStake(address delegator, uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) TryPackGetStake(delegator common.Address, validatorID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("getStake", delegator, validatorID)
}

// UnpackGetStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfd47663.
//
// Solidity: function getStake(address delegator, uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) UnpackGetStake(data []byte) (*big.Int, error) {
	out, err := iSFC.abi.Unpack("getStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5d89627.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidator(uint256 validatorID) view returns(uint256 status, uint256 receivedStake, address auth, uint256 createdEpoch, uint256 createdTime, uint256 deactivatedTime, uint256 deactivatedEpoch)
func (iSFC *ISFC) PackGetValidator(validatorID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("getValidator", validatorID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5d89627.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidator(uint256 validatorID) view returns(uint256 status, uint256 receivedStake, address auth, uint256 createdEpoch, uint256 createdTime, uint256 deactivatedTime, uint256 deactivatedEpoch)
func (iSFC *ISFC) TryPackGetValidator(validatorID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("getValidator", validatorID)
}

// GetValidatorOutput serves as a container for the return parameters of contract
// method GetValidator.
type GetValidatorOutput struct {
	Status           *big.Int
	ReceivedStake    *big.Int
	Auth             common.Address
	CreatedEpoch     *big.Int
	CreatedTime      *big.Int
	DeactivatedTime  *big.Int
	DeactivatedEpoch *big.Int
}

// UnpackGetValidator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5d89627.
//
// Solidity: function getValidator(uint256 validatorID) view returns(uint256 status, uint256 receivedStake, address auth, uint256 createdEpoch, uint256 createdTime, uint256 deactivatedTime, uint256 deactivatedEpoch)
func (iSFC *ISFC) UnpackGetValidator(data []byte) (GetValidatorOutput, error) {
	out, err := iSFC.abi.Unpack("getValidator", data)
	outstruct := new(GetValidatorOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ReceivedStake = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Auth = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.CreatedEpoch = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.CreatedTime = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.DeactivatedTime = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.DeactivatedEpoch = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetWithdrawalRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f270152.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getWithdrawalRequest(address delegator, uint256 validatorID, uint256 wrID) view returns(uint256 epoch, uint256 time, uint256 amount)
func (iSFC *ISFC) PackGetWithdrawalRequest(delegator common.Address, validatorID *big.Int, wrID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("getWithdrawalRequest", delegator, validatorID, wrID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetWithdrawalRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f270152.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getWithdrawalRequest(address delegator, uint256 validatorID, uint256 wrID) view returns(uint256 epoch, uint256 time, uint256 amount)
func (iSFC *ISFC) TryPackGetWithdrawalRequest(delegator common.Address, validatorID *big.Int, wrID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("getWithdrawalRequest", delegator, validatorID, wrID)
}

// GetWithdrawalRequestOutput serves as a container for the return parameters of contract
// method GetWithdrawalRequest.
type GetWithdrawalRequestOutput struct {
	Epoch  *big.Int
	Time   *big.Int
	Amount *big.Int
}

// UnpackGetWithdrawalRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f270152.
//
// Solidity: function getWithdrawalRequest(address delegator, uint256 validatorID, uint256 wrID) view returns(uint256 epoch, uint256 time, uint256 amount)
func (iSFC *ISFC) UnpackGetWithdrawalRequest(data []byte) (GetWithdrawalRequestOutput, error) {
	out, err := iSFC.abi.Unpack("getWithdrawalRequest", data)
	outstruct := new(GetWithdrawalRequestOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Epoch = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Time = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Amount = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackIsSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3de580e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSlashed(uint256 validatorID) view returns(bool)
func (iSFC *ISFC) PackIsSlashed(validatorID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("isSlashed", validatorID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3de580e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSlashed(uint256 validatorID) view returns(bool)
func (iSFC *ISFC) TryPackIsSlashed(validatorID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("isSlashed", validatorID)
}

// UnpackIsSlashed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3de580e.
//
// Solidity: function isSlashed(uint256 validatorID) view returns(bool)
func (iSFC *ISFC) UnpackIsSlashed(data []byte) (bool, error) {
	out, err := iSFC.abi.Unpack("isSlashed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastValidatorID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7be95de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastValidatorID() view returns(uint256)
func (iSFC *ISFC) PackLastValidatorID() []byte {
	enc, err := iSFC.abi.Pack("lastValidatorID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastValidatorID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7be95de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastValidatorID() view returns(uint256)
func (iSFC *ISFC) TryPackLastValidatorID() ([]byte, error) {
	return iSFC.abi.Pack("lastValidatorID")
}

// UnpackLastValidatorID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7be95de.
//
// Solidity: function lastValidatorID() view returns(uint256)
func (iSFC *ISFC) UnpackLastValidatorID(data []byte) (*big.Int, error) {
	out, err := iSFC.abi.Unpack("lastValidatorID", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6099ecb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingRewards(address delegator, uint256 toValidatorID) view returns(uint256)
func (iSFC *ISFC) PackPendingRewards(delegator common.Address, toValidatorID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("pendingRewards", delegator, toValidatorID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6099ecb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingRewards(address delegator, uint256 toValidatorID) view returns(uint256)
func (iSFC *ISFC) TryPackPendingRewards(delegator common.Address, toValidatorID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("pendingRewards", delegator, toValidatorID)
}

// UnpackPendingRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6099ecb2.
//
// Solidity: function pendingRewards(address delegator, uint256 toValidatorID) view returns(uint256)
func (iSFC *ISFC) UnpackPendingRewards(data []byte) (*big.Int, error) {
	out, err := iSFC.abi.Unpack("pendingRewards", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRestakeRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08c36874.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function restakeRewards(uint256 toValidatorID) returns()
func (iSFC *ISFC) PackRestakeRewards(toValidatorID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("restakeRewards", toValidatorID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRestakeRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08c36874.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function restakeRewards(uint256 toValidatorID) returns()
func (iSFC *ISFC) TryPackRestakeRewards(toValidatorID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("restakeRewards", toValidatorID)
}

// PackRewardsStash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f498663.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardsStash(address delegator, uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) PackRewardsStash(delegator common.Address, validatorID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("rewardsStash", delegator, validatorID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardsStash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f498663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardsStash(address delegator, uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) TryPackRewardsStash(delegator common.Address, validatorID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("rewardsStash", delegator, validatorID)
}

// UnpackRewardsStash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f498663.
//
// Solidity: function rewardsStash(address delegator, uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) UnpackRewardsStash(data []byte) (*big.Int, error) {
	out, err := iSFC.abi.Unpack("rewardsStash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlashingRefundRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65ee0e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashingRefundRatio(uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) PackSlashingRefundRatio(validatorID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("slashingRefundRatio", validatorID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashingRefundRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65ee0e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashingRefundRatio(uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) TryPackSlashingRefundRatio(validatorID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("slashingRefundRatio", validatorID)
}

// UnpackSlashingRefundRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc65ee0e1.
//
// Solidity: function slashingRefundRatio(uint256 validatorID) view returns(uint256)
func (iSFC *ISFC) UnpackSlashingRefundRatio(data []byte) (*big.Int, error) {
	out, err := iSFC.abi.Unpack("slashingRefundRatio", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStashRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cddb015.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stashRewards(address delegator, uint256 toValidatorID) returns()
func (iSFC *ISFC) PackStashRewards(delegator common.Address, toValidatorID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("stashRewards", delegator, toValidatorID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStashRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cddb015.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stashRewards(address delegator, uint256 toValidatorID) returns()
func (iSFC *ISFC) TryPackStashRewards(delegator common.Address, toValidatorID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("stashRewards", delegator, toValidatorID)
}

// PackUndelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f864df4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function undelegate(uint256 toValidatorID, uint256 wrID, uint256 amount) returns()
func (iSFC *ISFC) PackUndelegate(toValidatorID *big.Int, wrID *big.Int, amount *big.Int) []byte {
	enc, err := iSFC.abi.Pack("undelegate", toValidatorID, wrID, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUndelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f864df4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function undelegate(uint256 toValidatorID, uint256 wrID, uint256 amount) returns()
func (iSFC *ISFC) TryPackUndelegate(toValidatorID *big.Int, wrID *big.Int, amount *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("undelegate", toValidatorID, wrID, amount)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x441a3e70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 toValidatorID, uint256 wrID) returns()
func (iSFC *ISFC) PackWithdraw(toValidatorID *big.Int, wrID *big.Int) []byte {
	enc, err := iSFC.abi.Pack("withdraw", toValidatorID, wrID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x441a3e70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 toValidatorID, uint256 wrID) returns()
func (iSFC *ISFC) TryPackWithdraw(toValidatorID *big.Int, wrID *big.Int) ([]byte, error) {
	return iSFC.abi.Pack("withdraw", toValidatorID, wrID)
}

// ISFCChangedValidatorStatus represents a ChangedValidatorStatus event raised by the ISFC contract.
type ISFCChangedValidatorStatus struct {
	ValidatorID *big.Int
	Status      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ISFCChangedValidatorStatusEventName = "ChangedValidatorStatus"

// ContractEventName returns the user-defined event name.
func (ISFCChangedValidatorStatus) ContractEventName() string {
	return ISFCChangedValidatorStatusEventName
}

// UnpackChangedValidatorStatusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangedValidatorStatus(uint256 indexed validatorID, uint256 status)
func (iSFC *ISFC) UnpackChangedValidatorStatusEvent(log *types.Log) (*ISFCChangedValidatorStatus, error) {
	event := "ChangedValidatorStatus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISFCChangedValidatorStatus)
	if len(log.Data) > 0 {
		if err := iSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSFC.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ISFCClaimedRewards represents a ClaimedRewards event raised by the ISFC contract.
type ISFCClaimedRewards struct {
	Delegator     common.Address
	ToValidatorID *big.Int
	Rewards       *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ISFCClaimedRewardsEventName = "ClaimedRewards"

// ContractEventName returns the user-defined event name.
func (ISFCClaimedRewards) ContractEventName() string {
	return ISFCClaimedRewardsEventName
}

// UnpackClaimedRewardsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimedRewards(address indexed delegator, uint256 indexed toValidatorID, uint256 rewards)
func (iSFC *ISFC) UnpackClaimedRewardsEvent(log *types.Log) (*ISFCClaimedRewards, error) {
	event := "ClaimedRewards"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISFCClaimedRewards)
	if len(log.Data) > 0 {
		if err := iSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSFC.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ISFCDeactivatedValidator represents a DeactivatedValidator event raised by the ISFC contract.
type ISFCDeactivatedValidator struct {
	ValidatorID      *big.Int
	DeactivatedEpoch *big.Int
	DeactivatedTime  *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const ISFCDeactivatedValidatorEventName = "DeactivatedValidator"

// ContractEventName returns the user-defined event name.
func (ISFCDeactivatedValidator) ContractEventName() string {
	return ISFCDeactivatedValidatorEventName
}

// UnpackDeactivatedValidatorEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeactivatedValidator(uint256 indexed validatorID, uint256 deactivatedEpoch, uint256 deactivatedTime)
func (iSFC *ISFC) UnpackDeactivatedValidatorEvent(log *types.Log) (*ISFCDeactivatedValidator, error) {
	event := "DeactivatedValidator"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISFCDeactivatedValidator)
	if len(log.Data) > 0 {
		if err := iSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSFC.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ISFCDelegated represents a Delegated event raised by the ISFC contract.
type ISFCDelegated struct {
	Delegator     common.Address
	ToValidatorID *big.Int
	Amount        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ISFCDelegatedEventName = "Delegated"

// ContractEventName returns the user-defined event name.
func (ISFCDelegated) ContractEventName() string {
	return ISFCDelegatedEventName
}

// UnpackDelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delegated(address indexed delegator, uint256 indexed toValidatorID, uint256 amount)
func (iSFC *ISFC) UnpackDelegatedEvent(log *types.Log) (*ISFCDelegated, error) {
	event := "Delegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISFCDelegated)
	if len(log.Data) > 0 {
		if err := iSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSFC.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ISFCRestakedRewards represents a RestakedRewards event raised by the ISFC contract.
type ISFCRestakedRewards struct {
	Delegator     common.Address
	ToValidatorID *big.Int
	Rewards       *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ISFCRestakedRewardsEventName = "RestakedRewards"

// ContractEventName returns the user-defined event name.
func (ISFCRestakedRewards) ContractEventName() string {
	return ISFCRestakedRewardsEventName
}

// UnpackRestakedRewardsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RestakedRewards(address indexed delegator, uint256 indexed toValidatorID, uint256 rewards)
func (iSFC *ISFC) UnpackRestakedRewardsEvent(log *types.Log) (*ISFCRestakedRewards, error) {
	event := "RestakedRewards"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISFCRestakedRewards)
	if len(log.Data) > 0 {
		if err := iSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSFC.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ISFCUndelegated represents a Undelegated event raised by the ISFC contract.
type ISFCUndelegated struct {
	Delegator     common.Address
	ToValidatorID *big.Int
	WrID          *big.Int
	Amount        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ISFCUndelegatedEventName = "Undelegated"

// ContractEventName returns the user-defined event name.
func (ISFCUndelegated) ContractEventName() string {
	return ISFCUndelegatedEventName
}

// UnpackUndelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Undelegated(address indexed delegator, uint256 indexed toValidatorID, uint256 indexed wrID, uint256 amount)
func (iSFC *ISFC) UnpackUndelegatedEvent(log *types.Log) (*ISFCUndelegated, error) {
	event := "Undelegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISFCUndelegated)
	if len(log.Data) > 0 {
		if err := iSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSFC.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ISFCWithdrawn represents a Withdrawn event raised by the ISFC contract.
type ISFCWithdrawn struct {
	Delegator     common.Address
	ToValidatorID *big.Int
	WrID          *big.Int
	Amount        *big.Int
	Penalty       *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ISFCWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (ISFCWithdrawn) ContractEventName() string {
	return ISFCWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed delegator, uint256 indexed toValidatorID, uint256 indexed wrID, uint256 amount, uint256 penalty)
func (iSFC *ISFC) UnpackWithdrawnEvent(log *types.Log) (*ISFCWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISFCWithdrawn)
	if len(log.Data) > 0 {
		if err := iSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSFC.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (iSFC *ISFC) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iSFC.abi.Errors["NotEnoughEpochsPassed"].ID.Bytes()[:4]) {
		return iSFC.UnpackNotEnoughEpochsPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSFC.abi.Errors["NotEnoughStake"].ID.Bytes()[:4]) {
		return iSFC.UnpackNotEnoughStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSFC.abi.Errors["NotEnoughTimePassed"].ID.Bytes()[:4]) {
		return iSFC.UnpackNotEnoughTimePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSFC.abi.Errors["RequestExists"].ID.Bytes()[:4]) {
		return iSFC.UnpackRequestExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSFC.abi.Errors["RequestNotExists"].ID.Bytes()[:4]) {
		return iSFC.UnpackRequestNotExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSFC.abi.Errors["StakeIsFullySlashed"].ID.Bytes()[:4]) {
		return iSFC.UnpackStakeIsFullySlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSFC.abi.Errors["ValidatorDelegationLimitExceeded"].ID.Bytes()[:4]) {
		return iSFC.UnpackValidatorDelegationLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSFC.abi.Errors["ValidatorNotActive"].ID.Bytes()[:4]) {
		return iSFC.UnpackValidatorNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSFC.abi.Errors["ValidatorNotExists"].ID.Bytes()[:4]) {
		return iSFC.UnpackValidatorNotExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSFC.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return iSFC.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSFC.abi.Errors["ZeroRewards"].ID.Bytes()[:4]) {
		return iSFC.UnpackZeroRewardsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ISFCNotEnoughEpochsPassed represents a NotEnoughEpochsPassed error raised by the ISFC contract.
type ISFCNotEnoughEpochsPassed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughEpochsPassed()
func ISFCNotEnoughEpochsPassedErrorID() common.Hash {
	return common.HexToHash("0x23ea994d81d8302fe5e183b480412b555f1b60635e49928f25ad8be645b7665b")
}

// UnpackNotEnoughEpochsPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughEpochsPassed()
func (iSFC *ISFC) UnpackNotEnoughEpochsPassedError(raw []byte) (*ISFCNotEnoughEpochsPassed, error) {
	out := new(ISFCNotEnoughEpochsPassed)
	if err := iSFC.abi.UnpackIntoInterface(out, "NotEnoughEpochsPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISFCNotEnoughStake represents a NotEnoughStake error raised by the ISFC contract.
type ISFCNotEnoughStake struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughStake()
func ISFCNotEnoughStakeErrorID() common.Hash {
	return common.HexToHash("0xf0a42d4c16c2182e1b6479c39915d854742bb4e9e92cd31ba5c02429f4e08ad8")
}

// UnpackNotEnoughStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughStake()
func (iSFC *ISFC) UnpackNotEnoughStakeError(raw []byte) (*ISFCNotEnoughStake, error) {
	out := new(ISFCNotEnoughStake)
	if err := iSFC.abi.UnpackIntoInterface(out, "NotEnoughStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISFCNotEnoughTimePassed represents a NotEnoughTimePassed error raised by the ISFC contract.
type ISFCNotEnoughTimePassed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughTimePassed()
func ISFCNotEnoughTimePassedErrorID() common.Hash {
	return common.HexToHash("0x5ada9a99f24d913df20db50800b9c37b9ee218b908c0678da3854b4ea4d31b96")
}

// UnpackNotEnoughTimePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughTimePassed()
func (iSFC *ISFC) UnpackNotEnoughTimePassedError(raw []byte) (*ISFCNotEnoughTimePassed, error) {
	out := new(ISFCNotEnoughTimePassed)
	if err := iSFC.abi.UnpackIntoInterface(out, "NotEnoughTimePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISFCRequestExists represents a RequestExists error raised by the ISFC contract.
type ISFCRequestExists struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestExists()
func ISFCRequestExistsErrorID() common.Hash {
	return common.HexToHash("0xeadeb85ae5af8e68994acf1f6e854a52a44c1d54e2962b201181142098dbd436")
}

// UnpackRequestExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestExists()
func (iSFC *ISFC) UnpackRequestExistsError(raw []byte) (*ISFCRequestExists, error) {
	out := new(ISFCRequestExists)
	if err := iSFC.abi.UnpackIntoInterface(out, "RequestExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISFCRequestNotExists represents a RequestNotExists error raised by the ISFC contract.
type ISFCRequestNotExists struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotExists()
func ISFCRequestNotExistsErrorID() common.Hash {
	return common.HexToHash("0x7f1d9e08f2d1b47f5b1cacb7520dba2289fd7c64d2d084fa976a2bbd87c05717")
}

// UnpackRequestNotExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotExists()
func (iSFC *ISFC) UnpackRequestNotExistsError(raw []byte) (*ISFCRequestNotExists, error) {
	out := new(ISFCRequestNotExists)
	if err := iSFC.abi.UnpackIntoInterface(out, "RequestNotExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISFCStakeIsFullySlashed represents a StakeIsFullySlashed error raised by the ISFC contract.
type ISFCStakeIsFullySlashed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeIsFullySlashed()
func ISFCStakeIsFullySlashedErrorID() common.Hash {
	return common.HexToHash("0x18f967fb12a5561f8057ad9717fb1bfaa418d11dec3ff2819799d6890519534b")
}

// UnpackStakeIsFullySlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeIsFullySlashed()
func (iSFC *ISFC) UnpackStakeIsFullySlashedError(raw []byte) (*ISFCStakeIsFullySlashed, error) {
	out := new(ISFCStakeIsFullySlashed)
	if err := iSFC.abi.UnpackIntoInterface(out, "StakeIsFullySlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISFCValidatorDelegationLimitExceeded represents a ValidatorDelegationLimitExceeded error raised by the ISFC contract.
type ISFCValidatorDelegationLimitExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorDelegationLimitExceeded()
func ISFCValidatorDelegationLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xc2eb4ead018e56971f48f1f373325b1cd9ed581e206482a53e75f740ee5f938a")
}

// UnpackValidatorDelegationLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorDelegationLimitExceeded()
func (iSFC *ISFC) UnpackValidatorDelegationLimitExceededError(raw []byte) (*ISFCValidatorDelegationLimitExceeded, error) {
	out := new(ISFCValidatorDelegationLimitExceeded)
	if err := iSFC.abi.UnpackIntoInterface(out, "ValidatorDelegationLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISFCValidatorNotActive represents a ValidatorNotActive error raised by the ISFC contract.
type ISFCValidatorNotActive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorNotActive()
func ISFCValidatorNotActiveErrorID() common.Hash {
	return common.HexToHash("0xa6ce15f6a9813ee63f1df1a467f1aaf34e6703f12a40ffaba385d806f3e577f7")
}

// UnpackValidatorNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorNotActive()
func (iSFC *ISFC) UnpackValidatorNotActiveError(raw []byte) (*ISFCValidatorNotActive, error) {
	out := new(ISFCValidatorNotActive)
	if err := iSFC.abi.UnpackIntoInterface(out, "ValidatorNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISFCValidatorNotExists represents a ValidatorNotExists error raised by the ISFC contract.
type ISFCValidatorNotExists struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorNotExists()
func ISFCValidatorNotExistsErrorID() common.Hash {
	return common.HexToHash("0x5926e0c333f1cbbc6225b5f94c36bb66fcde4ead7b7b00e0b28ebb7bcf906e5e")
}

// UnpackValidatorNotExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorNotExists()
func (iSFC *ISFC) UnpackValidatorNotExistsError(raw []byte) (*ISFCValidatorNotExists, error) {
	out := new(ISFCValidatorNotExists)
	if err := iSFC.abi.UnpackIntoInterface(out, "ValidatorNotExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISFCZeroAmount represents a ZeroAmount error raised by the ISFC contract.
type ISFCZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func ISFCZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (iSFC *ISFC) UnpackZeroAmountError(raw []byte) (*ISFCZeroAmount, error) {
	out := new(ISFCZeroAmount)
	if err := iSFC.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISFCZeroRewards represents a ZeroRewards error raised by the ISFC contract.
type ISFCZeroRewards struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRewards()
func ISFCZeroRewardsErrorID() common.Hash {
	return common.HexToHash("0x899aaa9d35015d7edf78a9ae11e76c11f7df9c703d8707d5c4baf66c69c58659")
}

// UnpackZeroRewardsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRewards()
func (iSFC *ISFC) UnpackZeroRewardsError(raw []byte) (*ISFCZeroRewards, error) {
	out := new(ISFCZeroRewards)
	if err := iSFC.abi.UnpackIntoInterface(out, "ZeroRewards", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakeCreditMetaData contains all meta data concerning the IStakeCredit contract.
var IStakeCreditMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ApproveNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferNotAllowed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewardToAll\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commission\",\"type\":\"uint256\"}],\"name\":\"RewardReceived\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"}],\"name\":\"claimableUnbondRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getPooledBNB\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"getPooledBNBByShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"name\":\"getSharesByPooledBNB\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"number\",\"type\":\"uint256\"}],\"name\":\"lockedBNBs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"}],\"name\":\"pendingUnbondRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalPooledBNB\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_index\",\"type\":\"uint256\"}],\"name\":\"unbondRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unlockTime\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"}],\"name\":\"unbondSequence\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "6ab564162abcd5a2a8f0f7f8792db1500a",
}

// IStakeCredit is an auto generated Go binding around an Ethereum contract.
type IStakeCredit struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IStakeCredit) GetABI() abi.ABI {
	return c.abi
}

// NewIStakeCredit creates a new instance of IStakeCredit.
func NewIStakeCredit() *IStakeCredit {
	parsed, err := IStakeCreditMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IStakeCredit{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IStakeCredit) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iStakeCredit *IStakeCredit) PackBalanceOf(account common.Address) []byte {
	enc, err := iStakeCredit.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iStakeCredit *IStakeCredit) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return iStakeCredit.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iStakeCredit *IStakeCredit) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := iStakeCredit.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableUnbondRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2d448a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableUnbondRequest(address delegator) view returns(uint256)
func (iStakeCredit *IStakeCredit) PackClaimableUnbondRequest(delegator common.Address) []byte {
	enc, err := iStakeCredit.abi.Pack("claimableUnbondRequest", delegator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableUnbondRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2d448a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableUnbondRequest(address delegator) view returns(uint256)
func (iStakeCredit *IStakeCredit) TryPackClaimableUnbondRequest(delegator common.Address) ([]byte, error) {
	return iStakeCredit.abi.Pack("claimableUnbondRequest", delegator)
}

// UnpackClaimableUnbondRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f2d448a.
//
// Solidity: function claimableUnbondRequest(address delegator) view returns(uint256)
func (iStakeCredit *IStakeCredit) UnpackClaimableUnbondRequest(data []byte) (*big.Int, error) {
	out, err := iStakeCredit.abi.Unpack("claimableUnbondRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPooledBNB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0913db47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPooledBNB(address account) view returns(uint256)
func (iStakeCredit *IStakeCredit) PackGetPooledBNB(account common.Address) []byte {
	enc, err := iStakeCredit.abi.Pack("getPooledBNB", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPooledBNB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0913db47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPooledBNB(address account) view returns(uint256)
func (iStakeCredit *IStakeCredit) TryPackGetPooledBNB(account common.Address) ([]byte, error) {
	return iStakeCredit.abi.Pack("getPooledBNB", account)
}

// UnpackGetPooledBNB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0913db47.
//
// Solidity: function getPooledBNB(address account) view returns(uint256)
func (iStakeCredit *IStakeCredit) UnpackGetPooledBNB(data []byte) (*big.Int, error) {
	out, err := iStakeCredit.abi.Unpack("getPooledBNB", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPooledBNBByShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91faf0b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPooledBNBByShares(uint256 shares) view returns(uint256)
func (iStakeCredit *IStakeCredit) PackGetPooledBNBByShares(shares *big.Int) []byte {
	enc, err := iStakeCredit.abi.Pack("getPooledBNBByShares", shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPooledBNBByShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91faf0b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPooledBNBByShares(uint256 shares) view returns(uint256)
func (iStakeCredit *IStakeCredit) TryPackGetPooledBNBByShares(shares *big.Int) ([]byte, error) {
	return iStakeCredit.abi.Pack("getPooledBNBByShares", shares)
}

// UnpackGetPooledBNBByShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91faf0b4.
//
// Solidity: function getPooledBNBByShares(uint256 shares) view returns(uint256)
func (iStakeCredit *IStakeCredit) UnpackGetPooledBNBByShares(data []byte) (*big.Int, error) {
	out, err := iStakeCredit.abi.Unpack("getPooledBNBByShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetSharesByPooledBNB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x647df759.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSharesByPooledBNB(uint256 bnbAmount) view returns(uint256)
func (iStakeCredit *IStakeCredit) PackGetSharesByPooledBNB(bnbAmount *big.Int) []byte {
	enc, err := iStakeCredit.abi.Pack("getSharesByPooledBNB", bnbAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSharesByPooledBNB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x647df759.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSharesByPooledBNB(uint256 bnbAmount) view returns(uint256)
func (iStakeCredit *IStakeCredit) TryPackGetSharesByPooledBNB(bnbAmount *big.Int) ([]byte, error) {
	return iStakeCredit.abi.Pack("getSharesByPooledBNB", bnbAmount)
}

// UnpackGetSharesByPooledBNB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x647df759.
//
// Solidity: function getSharesByPooledBNB(uint256 bnbAmount) view returns(uint256)
func (iStakeCredit *IStakeCredit) UnpackGetSharesByPooledBNB(data []byte) (*big.Int, error) {
	out, err := iStakeCredit.abi.Unpack("getSharesByPooledBNB", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLockedBNBs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9664feb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockedBNBs(address delegator, uint256 number) view returns(uint256)
func (iStakeCredit *IStakeCredit) PackLockedBNBs(delegator common.Address, number *big.Int) []byte {
	enc, err := iStakeCredit.abi.Pack("lockedBNBs", delegator, number)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockedBNBs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9664feb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockedBNBs(address delegator, uint256 number) view returns(uint256)
func (iStakeCredit *IStakeCredit) TryPackLockedBNBs(delegator common.Address, number *big.Int) ([]byte, error) {
	return iStakeCredit.abi.Pack("lockedBNBs", delegator, number)
}

// UnpackLockedBNBs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9664feb.
//
// Solidity: function lockedBNBs(address delegator, uint256 number) view returns(uint256)
func (iStakeCredit *IStakeCredit) UnpackLockedBNBs(data []byte) (*big.Int, error) {
	out, err := iStakeCredit.abi.Unpack("lockedBNBs", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingUnbondRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x038c0023.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingUnbondRequest(address delegator) view returns(uint256)
func (iStakeCredit *IStakeCredit) PackPendingUnbondRequest(delegator common.Address) []byte {
	enc, err := iStakeCredit.abi.Pack("pendingUnbondRequest", delegator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingUnbondRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x038c0023.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingUnbondRequest(address delegator) view returns(uint256)
func (iStakeCredit *IStakeCredit) TryPackPendingUnbondRequest(delegator common.Address) ([]byte, error) {
	return iStakeCredit.abi.Pack("pendingUnbondRequest", delegator)
}

// UnpackPendingUnbondRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x038c0023.
//
// Solidity: function pendingUnbondRequest(address delegator) view returns(uint256)
func (iStakeCredit *IStakeCredit) UnpackPendingUnbondRequest(data []byte) (*big.Int, error) {
	out, err := iStakeCredit.abi.Unpack("pendingUnbondRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalPooledBNB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15d1f898.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalPooledBNB() view returns(uint256)
func (iStakeCredit *IStakeCredit) PackTotalPooledBNB() []byte {
	enc, err := iStakeCredit.abi.Pack("totalPooledBNB")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalPooledBNB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15d1f898.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalPooledBNB() view returns(uint256)
func (iStakeCredit *IStakeCredit) TryPackTotalPooledBNB() ([]byte, error) {
	return iStakeCredit.abi.Pack("totalPooledBNB")
}

// UnpackTotalPooledBNB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15d1f898.
//
// Solidity: function totalPooledBNB() view returns(uint256)
func (iStakeCredit *IStakeCredit) UnpackTotalPooledBNB(data []byte) (*big.Int, error) {
	out, err := iStakeCredit.abi.Unpack("totalPooledBNB", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (iStakeCredit *IStakeCredit) PackTotalSupply() []byte {
	enc, err := iStakeCredit.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (iStakeCredit *IStakeCredit) TryPackTotalSupply() ([]byte, error) {
	return iStakeCredit.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (iStakeCredit *IStakeCredit) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := iStakeCredit.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd241c1ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondRequest(address delegator, uint256 _index) view returns(uint256 shares, uint256 bnbAmount, uint256 unlockTime)
func (iStakeCredit *IStakeCredit) PackUnbondRequest(delegator common.Address, index *big.Int) []byte {
	enc, err := iStakeCredit.abi.Pack("unbondRequest", delegator, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd241c1ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondRequest(address delegator, uint256 _index) view returns(uint256 shares, uint256 bnbAmount, uint256 unlockTime)
func (iStakeCredit *IStakeCredit) TryPackUnbondRequest(delegator common.Address, index *big.Int) ([]byte, error) {
	return iStakeCredit.abi.Pack("unbondRequest", delegator, index)
}

// UnbondRequestOutput serves as a container for the return parameters of contract
// method UnbondRequest.
type UnbondRequestOutput struct {
	Shares     *big.Int
	BnbAmount  *big.Int
	UnlockTime *big.Int
}

// UnpackUnbondRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd241c1ea.
//
// Solidity: function unbondRequest(address delegator, uint256 _index) view returns(uint256 shares, uint256 bnbAmount, uint256 unlockTime)
func (iStakeCredit *IStakeCredit) UnpackUnbondRequest(data []byte) (UnbondRequestOutput, error) {
	out, err := iStakeCredit.abi.Unpack("unbondRequest", data)
	outstruct := new(UnbondRequestOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Shares = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.BnbAmount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.UnlockTime = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackUnbondSequence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2cde2b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondSequence(address delegator) view returns(uint256)
func (iStakeCredit *IStakeCredit) PackUnbondSequence(delegator common.Address) []byte {
	enc, err := iStakeCredit.abi.Pack("unbondSequence", delegator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondSequence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2cde2b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondSequence(address delegator) view returns(uint256)
func (iStakeCredit *IStakeCredit) TryPackUnbondSequence(delegator common.Address) ([]byte, error) {
	return iStakeCredit.abi.Pack("unbondSequence", delegator)
}

// UnpackUnbondSequence is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2cde2b2.
//
// Solidity: function unbondSequence(address delegator) view returns(uint256)
func (iStakeCredit *IStakeCredit) UnpackUnbondSequence(data []byte) (*big.Int, error) {
	out, err := iStakeCredit.abi.Unpack("unbondSequence", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IStakeCreditRewardReceived represents a RewardReceived event raised by the IStakeCredit contract.
type IStakeCreditRewardReceived struct {
	RewardToAll *big.Int
	Commission  *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IStakeCreditRewardReceivedEventName = "RewardReceived"

// ContractEventName returns the user-defined event name.
func (IStakeCreditRewardReceived) ContractEventName() string {
	return IStakeCreditRewardReceivedEventName
}

// UnpackRewardReceivedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardReceived(uint256 rewardToAll, uint256 commission)
func (iStakeCredit *IStakeCredit) UnpackRewardReceivedEvent(log *types.Log) (*IStakeCreditRewardReceived, error) {
	event := "RewardReceived"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeCredit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeCreditRewardReceived)
	if len(log.Data) > 0 {
		if err := iStakeCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeCredit.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakeCreditTransfer represents a Transfer event raised by the IStakeCredit contract.
type IStakeCreditTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const IStakeCreditTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (IStakeCreditTransfer) ContractEventName() string {
	return IStakeCreditTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (iStakeCredit *IStakeCredit) UnpackTransferEvent(log *types.Log) (*IStakeCreditTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeCredit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeCreditTransfer)
	if len(log.Data) > 0 {
		if err := iStakeCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeCredit.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (iStakeCredit *IStakeCredit) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iStakeCredit.abi.Errors["ApproveNotAllowed"].ID.Bytes()[:4]) {
		return iStakeCredit.UnpackApproveNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStakeCredit.abi.Errors["TransferNotAllowed"].ID.Bytes()[:4]) {
		return iStakeCredit.UnpackTransferNotAllowedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IStakeCreditApproveNotAllowed represents a ApproveNotAllowed error raised by the IStakeCredit contract.
type IStakeCreditApproveNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ApproveNotAllowed()
func IStakeCreditApproveNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x20287471febb94d2a4e7be5d3662f51a83f2bee180c5c2ea14db4432e1cd3e48")
}

// UnpackApproveNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ApproveNotAllowed()
func (iStakeCredit *IStakeCredit) UnpackApproveNotAllowedError(raw []byte) (*IStakeCreditApproveNotAllowed, error) {
	out := new(IStakeCreditApproveNotAllowed)
	if err := iStakeCredit.abi.UnpackIntoInterface(out, "ApproveNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakeCreditTransferNotAllowed represents a TransferNotAllowed error raised by the IStakeCredit contract.
type IStakeCreditTransferNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferNotAllowed()
func IStakeCreditTransferNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x8cd22d191543fbb893cff76797482bc41fda8a261404bdcd20ff77b9dec06ff5")
}

// UnpackTransferNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferNotAllowed()
func (iStakeCredit *IStakeCredit) UnpackTransferNotAllowedError(raw []byte) (*IStakeCreditTransferNotAllowed, error) {
	out := new(IStakeCreditTransferNotAllowed)
	if err := iStakeCredit.abi.UnpackIntoInterface(out, "TransferNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakeHubMetaData contains all meta data concerning the IStakeHub contract.
var IStakeHubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"DelegationAmountTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InBlackList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClaimableUnbondRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelfDelegation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameValidator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StakeHubPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValidatorNotExisted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroShares\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"newCommissionRate\",\"type\":\"uint64\"}],\"name\":\"CommissionRateEdited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"name\":\"Delegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"srcValidator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dstValidator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"name\":\"Redelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"failReason\",\"type\":\"bytes\"}],\"name\":\"RewardDistributeFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"RewardDistributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"name\":\"Undelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"ValidatorJailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jailUntil\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"slashType\",\"type\":\"uint8\"}],\"name\":\"ValidatorSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"ValidatorUnjailed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BREATHE_BLOCK_INTERVAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"requestNumber\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"operatorAddresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"requestNumbers\",\"type\":\"uint256[]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"delegateVotePower\",\"type\":\"bool\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"getValidatorBasicInfo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"createdTime\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"jailed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"jailUntil\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"getValidatorCommission\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"rate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxRate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxChangeRate\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"getValidatorCreditContract\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"creditContract\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"getValidatorDescription\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"moniker\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"identity\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"website\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"details\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getValidatorRewardRecord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getValidatorTotalPooledBNBRecord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"getValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"operatorAddrs\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"creditAddrs\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"totalLength\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minDelegationBNBChange\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"srcValidator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dstValidator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"delegateVotePower\",\"type\":\"bool\"}],\"name\":\"redelegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"redelegateFeeRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"undelegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "8dbd8b8b0d828201d62b886e9f94179e8e",
}

// IStakeHub is an auto generated Go binding around an Ethereum contract.
type IStakeHub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IStakeHub) GetABI() abi.ABI {
	return c.abi
}

// NewIStakeHub creates a new instance of IStakeHub.
func NewIStakeHub() *IStakeHub {
	parsed, err := IStakeHubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IStakeHub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IStakeHub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBREATHEBLOCKINTERVAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fa8882b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BREATHE_BLOCK_INTERVAL() view returns(uint256)
func (iStakeHub *IStakeHub) PackBREATHEBLOCKINTERVAL() []byte {
	enc, err := iStakeHub.abi.Pack("BREATHE_BLOCK_INTERVAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBREATHEBLOCKINTERVAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fa8882b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BREATHE_BLOCK_INTERVAL() view returns(uint256)
func (iStakeHub *IStakeHub) TryPackBREATHEBLOCKINTERVAL() ([]byte, error) {
	return iStakeHub.abi.Pack("BREATHE_BLOCK_INTERVAL")
}

// UnpackBREATHEBLOCKINTERVAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1fa8882b.
//
// Solidity: function BREATHE_BLOCK_INTERVAL() view returns(uint256)
func (iStakeHub *IStakeHub) UnpackBREATHEBLOCKINTERVAL(data []byte) (*big.Int, error) {
	out, err := iStakeHub.abi.Unpack("BREATHE_BLOCK_INTERVAL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaad3ec96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address operatorAddress, uint256 requestNumber) returns()
func (iStakeHub *IStakeHub) PackClaim(operatorAddress common.Address, requestNumber *big.Int) []byte {
	enc, err := iStakeHub.abi.Pack("claim", operatorAddress, requestNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaad3ec96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address operatorAddress, uint256 requestNumber) returns()
func (iStakeHub *IStakeHub) TryPackClaim(operatorAddress common.Address, requestNumber *big.Int) ([]byte, error) {
	return iStakeHub.abi.Pack("claim", operatorAddress, requestNumber)
}

// PackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7c2dfc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBatch(address[] operatorAddresses, uint256[] requestNumbers) returns()
func (iStakeHub *IStakeHub) PackClaimBatch(operatorAddresses []common.Address, requestNumbers []*big.Int) []byte {
	enc, err := iStakeHub.abi.Pack("claimBatch", operatorAddresses, requestNumbers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7c2dfc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimBatch(address[] operatorAddresses, uint256[] requestNumbers) returns()
func (iStakeHub *IStakeHub) TryPackClaimBatch(operatorAddresses []common.Address, requestNumbers []*big.Int) ([]byte, error) {
	return iStakeHub.abi.Pack("claimBatch", operatorAddresses, requestNumbers)
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x982ef0a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address operatorAddress, bool delegateVotePower) payable returns()
func (iStakeHub *IStakeHub) PackDelegate(operatorAddress common.Address, delegateVotePower bool) []byte {
	enc, err := iStakeHub.abi.Pack("delegate", operatorAddress, delegateVotePower)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x982ef0a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address operatorAddress, bool delegateVotePower) payable returns()
func (iStakeHub *IStakeHub) TryPackDelegate(operatorAddress common.Address, delegateVotePower bool) ([]byte, error) {
	return iStakeHub.abi.Pack("delegate", operatorAddress, delegateVotePower)
}

// PackGetValidatorBasicInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbb04d9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorBasicInfo(address operatorAddress) view returns(uint256 createdTime, bool jailed, uint256 jailUntil)
func (iStakeHub *IStakeHub) PackGetValidatorBasicInfo(operatorAddress common.Address) []byte {
	enc, err := iStakeHub.abi.Pack("getValidatorBasicInfo", operatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorBasicInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbb04d9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorBasicInfo(address operatorAddress) view returns(uint256 createdTime, bool jailed, uint256 jailUntil)
func (iStakeHub *IStakeHub) TryPackGetValidatorBasicInfo(operatorAddress common.Address) ([]byte, error) {
	return iStakeHub.abi.Pack("getValidatorBasicInfo", operatorAddress)
}

// GetValidatorBasicInfoOutput serves as a container for the return parameters of contract
// method GetValidatorBasicInfo.
type GetValidatorBasicInfoOutput struct {
	CreatedTime *big.Int
	Jailed      bool
	JailUntil   *big.Int
}

// UnpackGetValidatorBasicInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbb04d9d.
//
// Solidity: function getValidatorBasicInfo(address operatorAddress) view returns(uint256 createdTime, bool jailed, uint256 jailUntil)
func (iStakeHub *IStakeHub) UnpackGetValidatorBasicInfo(data []byte) (GetValidatorBasicInfoOutput, error) {
	out, err := iStakeHub.abi.Unpack("getValidatorBasicInfo", data)
	outstruct := new(GetValidatorBasicInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.CreatedTime = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Jailed = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.JailUntil = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetValidatorCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ec01b27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorCommission(address operatorAddress) view returns(uint64 rate, uint64 maxRate, uint64 maxChangeRate)
func (iStakeHub *IStakeHub) PackGetValidatorCommission(operatorAddress common.Address) []byte {
	enc, err := iStakeHub.abi.Pack("getValidatorCommission", operatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ec01b27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorCommission(address operatorAddress) view returns(uint64 rate, uint64 maxRate, uint64 maxChangeRate)
func (iStakeHub *IStakeHub) TryPackGetValidatorCommission(operatorAddress common.Address) ([]byte, error) {
	return iStakeHub.abi.Pack("getValidatorCommission", operatorAddress)
}

// GetValidatorCommissionOutput serves as a container for the return parameters of contract
// method GetValidatorCommission.
type GetValidatorCommissionOutput struct {
	Rate          uint64
	MaxRate       uint64
	MaxChangeRate uint64
}

// UnpackGetValidatorCommission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ec01b27.
//
// Solidity: function getValidatorCommission(address operatorAddress) view returns(uint64 rate, uint64 maxRate, uint64 maxChangeRate)
func (iStakeHub *IStakeHub) UnpackGetValidatorCommission(data []byte) (GetValidatorCommissionOutput, error) {
	out, err := iStakeHub.abi.Unpack("getValidatorCommission", data)
	outstruct := new(GetValidatorCommissionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Rate = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.MaxRate = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.MaxChangeRate = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackGetValidatorCreditContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbda7fb3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorCreditContract(address operatorAddress) view returns(address creditContract)
func (iStakeHub *IStakeHub) PackGetValidatorCreditContract(operatorAddress common.Address) []byte {
	enc, err := iStakeHub.abi.Pack("getValidatorCreditContract", operatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorCreditContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbda7fb3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorCreditContract(address operatorAddress) view returns(address creditContract)
func (iStakeHub *IStakeHub) TryPackGetValidatorCreditContract(operatorAddress common.Address) ([]byte, error) {
	return iStakeHub.abi.Pack("getValidatorCreditContract", operatorAddress)
}

// UnpackGetValidatorCreditContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbda7fb3.
//
// Solidity: function getValidatorCreditContract(address operatorAddress) view returns(address creditContract)
func (iStakeHub *IStakeHub) UnpackGetValidatorCreditContract(data []byte) (common.Address, error) {
	out, err := iStakeHub.abi.Unpack("getValidatorCreditContract", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetValidatorDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa43569b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorDescription(address operatorAddress) view returns(string moniker, string identity, string website, string details)
func (iStakeHub *IStakeHub) PackGetValidatorDescription(operatorAddress common.Address) []byte {
	enc, err := iStakeHub.abi.Pack("getValidatorDescription", operatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa43569b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorDescription(address operatorAddress) view returns(string moniker, string identity, string website, string details)
func (iStakeHub *IStakeHub) TryPackGetValidatorDescription(operatorAddress common.Address) ([]byte, error) {
	return iStakeHub.abi.Pack("getValidatorDescription", operatorAddress)
}

// GetValidatorDescriptionOutput serves as a container for the return parameters of contract
// method GetValidatorDescription.
type GetValidatorDescriptionOutput struct {
	Moniker  string
	Identity string
	Website  string
	Details  string
}

// UnpackGetValidatorDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa43569b3.
//
// Solidity: function getValidatorDescription(address operatorAddress) view returns(string moniker, string identity, string website, string details)
func (iStakeHub *IStakeHub) UnpackGetValidatorDescription(data []byte) (GetValidatorDescriptionOutput, error) {
	out, err := iStakeHub.abi.Unpack("getValidatorDescription", data)
	outstruct := new(GetValidatorDescriptionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Moniker = *abi.ConvertType(out[0], new(string)).(*string)
	outstruct.Identity = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Website = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.Details = *abi.ConvertType(out[3], new(string)).(*string)
	return *outstruct, nil
}

// PackGetValidatorRewardRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf80a3402.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorRewardRecord(address operatorAddress, uint256 index) view returns(uint256)
func (iStakeHub *IStakeHub) PackGetValidatorRewardRecord(operatorAddress common.Address, index *big.Int) []byte {
	enc, err := iStakeHub.abi.Pack("getValidatorRewardRecord", operatorAddress, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorRewardRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf80a3402.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorRewardRecord(address operatorAddress, uint256 index) view returns(uint256)
func (iStakeHub *IStakeHub) TryPackGetValidatorRewardRecord(operatorAddress common.Address, index *big.Int) ([]byte, error) {
	return iStakeHub.abi.Pack("getValidatorRewardRecord", operatorAddress, index)
}

// UnpackGetValidatorRewardRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf80a3402.
//
// Solidity: function getValidatorRewardRecord(address operatorAddress, uint256 index) view returns(uint256)
func (iStakeHub *IStakeHub) UnpackGetValidatorRewardRecord(data []byte) (*big.Int, error) {
	out, err := iStakeHub.abi.Unpack("getValidatorRewardRecord", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetValidatorTotalPooledBNBRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cd22b22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorTotalPooledBNBRecord(address operatorAddress, uint256 index) view returns(uint256)
func (iStakeHub *IStakeHub) PackGetValidatorTotalPooledBNBRecord(operatorAddress common.Address, index *big.Int) []byte {
	enc, err := iStakeHub.abi.Pack("getValidatorTotalPooledBNBRecord", operatorAddress, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorTotalPooledBNBRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cd22b22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorTotalPooledBNBRecord(address operatorAddress, uint256 index) view returns(uint256)
func (iStakeHub *IStakeHub) TryPackGetValidatorTotalPooledBNBRecord(operatorAddress common.Address, index *big.Int) ([]byte, error) {
	return iStakeHub.abi.Pack("getValidatorTotalPooledBNBRecord", operatorAddress, index)
}

// UnpackGetValidatorTotalPooledBNBRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8cd22b22.
//
// Solidity: function getValidatorTotalPooledBNBRecord(address operatorAddress, uint256 index) view returns(uint256)
func (iStakeHub *IStakeHub) UnpackGetValidatorTotalPooledBNBRecord(data []byte) (*big.Int, error) {
	out, err := iStakeHub.abi.Unpack("getValidatorTotalPooledBNBRecord", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbff02e20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidators(uint256 offset, uint256 limit) view returns(address[] operatorAddrs, address[] creditAddrs, uint256 totalLength)
func (iStakeHub *IStakeHub) PackGetValidators(offset *big.Int, limit *big.Int) []byte {
	enc, err := iStakeHub.abi.Pack("getValidators", offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbff02e20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidators(uint256 offset, uint256 limit) view returns(address[] operatorAddrs, address[] creditAddrs, uint256 totalLength)
func (iStakeHub *IStakeHub) TryPackGetValidators(offset *big.Int, limit *big.Int) ([]byte, error) {
	return iStakeHub.abi.Pack("getValidators", offset, limit)
}

// GetValidatorsOutput serves as a container for the return parameters of contract
// method GetValidators.
type GetValidatorsOutput struct {
	OperatorAddrs []common.Address
	CreditAddrs   []common.Address
	TotalLength   *big.Int
}

// UnpackGetValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbff02e20.
//
// Solidity: function getValidators(uint256 offset, uint256 limit) view returns(address[] operatorAddrs, address[] creditAddrs, uint256 totalLength)
func (iStakeHub *IStakeHub) UnpackGetValidators(data []byte) (GetValidatorsOutput, error) {
	out, err := iStakeHub.abi.Unpack("getValidators", data)
	outstruct := new(GetValidatorsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.OperatorAddrs = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.CreditAddrs = *abi.ConvertType(out[1], new([]common.Address)).(*[]common.Address)
	outstruct.TotalLength = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMinDelegationBNBChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38409988.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minDelegationBNBChange() view returns(uint256)
func (iStakeHub *IStakeHub) PackMinDelegationBNBChange() []byte {
	enc, err := iStakeHub.abi.Pack("minDelegationBNBChange")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinDelegationBNBChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38409988.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minDelegationBNBChange() view returns(uint256)
func (iStakeHub *IStakeHub) TryPackMinDelegationBNBChange() ([]byte, error) {
	return iStakeHub.abi.Pack("minDelegationBNBChange")
}

// UnpackMinDelegationBNBChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38409988.
//
// Solidity: function minDelegationBNBChange() view returns(uint256)
func (iStakeHub *IStakeHub) UnpackMinDelegationBNBChange(data []byte) (*big.Int, error) {
	out, err := iStakeHub.abi.Unpack("minDelegationBNBChange", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRedelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59491871.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redelegate(address srcValidator, address dstValidator, uint256 shares, bool delegateVotePower) returns()
func (iStakeHub *IStakeHub) PackRedelegate(srcValidator common.Address, dstValidator common.Address, shares *big.Int, delegateVotePower bool) []byte {
	enc, err := iStakeHub.abi.Pack("redelegate", srcValidator, dstValidator, shares, delegateVotePower)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59491871.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redelegate(address srcValidator, address dstValidator, uint256 shares, bool delegateVotePower) returns()
func (iStakeHub *IStakeHub) TryPackRedelegate(srcValidator common.Address, dstValidator common.Address, shares *big.Int, delegateVotePower bool) ([]byte, error) {
	return iStakeHub.abi.Pack("redelegate", srcValidator, dstValidator, shares, delegateVotePower)
}

// PackRedelegateFeeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe992aaf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redelegateFeeRate() view returns(uint256)
func (iStakeHub *IStakeHub) PackRedelegateFeeRate() []byte {
	enc, err := iStakeHub.abi.Pack("redelegateFeeRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedelegateFeeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe992aaf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redelegateFeeRate() view returns(uint256)
func (iStakeHub *IStakeHub) TryPackRedelegateFeeRate() ([]byte, error) {
	return iStakeHub.abi.Pack("redelegateFeeRate")
}

// UnpackRedelegateFeeRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe992aaf5.
//
// Solidity: function redelegateFeeRate() view returns(uint256)
func (iStakeHub *IStakeHub) UnpackRedelegateFeeRate(data []byte) (*big.Int, error) {
	out, err := iStakeHub.abi.Unpack("redelegateFeeRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c5ff1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondPeriod() view returns(uint256)
func (iStakeHub *IStakeHub) PackUnbondPeriod() []byte {
	enc, err := iStakeHub.abi.Pack("unbondPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c5ff1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondPeriod() view returns(uint256)
func (iStakeHub *IStakeHub) TryPackUnbondPeriod() ([]byte, error) {
	return iStakeHub.abi.Pack("unbondPeriod")
}

// UnpackUnbondPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c5ff1.
//
// Solidity: function unbondPeriod() view returns(uint256)
func (iStakeHub *IStakeHub) UnpackUnbondPeriod(data []byte) (*big.Int, error) {
	out, err := iStakeHub.abi.Unpack("unbondPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUndelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d99dd16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function undelegate(address operatorAddress, uint256 shares) returns()
func (iStakeHub *IStakeHub) PackUndelegate(operatorAddress common.Address, shares *big.Int) []byte {
	enc, err := iStakeHub.abi.Pack("undelegate", operatorAddress, shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUndelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d99dd16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function undelegate(address operatorAddress, uint256 shares) returns()
func (iStakeHub *IStakeHub) TryPackUndelegate(operatorAddress common.Address, shares *big.Int) ([]byte, error) {
	return iStakeHub.abi.Pack("undelegate", operatorAddress, shares)
}

// IStakeHubClaimed represents a Claimed event raised by the IStakeHub contract.
type IStakeHubClaimed struct {
	OperatorAddress common.Address
	Delegator       common.Address
	BnbAmount       *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const IStakeHubClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (IStakeHubClaimed) ContractEventName() string {
	return IStakeHubClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed operatorAddress, address indexed delegator, uint256 bnbAmount)
func (iStakeHub *IStakeHub) UnpackClaimedEvent(log *types.Log) (*IStakeHubClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeHubClaimed)
	if len(log.Data) > 0 {
		if err := iStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakeHubCommissionRateEdited represents a CommissionRateEdited event raised by the IStakeHub contract.
type IStakeHubCommissionRateEdited struct {
	OperatorAddress   common.Address
	NewCommissionRate uint64
	Raw               *types.Log // Blockchain specific contextual infos
}

const IStakeHubCommissionRateEditedEventName = "CommissionRateEdited"

// ContractEventName returns the user-defined event name.
func (IStakeHubCommissionRateEdited) ContractEventName() string {
	return IStakeHubCommissionRateEditedEventName
}

// UnpackCommissionRateEditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommissionRateEdited(address indexed operatorAddress, uint64 newCommissionRate)
func (iStakeHub *IStakeHub) UnpackCommissionRateEditedEvent(log *types.Log) (*IStakeHubCommissionRateEdited, error) {
	event := "CommissionRateEdited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeHubCommissionRateEdited)
	if len(log.Data) > 0 {
		if err := iStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakeHubDelegated represents a Delegated event raised by the IStakeHub contract.
type IStakeHubDelegated struct {
	OperatorAddress common.Address
	Delegator       common.Address
	Shares          *big.Int
	BnbAmount       *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const IStakeHubDelegatedEventName = "Delegated"

// ContractEventName returns the user-defined event name.
func (IStakeHubDelegated) ContractEventName() string {
	return IStakeHubDelegatedEventName
}

// UnpackDelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delegated(address indexed operatorAddress, address indexed delegator, uint256 shares, uint256 bnbAmount)
func (iStakeHub *IStakeHub) UnpackDelegatedEvent(log *types.Log) (*IStakeHubDelegated, error) {
	event := "Delegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeHubDelegated)
	if len(log.Data) > 0 {
		if err := iStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakeHubRedelegated represents a Redelegated event raised by the IStakeHub contract.
type IStakeHubRedelegated struct {
	SrcValidator common.Address
	DstValidator common.Address
	Delegator    common.Address
	OldShares    *big.Int
	NewShares    *big.Int
	BnbAmount    *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const IStakeHubRedelegatedEventName = "Redelegated"

// ContractEventName returns the user-defined event name.
func (IStakeHubRedelegated) ContractEventName() string {
	return IStakeHubRedelegatedEventName
}

// UnpackRedelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redelegated(address indexed srcValidator, address indexed dstValidator, address indexed delegator, uint256 oldShares, uint256 newShares, uint256 bnbAmount)
func (iStakeHub *IStakeHub) UnpackRedelegatedEvent(log *types.Log) (*IStakeHubRedelegated, error) {
	event := "Redelegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeHubRedelegated)
	if len(log.Data) > 0 {
		if err := iStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakeHubRewardDistributeFailed represents a RewardDistributeFailed event raised by the IStakeHub contract.
type IStakeHubRewardDistributeFailed struct {
	OperatorAddress common.Address
	FailReason      []byte
	Raw             *types.Log // Blockchain specific contextual infos
}

const IStakeHubRewardDistributeFailedEventName = "RewardDistributeFailed"

// ContractEventName returns the user-defined event name.
func (IStakeHubRewardDistributeFailed) ContractEventName() string {
	return IStakeHubRewardDistributeFailedEventName
}

// UnpackRewardDistributeFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardDistributeFailed(address indexed operatorAddress, bytes failReason)
func (iStakeHub *IStakeHub) UnpackRewardDistributeFailedEvent(log *types.Log) (*IStakeHubRewardDistributeFailed, error) {
	event := "RewardDistributeFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeHubRewardDistributeFailed)
	if len(log.Data) > 0 {
		if err := iStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakeHubRewardDistributed represents a RewardDistributed event raised by the IStakeHub contract.
type IStakeHubRewardDistributed struct {
	OperatorAddress common.Address
	Reward          *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const IStakeHubRewardDistributedEventName = "RewardDistributed"

// ContractEventName returns the user-defined event name.
func (IStakeHubRewardDistributed) ContractEventName() string {
	return IStakeHubRewardDistributedEventName
}

// UnpackRewardDistributedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardDistributed(address indexed operatorAddress, uint256 reward)
func (iStakeHub *IStakeHub) UnpackRewardDistributedEvent(log *types.Log) (*IStakeHubRewardDistributed, error) {
	event := "RewardDistributed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeHubRewardDistributed)
	if len(log.Data) > 0 {
		if err := iStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakeHubUndelegated represents a Undelegated event raised by the IStakeHub contract.
type IStakeHubUndelegated struct {
	OperatorAddress common.Address
	Delegator       common.Address
	Shares          *big.Int
	BnbAmount       *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const IStakeHubUndelegatedEventName = "Undelegated"

// ContractEventName returns the user-defined event name.
func (IStakeHubUndelegated) ContractEventName() string {
	return IStakeHubUndelegatedEventName
}

// UnpackUndelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Undelegated(address indexed operatorAddress, address indexed delegator, uint256 shares, uint256 bnbAmount)
func (iStakeHub *IStakeHub) UnpackUndelegatedEvent(log *types.Log) (*IStakeHubUndelegated, error) {
	event := "Undelegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeHubUndelegated)
	if len(log.Data) > 0 {
		if err := iStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakeHubValidatorJailed represents a ValidatorJailed event raised by the IStakeHub contract.
type IStakeHubValidatorJailed struct {
	OperatorAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const IStakeHubValidatorJailedEventName = "ValidatorJailed"

// ContractEventName returns the user-defined event name.
func (IStakeHubValidatorJailed) ContractEventName() string {
	return IStakeHubValidatorJailedEventName
}

// UnpackValidatorJailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorJailed(address indexed operatorAddress)
func (iStakeHub *IStakeHub) UnpackValidatorJailedEvent(log *types.Log) (*IStakeHubValidatorJailed, error) {
	event := "ValidatorJailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeHubValidatorJailed)
	if len(log.Data) > 0 {
		if err := iStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakeHubValidatorSlashed represents a ValidatorSlashed event raised by the IStakeHub contract.
type IStakeHubValidatorSlashed struct {
	OperatorAddress common.Address
	JailUntil       *big.Int
	SlashAmount     *big.Int
	SlashType       uint8
	Raw             *types.Log // Blockchain specific contextual infos
}

const IStakeHubValidatorSlashedEventName = "ValidatorSlashed"

// ContractEventName returns the user-defined event name.
func (IStakeHubValidatorSlashed) ContractEventName() string {
	return IStakeHubValidatorSlashedEventName
}

// UnpackValidatorSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorSlashed(address indexed operatorAddress, uint256 jailUntil, uint256 slashAmount, uint8 slashType)
func (iStakeHub *IStakeHub) UnpackValidatorSlashedEvent(log *types.Log) (*IStakeHubValidatorSlashed, error) {
	event := "ValidatorSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeHubValidatorSlashed)
	if len(log.Data) > 0 {
		if err := iStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakeHubValidatorUnjailed represents a ValidatorUnjailed event raised by the IStakeHub contract.
type IStakeHubValidatorUnjailed struct {
	OperatorAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const IStakeHubValidatorUnjailedEventName = "ValidatorUnjailed"

// ContractEventName returns the user-defined event name.
func (IStakeHubValidatorUnjailed) ContractEventName() string {
	return IStakeHubValidatorUnjailedEventName
}

// UnpackValidatorUnjailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorUnjailed(address indexed operatorAddress)
func (iStakeHub *IStakeHub) UnpackValidatorUnjailedEvent(log *types.Log) (*IStakeHubValidatorUnjailed, error) {
	event := "ValidatorUnjailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakeHubValidatorUnjailed)
	if len(log.Data) > 0 {
		if err := iStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakeHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (iStakeHub *IStakeHub) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iStakeHub.abi.Errors["DelegationAmountTooSmall"].ID.Bytes()[:4]) {
		return iStakeHub.UnpackDelegationAmountTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStakeHub.abi.Errors["InBlackList"].ID.Bytes()[:4]) {
		return iStakeHub.UnpackInBlackListError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStakeHub.abi.Errors["NoClaimableUnbondRequest"].ID.Bytes()[:4]) {
		return iStakeHub.UnpackNoClaimableUnbondRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStakeHub.abi.Errors["OnlySelfDelegation"].ID.Bytes()[:4]) {
		return iStakeHub.UnpackOnlySelfDelegationError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStakeHub.abi.Errors["SameValidator"].ID.Bytes()[:4]) {
		return iStakeHub.UnpackSameValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStakeHub.abi.Errors["StakeHubPaused"].ID.Bytes()[:4]) {
		return iStakeHub.UnpackStakeHubPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStakeHub.abi.Errors["ValidatorNotExisted"].ID.Bytes()[:4]) {
		return iStakeHub.UnpackValidatorNotExistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStakeHub.abi.Errors["ZeroShares"].ID.Bytes()[:4]) {
		return iStakeHub.UnpackZeroSharesError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IStakeHubDelegationAmountTooSmall represents a DelegationAmountTooSmall error raised by the IStakeHub contract.
type IStakeHubDelegationAmountTooSmall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegationAmountTooSmall()
func IStakeHubDelegationAmountTooSmallErrorID() common.Hash {
	return common.HexToHash("0xdc6f0bdd1504f8b7cdafeb5d2820c3314d8c7d3707efe05fa624996b8f8be528")
}

// UnpackDelegationAmountTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegationAmountTooSmall()
func (iStakeHub *IStakeHub) UnpackDelegationAmountTooSmallError(raw []byte) (*IStakeHubDelegationAmountTooSmall, error) {
	out := new(IStakeHubDelegationAmountTooSmall)
	if err := iStakeHub.abi.UnpackIntoInterface(out, "DelegationAmountTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakeHubInBlackList represents a InBlackList error raised by the IStakeHub contract.
type IStakeHubInBlackList struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InBlackList()
func IStakeHubInBlackListErrorID() common.Hash {
	return common.HexToHash("0xb1d02c3df6b6ad2a35c7a8d476d2e93c2cb0a809c4ff1622dc804367c148b366")
}

// UnpackInBlackListError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InBlackList()
func (iStakeHub *IStakeHub) UnpackInBlackListError(raw []byte) (*IStakeHubInBlackList, error) {
	out := new(IStakeHubInBlackList)
	if err := iStakeHub.abi.UnpackIntoInterface(out, "InBlackList", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakeHubNoClaimableUnbondRequest represents a NoClaimableUnbondRequest error raised by the IStakeHub contract.
type IStakeHubNoClaimableUnbondRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoClaimableUnbondRequest()
func IStakeHubNoClaimableUnbondRequestErrorID() common.Hash {
	return common.HexToHash("0x0f3638248517e52244e940161ad746f559683cd453c2da97a227c1cba557b528")
}

// UnpackNoClaimableUnbondRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoClaimableUnbondRequest()
func (iStakeHub *IStakeHub) UnpackNoClaimableUnbondRequestError(raw []byte) (*IStakeHubNoClaimableUnbondRequest, error) {
	out := new(IStakeHubNoClaimableUnbondRequest)
	if err := iStakeHub.abi.UnpackIntoInterface(out, "NoClaimableUnbondRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakeHubOnlySelfDelegation represents a OnlySelfDelegation error raised by the IStakeHub contract.
type IStakeHubOnlySelfDelegation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlySelfDelegation()
func IStakeHubOnlySelfDelegationErrorID() common.Hash {
	return common.HexToHash("0x6468920348db33a89cf6138166886d16dc5ecdd2204141b0dfa32f06925e1ac1")
}

// UnpackOnlySelfDelegationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlySelfDelegation()
func (iStakeHub *IStakeHub) UnpackOnlySelfDelegationError(raw []byte) (*IStakeHubOnlySelfDelegation, error) {
	out := new(IStakeHubOnlySelfDelegation)
	if err := iStakeHub.abi.UnpackIntoInterface(out, "OnlySelfDelegation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakeHubSameValidator represents a SameValidator error raised by the IStakeHub contract.
type IStakeHubSameValidator struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameValidator()
func IStakeHubSameValidatorErrorID() common.Hash {
	return common.HexToHash("0xf0e3e629345ca6b56cc07d2a6e60c4dfec6078f7d3a6ab415bfc88f37b31f2c1")
}

// UnpackSameValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameValidator()
func (iStakeHub *IStakeHub) UnpackSameValidatorError(raw []byte) (*IStakeHubSameValidator, error) {
	out := new(IStakeHubSameValidator)
	if err := iStakeHub.abi.UnpackIntoInterface(out, "SameValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakeHubStakeHubPaused represents a StakeHubPaused error raised by the IStakeHub contract.
type IStakeHubStakeHubPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeHubPaused()
func IStakeHubStakeHubPausedErrorID() common.Hash {
	return common.HexToHash("0xd7485e8f88d53f062aca1c34b924b3d38c02651469df9e3ac5ee72a5f238c5bc")
}

// UnpackStakeHubPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeHubPaused()
func (iStakeHub *IStakeHub) UnpackStakeHubPausedError(raw []byte) (*IStakeHubStakeHubPaused, error) {
	out := new(IStakeHubStakeHubPaused)
	if err := iStakeHub.abi.UnpackIntoInterface(out, "StakeHubPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakeHubValidatorNotExisted represents a ValidatorNotExisted error raised by the IStakeHub contract.
type IStakeHubValidatorNotExisted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorNotExisted()
func IStakeHubValidatorNotExistedErrorID() common.Hash {
	return common.HexToHash("0x056e88110d903f8a07773b1812174e44a7b02c2ec58d232231140aa5f85f222b")
}

// UnpackValidatorNotExistedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorNotExisted()
func (iStakeHub *IStakeHub) UnpackValidatorNotExistedError(raw []byte) (*IStakeHubValidatorNotExisted, error) {
	out := new(IStakeHubValidatorNotExisted)
	if err := iStakeHub.abi.UnpackIntoInterface(out, "ValidatorNotExisted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakeHubZeroShares represents a ZeroShares error raised by the IStakeHub contract.
type IStakeHubZeroShares struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroShares()
func IStakeHubZeroSharesErrorID() common.Hash {
	return common.HexToHash("0x9811e0c7eeca2ee0fa751e2e19d78682ad689ea04816cfe0cf1c5863234abd3f")
}

// UnpackZeroSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroShares()
func (iStakeHub *IStakeHub) UnpackZeroSharesError(raw []byte) (*IStakeHubZeroShares, error) {
	out := new(IStakeHubZeroShares)
	if err := iStakeHub.abi.UnpackIntoInterface(out, "ZeroShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakeManagerMetaData contains all meta data concerning the IStakeManager contract.
var IStakeManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NFTCounter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"}],\"name\":\"delegatedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"}],\"name\":\"delegatorsReward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"}],\"name\":\"getValidatorContract\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"}],\"name\":\"isValidator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromValidatorId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toValidatorId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"migrateDelegation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"}],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"activationEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deactivationEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jailTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"commissionRate\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lastCommissionUpdate\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"delegatorsReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"delegatedAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"initialRewardPerStake\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "9374565d33ac631f957a0b62e72125de19",
}

// IStakeManager is an auto generated Go binding around an Ethereum contract.
type IStakeManager struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IStakeManager) GetABI() abi.ABI {
	return c.abi
}

// NewIStakeManager creates a new instance of IStakeManager.
func NewIStakeManager() *IStakeManager {
	parsed, err := IStakeManagerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IStakeManager{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IStakeManager) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackNFTCounter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5508d8e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NFTCounter() view returns(uint256)
func (iStakeManager *IStakeManager) PackNFTCounter() []byte {
	enc, err := iStakeManager.abi.Pack("NFTCounter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNFTCounter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5508d8e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NFTCounter() view returns(uint256)
func (iStakeManager *IStakeManager) TryPackNFTCounter() ([]byte, error) {
	return iStakeManager.abi.Pack("NFTCounter")
}

// UnpackNFTCounter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5508d8e1.
//
// Solidity: function NFTCounter() view returns(uint256)
func (iStakeManager *IStakeManager) UnpackNFTCounter(data []byte) (*big.Int, error) {
	out, err := iStakeManager.abi.Unpack("NFTCounter", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint256)
func (iStakeManager *IStakeManager) PackCurrentEpoch() []byte {
	enc, err := iStakeManager.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint256)
func (iStakeManager *IStakeManager) TryPackCurrentEpoch() ([]byte, error) {
	return iStakeManager.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (iStakeManager *IStakeManager) UnpackCurrentEpoch(data []byte) (*big.Int, error) {
	out, err := iStakeManager.abi.Unpack("currentEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDelegatedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f4b4323.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegatedAmount(uint256 validatorId) view returns(uint256)
func (iStakeManager *IStakeManager) PackDelegatedAmount(validatorId *big.Int) []byte {
	enc, err := iStakeManager.abi.Pack("delegatedAmount", validatorId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegatedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f4b4323.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegatedAmount(uint256 validatorId) view returns(uint256)
func (iStakeManager *IStakeManager) TryPackDelegatedAmount(validatorId *big.Int) ([]byte, error) {
	return iStakeManager.abi.Pack("delegatedAmount", validatorId)
}

// UnpackDelegatedAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f4b4323.
//
// Solidity: function delegatedAmount(uint256 validatorId) view returns(uint256)
func (iStakeManager *IStakeManager) UnpackDelegatedAmount(data []byte) (*big.Int, error) {
	out, err := iStakeManager.abi.Unpack("delegatedAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDelegatorsReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39610f78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegatorsReward(uint256 validatorId) view returns(uint256)
func (iStakeManager *IStakeManager) PackDelegatorsReward(validatorId *big.Int) []byte {
	enc, err := iStakeManager.abi.Pack("delegatorsReward", validatorId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegatorsReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39610f78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegatorsReward(uint256 validatorId) view returns(uint256)
func (iStakeManager *IStakeManager) TryPackDelegatorsReward(validatorId *big.Int) ([]byte, error) {
	return iStakeManager.abi.Pack("delegatorsReward", validatorId)
}

// UnpackDelegatorsReward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39610f78.
//
// Solidity: function delegatorsReward(uint256 validatorId) view returns(uint256)
func (iStakeManager *IStakeManager) UnpackDelegatorsReward(data []byte) (*big.Int, error) {
	out, err := iStakeManager.abi.Unpack("delegatorsReward", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint256)
func (iStakeManager *IStakeManager) PackEpoch() []byte {
	enc, err := iStakeManager.abi.Pack("epoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epoch() view returns(uint256)
func (iStakeManager *IStakeManager) TryPackEpoch() ([]byte, error) {
	return iStakeManager.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint256)
func (iStakeManager *IStakeManager) UnpackEpoch(data []byte) (*big.Int, error) {
	out, err := iStakeManager.abi.Unpack("epoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetValidatorContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56342d8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorContract(uint256 validatorId) view returns(address)
func (iStakeManager *IStakeManager) PackGetValidatorContract(validatorId *big.Int) []byte {
	enc, err := iStakeManager.abi.Pack("getValidatorContract", validatorId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56342d8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorContract(uint256 validatorId) view returns(address)
func (iStakeManager *IStakeManager) TryPackGetValidatorContract(validatorId *big.Int) ([]byte, error) {
	return iStakeManager.abi.Pack("getValidatorContract", validatorId)
}

// UnpackGetValidatorContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56342d8c.
//
// Solidity: function getValidatorContract(uint256 validatorId) view returns(address)
func (iStakeManager *IStakeManager) UnpackGetValidatorContract(data []byte) (common.Address, error) {
	out, err := iStakeManager.abi.Unpack("getValidatorContract", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2649263a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidator(uint256 validatorId) view returns(bool)
func (iStakeManager *IStakeManager) PackIsValidator(validatorId *big.Int) []byte {
	enc, err := iStakeManager.abi.Pack("isValidator", validatorId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2649263a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidator(uint256 validatorId) view returns(bool)
func (iStakeManager *IStakeManager) TryPackIsValidator(validatorId *big.Int) ([]byte, error) {
	return iStakeManager.abi.Pack("isValidator", validatorId)
}

// UnpackIsValidator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2649263a.
//
// Solidity: function isValidator(uint256 validatorId) view returns(bool)
func (iStakeManager *IStakeManager) UnpackIsValidator(data []byte) (bool, error) {
	out, err := iStakeManager.abi.Unpack("isValidator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMigrateDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb1ef52c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function migrateDelegation(uint256 fromValidatorId, uint256 toValidatorId, uint256 amount) returns()
func (iStakeManager *IStakeManager) PackMigrateDelegation(fromValidatorId *big.Int, toValidatorId *big.Int, amount *big.Int) []byte {
	enc, err := iStakeManager.abi.Pack("migrateDelegation", fromValidatorId, toValidatorId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMigrateDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb1ef52c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function migrateDelegation(uint256 fromValidatorId, uint256 toValidatorId, uint256 amount) returns()
func (iStakeManager *IStakeManager) TryPackMigrateDelegation(fromValidatorId *big.Int, toValidatorId *big.Int, amount *big.Int) ([]byte, error) {
	return iStakeManager.abi.Pack("migrateDelegation", fromValidatorId, toValidatorId, amount)
}

// PackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35aa2e44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validators(uint256 validatorId) view returns(uint256 amount, uint256 reward, uint256 activationEpoch, uint256 deactivationEpoch, uint256 jailTime, address signer, address contractAddress, uint8 status, uint256 commissionRate, uint256 lastCommissionUpdate, uint256 delegatorsReward, uint256 delegatedAmount, uint256 initialRewardPerStake)
func (iStakeManager *IStakeManager) PackValidators(validatorId *big.Int) []byte {
	enc, err := iStakeManager.abi.Pack("validators", validatorId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35aa2e44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validators(uint256 validatorId) view returns(uint256 amount, uint256 reward, uint256 activationEpoch, uint256 deactivationEpoch, uint256 jailTime, address signer, address contractAddress, uint8 status, uint256 commissionRate, uint256 lastCommissionUpdate, uint256 delegatorsReward, uint256 delegatedAmount, uint256 initialRewardPerStake)
func (iStakeManager *IStakeManager) TryPackValidators(validatorId *big.Int) ([]byte, error) {
	return iStakeManager.abi.Pack("validators", validatorId)
}

// ValidatorsOutput serves as a container for the return parameters of contract
// method Validators.
type ValidatorsOutput struct {
	Amount                *big.Int
	Reward                *big.Int
	ActivationEpoch       *big.Int
	DeactivationEpoch     *big.Int
	JailTime              *big.Int
	Signer                common.Address
	ContractAddress       common.Address
	Status                uint8
	CommissionRate        *big.Int
	LastCommissionUpdate  *big.Int
	DelegatorsReward      *big.Int
	DelegatedAmount       *big.Int
	InitialRewardPerStake *big.Int
}

// UnpackValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35aa2e44.
//
// Solidity: function validators(uint256 validatorId) view returns(uint256 amount, uint256 reward, uint256 activationEpoch, uint256 deactivationEpoch, uint256 jailTime, address signer, address contractAddress, uint8 status, uint256 commissionRate, uint256 lastCommissionUpdate, uint256 delegatorsReward, uint256 delegatedAmount, uint256 initialRewardPerStake)
func (iStakeManager *IStakeManager) UnpackValidators(data []byte) (ValidatorsOutput, error) {
	out, err := iStakeManager.abi.Unpack("validators", data)
	outstruct := new(ValidatorsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reward = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ActivationEpoch = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.DeactivationEpoch = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.JailTime = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.Signer = *abi.ConvertType(out[5], new(common.Address)).(*common.Address)
	outstruct.ContractAddress = *abi.ConvertType(out[6], new(common.Address)).(*common.Address)
	outstruct.Status = *abi.ConvertType(out[7], new(uint8)).(*uint8)
	outstruct.CommissionRate = abi.ConvertType(out[8], new(big.Int)).(*big.Int)
	outstruct.LastCommissionUpdate = abi.ConvertType(out[9], new(big.Int)).(*big.Int)
	outstruct.DelegatorsReward = abi.ConvertType(out[10], new(big.Int)).(*big.Int)
	outstruct.DelegatedAmount = abi.ConvertType(out[11], new(big.Int)).(*big.Int)
	outstruct.InitialRewardPerStake = abi.ConvertType(out[12], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ab6961.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalDelay() view returns(uint256)
func (iStakeManager *IStakeManager) PackWithdrawalDelay() []byte {
	enc, err := iStakeManager.abi.Pack("withdrawalDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ab6961.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalDelay() view returns(uint256)
func (iStakeManager *IStakeManager) TryPackWithdrawalDelay() ([]byte, error) {
	return iStakeManager.abi.Pack("withdrawalDelay")
}

// UnpackWithdrawalDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7ab6961.
//
// Solidity: function withdrawalDelay() view returns(uint256)
func (iStakeManager *IStakeManager) UnpackWithdrawalDelay(data []byte) (*big.Int, error) {
	out, err := iStakeManager.abi.Unpack("withdrawalDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IStakingInfoMetaData contains all meta data concerning the IStakingInfo contract.
var IStakingInfoMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rewards\",\"type\":\"uint256\"}],\"name\":\"DelegatorClaimedRewards\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"totalStaked\",\"type\":\"uint256\"}],\"name\":\"DelegatorRestaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DelegatorUnstaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exitEpoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"Jailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"}],\"name\":\"ShareBurned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"}],\"name\":\"ShareMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"newAmount\",\"type\":\"uint256\"}],\"name\":\"StakeUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnJailed\",\"type\":\"event\"}]",
	ID:  "d731732e9ca8bd2f24a339e7497c5b20ef",
}

// IStakingInfo is an auto generated Go binding around an Ethereum contract.
type IStakingInfo struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IStakingInfo) GetABI() abi.ABI {
	return c.abi
}

// NewIStakingInfo creates a new instance of IStakingInfo.
func NewIStakingInfo() *IStakingInfo {
	parsed, err := IStakingInfoMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IStakingInfo{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IStakingInfo) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// IStakingInfoDelegatorClaimedRewards represents a DelegatorClaimedRewards event raised by the IStakingInfo contract.
type IStakingInfoDelegatorClaimedRewards struct {
	ValidatorId *big.Int
	User        common.Address
	Rewards     *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IStakingInfoDelegatorClaimedRewardsEventName = "DelegatorClaimedRewards"

// ContractEventName returns the user-defined event name.
func (IStakingInfoDelegatorClaimedRewards) ContractEventName() string {
	return IStakingInfoDelegatorClaimedRewardsEventName
}

// UnpackDelegatorClaimedRewardsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegatorClaimedRewards(uint256 indexed validatorId, address indexed user, uint256 indexed rewards)
func (iStakingInfo *IStakingInfo) UnpackDelegatorClaimedRewardsEvent(log *types.Log) (*IStakingInfoDelegatorClaimedRewards, error) {
	event := "DelegatorClaimedRewards"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingInfoDelegatorClaimedRewards)
	if len(log.Data) > 0 {
		if err := iStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakingInfo.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakingInfoDelegatorRestaked represents a DelegatorRestaked event raised by the IStakingInfo contract.
type IStakingInfoDelegatorRestaked struct {
	ValidatorId *big.Int
	User        common.Address
	TotalStaked *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IStakingInfoDelegatorRestakedEventName = "DelegatorRestaked"

// ContractEventName returns the user-defined event name.
func (IStakingInfoDelegatorRestaked) ContractEventName() string {
	return IStakingInfoDelegatorRestakedEventName
}

// UnpackDelegatorRestakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegatorRestaked(uint256 indexed validatorId, address indexed user, uint256 indexed totalStaked)
func (iStakingInfo *IStakingInfo) UnpackDelegatorRestakedEvent(log *types.Log) (*IStakingInfoDelegatorRestaked, error) {
	event := "DelegatorRestaked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingInfoDelegatorRestaked)
	if len(log.Data) > 0 {
		if err := iStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakingInfo.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakingInfoDelegatorUnstaked represents a DelegatorUnstaked event raised by the IStakingInfo contract.
type IStakingInfoDelegatorUnstaked struct {
	ValidatorId *big.Int
	User        common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IStakingInfoDelegatorUnstakedEventName = "DelegatorUnstaked"

// ContractEventName returns the user-defined event name.
func (IStakingInfoDelegatorUnstaked) ContractEventName() string {
	return IStakingInfoDelegatorUnstakedEventName
}

// UnpackDelegatorUnstakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegatorUnstaked(uint256 indexed validatorId, address indexed user, uint256 amount)
func (iStakingInfo *IStakingInfo) UnpackDelegatorUnstakedEvent(log *types.Log) (*IStakingInfoDelegatorUnstaked, error) {
	event := "DelegatorUnstaked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingInfoDelegatorUnstaked)
	if len(log.Data) > 0 {
		if err := iStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakingInfo.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakingInfoJailed represents a Jailed event raised by the IStakingInfo contract.
type IStakingInfoJailed struct {
	ValidatorId *big.Int
	ExitEpoch   *big.Int
	Signer      common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const IStakingInfoJailedEventName = "Jailed"

// ContractEventName returns the user-defined event name.
func (IStakingInfoJailed) ContractEventName() string {
	return IStakingInfoJailedEventName
}

// UnpackJailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Jailed(uint256 indexed validatorId, uint256 indexed exitEpoch, address indexed signer)
func (iStakingInfo *IStakingInfo) UnpackJailedEvent(log *types.Log) (*IStakingInfoJailed, error) {
	event := "Jailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingInfoJailed)
	if len(log.Data) > 0 {
		if err := iStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakingInfo.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakingInfoShareBurned represents a ShareBurned event raised by the IStakingInfo contract.
type IStakingInfoShareBurned struct {
	ValidatorId *big.Int
	User        common.Address
	Amount      *big.Int
	Tokens      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IStakingInfoShareBurnedEventName = "ShareBurned"

// ContractEventName returns the user-defined event name.
func (IStakingInfoShareBurned) ContractEventName() string {
	return IStakingInfoShareBurnedEventName
}

// UnpackShareBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShareBurned(uint256 indexed validatorId, address indexed user, uint256 indexed amount, uint256 tokens)
func (iStakingInfo *IStakingInfo) UnpackShareBurnedEvent(log *types.Log) (*IStakingInfoShareBurned, error) {
	event := "ShareBurned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingInfoShareBurned)
	if len(log.Data) > 0 {
		if err := iStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakingInfo.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakingInfoShareMinted represents a ShareMinted event raised by the IStakingInfo contract.
type IStakingInfoShareMinted struct {
	ValidatorId *big.Int
	User        common.Address
	Amount      *big.Int
	Tokens      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IStakingInfoShareMintedEventName = "ShareMinted"

// ContractEventName returns the user-defined event name.
func (IStakingInfoShareMinted) ContractEventName() string {
	return IStakingInfoShareMintedEventName
}

// UnpackShareMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShareMinted(uint256 indexed validatorId, address indexed user, uint256 indexed amount, uint256 tokens)
func (iStakingInfo *IStakingInfo) UnpackShareMintedEvent(log *types.Log) (*IStakingInfoShareMinted, error) {
	event := "ShareMinted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingInfoShareMinted)
	if len(log.Data) > 0 {
		if err := iStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakingInfo.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakingInfoStakeUpdate represents a StakeUpdate event raised by the IStakingInfo contract.
type IStakingInfoStakeUpdate struct {
	ValidatorId *big.Int
	Nonce       *big.Int
	NewAmount   *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IStakingInfoStakeUpdateEventName = "StakeUpdate"

// ContractEventName returns the user-defined event name.
func (IStakingInfoStakeUpdate) ContractEventName() string {
	return IStakingInfoStakeUpdateEventName
}

// UnpackStakeUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeUpdate(uint256 indexed validatorId, uint256 indexed nonce, uint256 indexed newAmount)
func (iStakingInfo *IStakingInfo) UnpackStakeUpdateEvent(log *types.Log) (*IStakingInfoStakeUpdate, error) {
	event := "StakeUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingInfoStakeUpdate)
	if len(log.Data) > 0 {
		if err := iStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakingInfo.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IStakingInfoUnJailed represents a UnJailed event raised by the IStakingInfo contract.
type IStakingInfoUnJailed struct {
	ValidatorId *big.Int
	Signer      common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const IStakingInfoUnJailedEventName = "UnJailed"

// ContractEventName returns the user-defined event name.
func (IStakingInfoUnJailed) ContractEventName() string {
	return IStakingInfoUnJailedEventName
}

// UnpackUnJailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnJailed(uint256 indexed validatorId, address indexed signer)
func (iStakingInfo *IStakingInfo) UnpackUnJailedEvent(log *types.Log) (*IStakingInfoUnJailed, error) {
	event := "UnJailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingInfoUnJailed)
	if len(log.Data) > 0 {
		if err := iStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStakingInfo.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IValidatorShareMetaData contains all meta data concerning the IValidatorShare contract.
var IValidatorShareMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_minSharesToMint\",\"type\":\"uint256\"}],\"name\":\"buyVoucherPOL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amountToDeposit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"delegation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exchangeRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getLiquidRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getTotalStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"restakePOL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amountRestaked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidReward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maximumSharesToBurn\",\"type\":\"uint256\"}],\"name\":\"sellVoucher_newPOL\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"unbondNonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"unbonds_new\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawEpoch\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unbondNonce\",\"type\":\"uint256\"}],\"name\":\"unstakeClaimTokens_newPOL\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawExchangeRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawRewardsPOL\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "50bb4783f4a5ac781a9bcd6e962544d924",
}

// IValidatorShare is an auto generated Go binding around an Ethereum contract.
type IValidatorShare struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IValidatorShare) GetABI() abi.ABI {
	return c.abi
}

// NewIValidatorShare creates a new instance of IValidatorShare.
func NewIValidatorShare() *IValidatorShare {
	parsed, err := IValidatorShareMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IValidatorShare{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IValidatorShare) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iValidatorShare *IValidatorShare) PackBalanceOf(account common.Address) []byte {
	enc, err := iValidatorShare.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iValidatorShare *IValidatorShare) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return iValidatorShare.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iValidatorShare *IValidatorShare) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := iValidatorShare.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBuyVoucherPOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4457a8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyVoucherPOL(uint256 _amount, uint256 _minSharesToMint) returns(uint256 amountToDeposit)
func (iValidatorShare *IValidatorShare) PackBuyVoucherPOL(amount *big.Int, minSharesToMint *big.Int) []byte {
	enc, err := iValidatorShare.abi.Pack("buyVoucherPOL", amount, minSharesToMint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyVoucherPOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4457a8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyVoucherPOL(uint256 _amount, uint256 _minSharesToMint) returns(uint256 amountToDeposit)
func (iValidatorShare *IValidatorShare) TryPackBuyVoucherPOL(amount *big.Int, minSharesToMint *big.Int) ([]byte, error) {
	return iValidatorShare.abi.Pack("buyVoucherPOL", amount, minSharesToMint)
}

// UnpackBuyVoucherPOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4457a8a.
//
// Solidity: function buyVoucherPOL(uint256 _amount, uint256 _minSharesToMint) returns(uint256 amountToDeposit)
func (iValidatorShare *IValidatorShare) UnpackBuyVoucherPOL(data []byte) (*big.Int, error) {
	out, err := iValidatorShare.abi.Unpack("buyVoucherPOL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf5cf723.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegation() view returns(bool)
func (iValidatorShare *IValidatorShare) PackDelegation() []byte {
	enc, err := iValidatorShare.abi.Pack("delegation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf5cf723.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegation() view returns(bool)
func (iValidatorShare *IValidatorShare) TryPackDelegation() ([]byte, error) {
	return iValidatorShare.abi.Pack("delegation")
}

// UnpackDelegation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf5cf723.
//
// Solidity: function delegation() view returns(bool)
func (iValidatorShare *IValidatorShare) UnpackDelegation(data []byte) (bool, error) {
	out, err := iValidatorShare.abi.Unpack("delegation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackExchangeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ba0b9a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exchangeRate() view returns(uint256)
func (iValidatorShare *IValidatorShare) PackExchangeRate() []byte {
	enc, err := iValidatorShare.abi.Pack("exchangeRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExchangeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ba0b9a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exchangeRate() view returns(uint256)
func (iValidatorShare *IValidatorShare) TryPackExchangeRate() ([]byte, error) {
	return iValidatorShare.abi.Pack("exchangeRate")
}

// UnpackExchangeRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ba0b9a9.
//
// Solidity: function exchangeRate() view returns(uint256)
func (iValidatorShare *IValidatorShare) UnpackExchangeRate(data []byte) (*big.Int, error) {
	out, err := iValidatorShare.abi.Unpack("exchangeRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetLiquidRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x676e5550.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getLiquidRewards(address user) view returns(uint256)
func (iValidatorShare *IValidatorShare) PackGetLiquidRewards(user common.Address) []byte {
	enc, err := iValidatorShare.abi.Pack("getLiquidRewards", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetLiquidRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x676e5550.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getLiquidRewards(address user) view returns(uint256)
func (iValidatorShare *IValidatorShare) TryPackGetLiquidRewards(user common.Address) ([]byte, error) {
	return iValidatorShare.abi.Pack("getLiquidRewards", user)
}

// UnpackGetLiquidRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x676e5550.
//
// Solidity: function getLiquidRewards(address user) view returns(uint256)
func (iValidatorShare *IValidatorShare) UnpackGetLiquidRewards(data []byte) (*big.Int, error) {
	out, err := iValidatorShare.abi.Unpack("getLiquidRewards", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetTotalStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e7ff8f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTotalStake(address user) view returns(uint256, uint256)
func (iValidatorShare *IValidatorShare) PackGetTotalStake(user common.Address) []byte {
	enc, err := iValidatorShare.abi.Pack("getTotalStake", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTotalStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e7ff8f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTotalStake(address user) view returns(uint256, uint256)
func (iValidatorShare *IValidatorShare) TryPackGetTotalStake(user common.Address) ([]byte, error) {
	return iValidatorShare.abi.Pack("getTotalStake", user)
}

// GetTotalStakeOutput serves as a container for the return parameters of contract
// method GetTotalStake.
type GetTotalStakeOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackGetTotalStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e7ff8f6.
//
// Solidity: function getTotalStake(address user) view returns(uint256, uint256)
func (iValidatorShare *IValidatorShare) UnpackGetTotalStake(data []byte) (GetTotalStakeOutput, error) {
	out, err := iValidatorShare.abi.Unpack("getTotalStake", data)
	outstruct := new(GetTotalStakeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRestakePOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ad5f5a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function restakePOL() returns(uint256 amountRestaked, uint256 liquidReward)
func (iValidatorShare *IValidatorShare) PackRestakePOL() []byte {
	enc, err := iValidatorShare.abi.Pack("restakePOL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRestakePOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ad5f5a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function restakePOL() returns(uint256 amountRestaked, uint256 liquidReward)
func (iValidatorShare *IValidatorShare) TryPackRestakePOL() ([]byte, error) {
	return iValidatorShare.abi.Pack("restakePOL")
}

// RestakePOLOutput serves as a container for the return parameters of contract
// method RestakePOL.
type RestakePOLOutput struct {
	AmountRestaked *big.Int
	LiquidReward   *big.Int
}

// UnpackRestakePOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ad5f5a4.
//
// Solidity: function restakePOL() returns(uint256 amountRestaked, uint256 liquidReward)
func (iValidatorShare *IValidatorShare) UnpackRestakePOL(data []byte) (RestakePOLOutput, error) {
	out, err := iValidatorShare.abi.Unpack("restakePOL", data)
	outstruct := new(RestakePOLOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AmountRestaked = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.LiquidReward = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSellVoucherNewPOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe570b78b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sellVoucher_newPOL(uint256 claimAmount, uint256 maximumSharesToBurn) returns()
func (iValidatorShare *IValidatorShare) PackSellVoucherNewPOL(claimAmount *big.Int, maximumSharesToBurn *big.Int) []byte {
	enc, err := iValidatorShare.abi.Pack("sellVoucher_newPOL", claimAmount, maximumSharesToBurn)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSellVoucherNewPOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe570b78b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sellVoucher_newPOL(uint256 claimAmount, uint256 maximumSharesToBurn) returns()
func (iValidatorShare *IValidatorShare) TryPackSellVoucherNewPOL(claimAmount *big.Int, maximumSharesToBurn *big.Int) ([]byte, error) {
	return iValidatorShare.abi.Pack("sellVoucher_newPOL", claimAmount, maximumSharesToBurn)
}

// PackUnbondNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3046c204.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondNonces(address user) view returns(uint256)
func (iValidatorShare *IValidatorShare) PackUnbondNonces(user common.Address) []byte {
	enc, err := iValidatorShare.abi.Pack("unbondNonces", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3046c204.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondNonces(address user) view returns(uint256)
func (iValidatorShare *IValidatorShare) TryPackUnbondNonces(user common.Address) ([]byte, error) {
	return iValidatorShare.abi.Pack("unbondNonces", user)
}

// UnpackUnbondNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3046c204.
//
// Solidity: function unbondNonces(address user) view returns(uint256)
func (iValidatorShare *IValidatorShare) UnpackUnbondNonces(data []byte) (*big.Int, error) {
	out, err := iValidatorShare.abi.Unpack("unbondNonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondsNew is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x795be587.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbonds_new(address user, uint256 nonce) view returns(uint256 shares, uint256 withdrawEpoch)
func (iValidatorShare *IValidatorShare) PackUnbondsNew(user common.Address, nonce *big.Int) []byte {
	enc, err := iValidatorShare.abi.Pack("unbonds_new", user, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondsNew is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x795be587.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbonds_new(address user, uint256 nonce) view returns(uint256 shares, uint256 withdrawEpoch)
func (iValidatorShare *IValidatorShare) TryPackUnbondsNew(user common.Address, nonce *big.Int) ([]byte, error) {
	return iValidatorShare.abi.Pack("unbonds_new", user, nonce)
}

// UnbondsNewOutput serves as a container for the return parameters of contract
// method UnbondsNew.
type UnbondsNewOutput struct {
	Shares        *big.Int
	WithdrawEpoch *big.Int
}

// UnpackUnbondsNew is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x795be587.
//
// Solidity: function unbonds_new(address user, uint256 nonce) view returns(uint256 shares, uint256 withdrawEpoch)
func (iValidatorShare *IValidatorShare) UnpackUnbondsNew(data []byte) (UnbondsNewOutput, error) {
	out, err := iValidatorShare.abi.Unpack("unbonds_new", data)
	outstruct := new(UnbondsNewOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Shares = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.WithdrawEpoch = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackUnstakeClaimTokensNewPOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8759c234.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstakeClaimTokens_newPOL(uint256 unbondNonce) returns()
func (iValidatorShare *IValidatorShare) PackUnstakeClaimTokensNewPOL(unbondNonce *big.Int) []byte {
	enc, err := iValidatorShare.abi.Pack("unstakeClaimTokens_newPOL", unbondNonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnstakeClaimTokensNewPOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8759c234.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unstakeClaimTokens_newPOL(uint256 unbondNonce) returns()
func (iValidatorShare *IValidatorShare) TryPackUnstakeClaimTokensNewPOL(unbondNonce *big.Int) ([]byte, error) {
	return iValidatorShare.abi.Pack("unstakeClaimTokens_newPOL", unbondNonce)
}

// PackValidatorId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c5f7dae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorId() view returns(uint256)
func (iValidatorShare *IValidatorShare) PackValidatorId() []byte {
	enc, err := iValidatorShare.abi.Pack("validatorId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c5f7dae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorId() view returns(uint256)
func (iValidatorShare *IValidatorShare) TryPackValidatorId() ([]byte, error) {
	return iValidatorShare.abi.Pack("validatorId")
}

// UnpackValidatorId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c5f7dae.
//
// Solidity: function validatorId() view returns(uint256)
func (iValidatorShare *IValidatorShare) UnpackValidatorId(data []byte) (*big.Int, error) {
	out, err := iValidatorShare.abi.Unpack("validatorId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawExchangeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfb18f29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawExchangeRate() view returns(uint256)
func (iValidatorShare *IValidatorShare) PackWithdrawExchangeRate() []byte {
	enc, err := iValidatorShare.abi.Pack("withdrawExchangeRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawExchangeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfb18f29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawExchangeRate() view returns(uint256)
func (iValidatorShare *IValidatorShare) TryPackWithdrawExchangeRate() ([]byte, error) {
	return iValidatorShare.abi.Pack("withdrawExchangeRate")
}

// UnpackWithdrawExchangeRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbfb18f29.
//
// Solidity: function withdrawExchangeRate() view returns(uint256)
func (iValidatorShare *IValidatorShare) UnpackWithdrawExchangeRate(data []byte) (*big.Int, error) {
	out, err := iValidatorShare.abi.Unpack("withdrawExchangeRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawRewardsPOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0db556b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawRewardsPOL() returns()
func (iValidatorShare *IValidatorShare) PackWithdrawRewardsPOL() []byte {
	enc, err := iValidatorShare.abi.Pack("withdrawRewardsPOL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawRewardsPOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0db556b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawRewardsPOL() returns()
func (iValidatorShare *IValidatorShare) TryPackWithdrawRewardsPOL() ([]byte, error) {
	return iValidatorShare.abi.Pack("withdrawRewardsPOL")
}
