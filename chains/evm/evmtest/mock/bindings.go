// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package mock

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

// MockAxsManagerMetaData contains all meta data concerning the MockAxsManager contract.
var MockAxsManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"_rewardToken\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"canObtainRewards\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getPendingRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minClaimedTimeWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"oldStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newStake\",\"type\":\"uint256\"}],\"name\":\"onStakeChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"rewardPerBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"syncPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"w\",\"type\":\"uint256\"}],\"name\":\"testSetMinClaimedTimeWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"perBlock\",\"type\":\"uint256\"}],\"name\":\"testSetRewardPerBlock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"userRewardInfo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "7b5f99b5da4121ea01981d4801fb417e1e",
	Bin: "0x60a0604052620151805f553480156014575f5ffd5b5060405161097e38038061097e8339810160408190526031916041565b6001600160a01b0316608052606c565b5f602082840312156050575f5ffd5b81516001600160a01b03811681146065575f5ffd5b9392505050565b6080516108f361008b5f395f81816101df015261047101526108f35ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c80638fb2e2c21161006e5780638fb2e2c21461016b578063aad3ec961461017e578063b499144914610191578063d96f0723146101a4578063f246b17d146101c7578063f7c618c1146101da575f5ffd5b80630cb5503b146100aa5780633c0629b0146100dc57806366993646146100f0578063713124aa146101505780637a27db5714610158575b5f5ffd5b6100c96100b836600461078d565b60016020525f908152604090205481565b6040519081526020015b60405180910390f35b6100ee6100ea3660046107ad565b5f55565b005b6101356100fe3660046107c4565b6001600160a01b039182165f9081526004602090815260408083209390941682529190915220805460018201546002909201549092565b604080519384526020840192909252908201526060016100d3565b6100c95f5481565b6100c96101663660046107c4565b610219565b6100ee61017936600461078d565b6102f0565b6100c961018c3660046107f5565b610322565b6100ee61019f36600461081d565b610528565b6101b76101b23660046107c4565b6105e3565b60405190151581526020016100d3565b6100ee6101d53660046107f5565b610621565b6102017f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100d3565b6001600160a01b038281165f818152600460208181526040808420958716808552959091528083209051633a1b1ed560e11b81529182019490945290929183916374363daa90602401602060405180830381865afa15801561027d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102a1919061084d565b8254909150670de0b6b3a76400006102b887610645565b6102c29084610878565b6102cc919061088f565b83600101546102db91906108ae565b6102e591906108c1565b925050505b92915050565b6102f981610645565b6001600160a01b039091165f908152600260209081526040808320939093556003905220439055565b5f3361032e81856105e3565b6103905760405162461bcd60e51b815260206004820152602860248201527f5374616b696e674d616e616765723a2063616e6e6f7420636c61696d20726577604482015267185c991cc81e595d60c21b60648201526084015b60405180910390fd5b610399816102f0565b6001600160a01b038082165f81815260046020908152604080832094891683529381528382208054938352600290915292902054670de0b6b3a7640000906103e19087610878565b6103eb919061088f565b82600101546103fa91906108ae565b61040491906108c1565b5f600183018190556001600160a01b038416815260026020526040902054909350670de0b6b3a7640000906104399086610878565b610443919061088f565b815542600282015560405163a9059cbb60e01b81526001600160a01b038681166004830152602482018590527f0000000000000000000000000000000000000000000000000000000000000000169063a9059cbb906044016020604051808303815f875af11580156104b7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104db91906108d4565b6105205760405162461bcd60e51b81526020600482015260166024820152751c995dd85c99081d1c985b9cd9995c8819985a5b195960521b6044820152606401610387565b505092915050565b33610532816102f0565b6001600160a01b038082165f81815260046020908152604080832094891683529381528382208054938352600290915292902054670de0b6b3a76400009061057a9087610878565b610584919061088f565b61058e91906108c1565b816001015f8282546105a091906108ae565b90915550506001600160a01b0382165f90815260026020526040902054670de0b6b3a7640000906105d19085610878565b6105db919061088f565b905550505050565b5f80546001600160a01b038085168352600460209081526040808520928616855291905282206002015461061791906108ae565b4210159392505050565b61062a826102f0565b6001600160a01b039091165f90815260016020526040902055565b6001600160a01b0381165f81815260026020908152604080832054815163187ba63760e21b815291519094926361ee98dc92600480820193918290030181865afa158015610695573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106b9919061084d565b6001600160a01b0384165f90815260036020526040902054909150431180156106e157505f81115b801561070357506001600160a01b0383165f9081526003602052604090205415155b1561076c576001600160a01b0383165f9081526001602090815260408083205460039092529091205482919061073990436108c1565b6107439190610878565b61075590670de0b6b3a7640000610878565b61075f919061088f565b61076990836108ae565b91505b50919050565b80356001600160a01b0381168114610788575f5ffd5b919050565b5f6020828403121561079d575f5ffd5b6107a682610772565b9392505050565b5f602082840312156107bd575f5ffd5b5035919050565b5f5f604083850312156107d5575f5ffd5b6107de83610772565b91506107ec60208401610772565b90509250929050565b5f5f60408385031215610806575f5ffd5b61080f83610772565b946020939093013593505050565b5f5f5f6060848603121561082f575f5ffd5b61083884610772565b95602085013595506040909401359392505050565b5f6020828403121561085d575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176102ea576102ea610864565b5f826108a957634e487b7160e01b5f52601260045260245ffd5b500490565b808201808211156102ea576102ea610864565b818103818111156102ea576102ea610864565b5f602082840312156108e4575f5ffd5b815180151581146107a6575f5ffd",
}

// MockAxsManager is an auto generated Go binding around an Ethereum contract.
type MockAxsManager struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockAxsManager) GetABI() abi.ABI {
	return c.abi
}

// NewMockAxsManager creates a new instance of MockAxsManager.
func NewMockAxsManager() *MockAxsManager {
	parsed, err := MockAxsManagerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockAxsManager{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockAxsManager) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _rewardToken) returns()
func (mockAxsManager *MockAxsManager) PackConstructor(_rewardToken common.Address) []byte {
	enc, err := mockAxsManager.abi.Pack("", _rewardToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCanObtainRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96f0723.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canObtainRewards(address pool, address user) view returns(bool)
func (mockAxsManager *MockAxsManager) PackCanObtainRewards(pool common.Address, user common.Address) []byte {
	enc, err := mockAxsManager.abi.Pack("canObtainRewards", pool, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanObtainRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96f0723.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canObtainRewards(address pool, address user) view returns(bool)
func (mockAxsManager *MockAxsManager) TryPackCanObtainRewards(pool common.Address, user common.Address) ([]byte, error) {
	return mockAxsManager.abi.Pack("canObtainRewards", pool, user)
}

// UnpackCanObtainRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd96f0723.
//
// Solidity: function canObtainRewards(address pool, address user) view returns(bool)
func (mockAxsManager *MockAxsManager) UnpackCanObtainRewards(data []byte) (bool, error) {
	out, err := mockAxsManager.abi.Unpack("canObtainRewards", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaad3ec96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address user, uint256 stake) returns(uint256 amount)
func (mockAxsManager *MockAxsManager) PackClaim(user common.Address, stake *big.Int) []byte {
	enc, err := mockAxsManager.abi.Pack("claim", user, stake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaad3ec96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address user, uint256 stake) returns(uint256 amount)
func (mockAxsManager *MockAxsManager) TryPackClaim(user common.Address, stake *big.Int) ([]byte, error) {
	return mockAxsManager.abi.Pack("claim", user, stake)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaad3ec96.
//
// Solidity: function claim(address user, uint256 stake) returns(uint256 amount)
func (mockAxsManager *MockAxsManager) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := mockAxsManager.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a27db57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPendingRewards(address pool, address user) view returns(uint256)
func (mockAxsManager *MockAxsManager) PackGetPendingRewards(pool common.Address, user common.Address) []byte {
	enc, err := mockAxsManager.abi.Pack("getPendingRewards", pool, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a27db57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPendingRewards(address pool, address user) view returns(uint256)
func (mockAxsManager *MockAxsManager) TryPackGetPendingRewards(pool common.Address, user common.Address) ([]byte, error) {
	return mockAxsManager.abi.Pack("getPendingRewards", pool, user)
}

// UnpackGetPendingRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a27db57.
//
// Solidity: function getPendingRewards(address pool, address user) view returns(uint256)
func (mockAxsManager *MockAxsManager) UnpackGetPendingRewards(data []byte) (*big.Int, error) {
	out, err := mockAxsManager.abi.Unpack("getPendingRewards", data)
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
func (mockAxsManager *MockAxsManager) PackMinClaimedTimeWindow() []byte {
	enc, err := mockAxsManager.abi.Pack("minClaimedTimeWindow")
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
func (mockAxsManager *MockAxsManager) TryPackMinClaimedTimeWindow() ([]byte, error) {
	return mockAxsManager.abi.Pack("minClaimedTimeWindow")
}

// UnpackMinClaimedTimeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x713124aa.
//
// Solidity: function minClaimedTimeWindow() view returns(uint256)
func (mockAxsManager *MockAxsManager) UnpackMinClaimedTimeWindow(data []byte) (*big.Int, error) {
	out, err := mockAxsManager.abi.Unpack("minClaimedTimeWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnStakeChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4991449.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onStakeChange(address user, uint256 oldStake, uint256 newStake) returns()
func (mockAxsManager *MockAxsManager) PackOnStakeChange(user common.Address, oldStake *big.Int, newStake *big.Int) []byte {
	enc, err := mockAxsManager.abi.Pack("onStakeChange", user, oldStake, newStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnStakeChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4991449.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onStakeChange(address user, uint256 oldStake, uint256 newStake) returns()
func (mockAxsManager *MockAxsManager) TryPackOnStakeChange(user common.Address, oldStake *big.Int, newStake *big.Int) ([]byte, error) {
	return mockAxsManager.abi.Pack("onStakeChange", user, oldStake, newStake)
}

// PackRewardPerBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cb5503b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPerBlock(address ) view returns(uint256)
func (mockAxsManager *MockAxsManager) PackRewardPerBlock(arg0 common.Address) []byte {
	enc, err := mockAxsManager.abi.Pack("rewardPerBlock", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardPerBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cb5503b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardPerBlock(address ) view returns(uint256)
func (mockAxsManager *MockAxsManager) TryPackRewardPerBlock(arg0 common.Address) ([]byte, error) {
	return mockAxsManager.abi.Pack("rewardPerBlock", arg0)
}

// UnpackRewardPerBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0cb5503b.
//
// Solidity: function rewardPerBlock(address ) view returns(uint256)
func (mockAxsManager *MockAxsManager) UnpackRewardPerBlock(data []byte) (*big.Int, error) {
	out, err := mockAxsManager.abi.Unpack("rewardPerBlock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRewardToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7c618c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardToken() view returns(address)
func (mockAxsManager *MockAxsManager) PackRewardToken() []byte {
	enc, err := mockAxsManager.abi.Pack("rewardToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7c618c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardToken() view returns(address)
func (mockAxsManager *MockAxsManager) TryPackRewardToken() ([]byte, error) {
	return mockAxsManager.abi.Pack("rewardToken")
}

// UnpackRewardToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7c618c1.
//
// Solidity: function rewardToken() view returns(address)
func (mockAxsManager *MockAxsManager) UnpackRewardToken(data []byte) (common.Address, error) {
	out, err := mockAxsManager.abi.Unpack("rewardToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSyncPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fb2e2c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function syncPool(address pool) returns()
func (mockAxsManager *MockAxsManager) PackSyncPool(pool common.Address) []byte {
	enc, err := mockAxsManager.abi.Pack("syncPool", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSyncPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fb2e2c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function syncPool(address pool) returns()
func (mockAxsManager *MockAxsManager) TryPackSyncPool(pool common.Address) ([]byte, error) {
	return mockAxsManager.abi.Pack("syncPool", pool)
}

// PackTestSetMinClaimedTimeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c0629b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSetMinClaimedTimeWindow(uint256 w) returns()
func (mockAxsManager *MockAxsManager) PackTestSetMinClaimedTimeWindow(w *big.Int) []byte {
	enc, err := mockAxsManager.abi.Pack("testSetMinClaimedTimeWindow", w)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSetMinClaimedTimeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c0629b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSetMinClaimedTimeWindow(uint256 w) returns()
func (mockAxsManager *MockAxsManager) TryPackTestSetMinClaimedTimeWindow(w *big.Int) ([]byte, error) {
	return mockAxsManager.abi.Pack("testSetMinClaimedTimeWindow", w)
}

// PackTestSetRewardPerBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf246b17d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSetRewardPerBlock(address pool, uint256 perBlock) returns()
func (mockAxsManager *MockAxsManager) PackTestSetRewardPerBlock(pool common.Address, perBlock *big.Int) []byte {
	enc, err := mockAxsManager.abi.Pack("testSetRewardPerBlock", pool, perBlock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSetRewardPerBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf246b17d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSetRewardPerBlock(address pool, uint256 perBlock) returns()
func (mockAxsManager *MockAxsManager) TryPackTestSetRewardPerBlock(pool common.Address, perBlock *big.Int) ([]byte, error) {
	return mockAxsManager.abi.Pack("testSetRewardPerBlock", pool, perBlock)
}

// PackUserRewardInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66993646.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function userRewardInfo(address pool, address user) view returns(uint256, uint256, uint256)
func (mockAxsManager *MockAxsManager) PackUserRewardInfo(pool common.Address, user common.Address) []byte {
	enc, err := mockAxsManager.abi.Pack("userRewardInfo", pool, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUserRewardInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66993646.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function userRewardInfo(address pool, address user) view returns(uint256, uint256, uint256)
func (mockAxsManager *MockAxsManager) TryPackUserRewardInfo(pool common.Address, user common.Address) ([]byte, error) {
	return mockAxsManager.abi.Pack("userRewardInfo", pool, user)
}

// UserRewardInfoOutput serves as a container for the return parameters of contract
// method UserRewardInfo.
type UserRewardInfoOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
}

// UnpackUserRewardInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66993646.
//
// Solidity: function userRewardInfo(address pool, address user) view returns(uint256, uint256, uint256)
func (mockAxsManager *MockAxsManager) UnpackUserRewardInfo(data []byte) (UserRewardInfoOutput, error) {
	out, err := mockAxsManager.abi.Unpack("userRewardInfo", data)
	outstruct := new(UserRewardInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// MockAxsPoolMetaData contains all meta data concerning the MockAxsPool contract.
var MockAxsPoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"_token\",\"type\":\"address\"},{\"internalType\":\"contractMockAxsManager\",\"name\":\"_manager\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"EmergencyUnstaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"RewardClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"Unstaked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"claimPendingRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emergencyUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getPendingRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRewardToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"getStakingAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getStakingToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getStakingTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"manager\",\"outputs\":[{\"internalType\":\"contractMockAxsManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"restakeRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"method\",\"type\":\"bytes4\"},{\"internalType\":\"bool\",\"name\":\"p\",\"type\":\"bool\"}],\"name\":\"testPause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"unstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "7a0d45b7b7e6eb0272213dd98c8db0edb6",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161108138038061108183398101604081905261002e9161005c565b6001600160a01b039182166080521660a052610094565b6001600160a01b0381168114610059575f5ffd5b50565b5f5f6040838503121561006d575f5ffd5b825161007881610045565b602084015190925061008981610045565b809150509250929050565b60805160a051610f5c6101255f395f818161011e01528181610532015281816107580152818161099901528181610c820152610d3001525f81816101df015281816102670152818161038e0152818161044d015281816105b6015281816106450152818161070801528181610810015281816108cf01528181610a1d01528181610b4c0152610c0f0152610f5c5ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c806374363daa11610093578063a694fc3a11610063578063a694fc3a14610203578063f62f719614610216578063f6ed20171461024f578063fc0c546a14610262575f5ffd5b806374363daa146101ae5780637589cf2f146101cd57806392bd7b2c146101d55780639f9106d1146101dd575f5ffd5b8063481c6a75116100ce578063481c6a751461011957806359237eba1461015d57806361ee98dc1461018f57806369940d79146101a6575f5ffd5b80632e17de78146100f457806335322f37146101095780633d8527ba14610111575b5f5ffd5b610107610102366004610dd7565b610289565b005b610107610499565b6101076104b3565b6101407f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61017f61016b366004610e0a565b60026020525f908152604090205460ff1681565b6040519015158152602001610154565b61019860015481565b604051908152602001610154565b610140610755565b6101986101bc366004610e41565b5f6020819052908152604090205481565b6101076107db565b61010761091a565b7f0000000000000000000000000000000000000000000000000000000000000000610140565b610107610211366004610dd7565b610a69565b610107610224366004610e69565b6001600160e01b0319919091165f908152600260205260409020805460ff1916911515919091179055565b61019861025d366004610e41565b610c5b565b6101407f000000000000000000000000000000000000000000000000000000000000000081565b6305c2fbcf60e31b5f81905260026020527fd5987baeccf9aaf4cb845815027859168275f106b657306f17873d17afe0f9155460ff16156102e55760405162461bcd60e51b81526004016102dc90610e9e565b60405180910390fd5b5f821180156103025750335f908152602081905260409020548211155b61034e5760405162461bcd60e51b815260206004820152601a60248201527f4178735374616b696e673a20696e76616c696420616d6f756e7400000000000060448201526064016102dc565b335f81815260208190526040902054610372919061036d908590610ee9565b610cf3565b60405163a9059cbb60e01b8152336004820152602481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a9059cbb906044016020604051808303815f875af11580156103dc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104009190610efc565b61043e5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b60448201526064016102dc565b60405182906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169033907fd8654fcc8cf5b36d30b3f5e4688fc78118e6d68de60b9994e09902268b57c3e3905f90a45050565b335f908152602081905260409020546104b190610289565b565b631ec293dd60e11b5f81905260026020527f90b910e6748bc39838546180c05d787826bdb276f4e1fc529401203ad7f4b8875460ff16156105065760405162461bcd60e51b81526004016102dc90610e9e565b335f81815260208190526040808220549051635569f64b60e11b815260048101939093526024830152907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063aad3ec96906044016020604051808303815f875af1158015610580573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105a49190610f17565b60405190915081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169033907f0aa4d283470c904c551d18bb894d37e17674920f3261a7f854be501e25f421b7905f90a4801561075157335f81815260208190526040902054610623919061036d908490610f2e565b6040516323b872dd60e01b8152336004820152306024820152604481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906323b872dd906064016020604051808303815f875af1158015610693573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106b79190610efc565b6106f95760405162461bcd60e51b81526020600482015260136024820152721d1c985b9cd9995c919c9bdb4819985a5b1959606a1b60448201526064016102dc565b60405181906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169033907f5dac0c1b1112564a045ba943c9d50270893e8e826c49be8e7073adc713ab7bd7905f90a45b5050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f7c618c16040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107b2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107d69190610f41565b905090565b335f81815260208190526040812054916107f491610cf3565b60405163a9059cbb60e01b8152336004820152602481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a9059cbb906044016020604051808303815f875af115801561085e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108829190610efc565b6108c05760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b60448201526064016102dc565b60405181906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169033907f589526ce978dd18660ed3d203132d4f86762231a31e8fe21896e2ee637069551905f90a450565b6324af5ecb60e21b5f81905260026020527f6cf71e4dbbf8d030921ef3417dbbabeef6616528406eb7e1996a2134ae8fbf875460ff161561096d5760405162461bcd60e51b81526004016102dc90610e9e565b335f81815260208190526040808220549051635569f64b60e11b815260048101939093526024830152907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063aad3ec96906044016020604051808303815f875af11580156109e7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a0b9190610f17565b60405190915081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169033907f0aa4d283470c904c551d18bb894d37e17674920f3261a7f854be501e25f421b7905f90a45050565b63534a7e1d60e11b5f81905260026020527f015a0462536ba60926f02e9ceb2246ec3cbd5a5835535918247ba1350f4e195c5460ff1615610abc5760405162461bcd60e51b81526004016102dc90610e9e565b5f8211610b0b5760405162461bcd60e51b815260206004820152601a60248201527f4178735374616b696e673a20696e76616c696420616d6f756e7400000000000060448201526064016102dc565b335f81815260208190526040902054610b2a919061036d908590610f2e565b6040516323b872dd60e01b8152336004820152306024820152604481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906323b872dd906064016020604051808303815f875af1158015610b9a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bbe9190610efc565b610c005760405162461bcd60e51b81526020600482015260136024820152721d1c985b9cd9995c919c9bdb4819985a5b1959606a1b60448201526064016102dc565b60405182906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169033907f5dac0c1b1112564a045ba943c9d50270893e8e826c49be8e7073adc713ab7bd7905f90a45050565b604051637a27db5760e01b81523060048201526001600160a01b0382811660248301525f917f000000000000000000000000000000000000000000000000000000000000000090911690637a27db5790604401602060405180830381865afa158015610cc9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ced9190610f17565b92915050565b6001600160a01b038281165f818152602081905260409081902054905163b499144960e01b815260048101929092526024820152604481018390527f00000000000000000000000000000000000000000000000000000000000000009091169063b4991449906064015f604051808303815f87803b158015610d73575f5ffd5b505af1158015610d85573d5f5f3e3d5ffd5b505050506001600160a01b0382165f908152602081905260409020546001548291610daf91610ee9565b610db99190610f2e565b6001556001600160a01b039091165f90815260208190526040902055565b5f60208284031215610de7575f5ffd5b5035919050565b80356001600160e01b031981168114610e05575f5ffd5b919050565b5f60208284031215610e1a575f5ffd5b610e2382610dee565b9392505050565b6001600160a01b0381168114610e3e575f5ffd5b50565b5f60208284031215610e51575f5ffd5b8135610e2381610e2a565b8015158114610e3e575f5ffd5b5f5f60408385031215610e7a575f5ffd5b610e8383610dee565b91506020830135610e9381610e5c565b809150509250929050565b60208082526017908201527f5061757361626c653a206d6574686f6420706175736564000000000000000000604082015260600190565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610ced57610ced610ed5565b5f60208284031215610f0c575f5ffd5b8151610e2381610e5c565b5f60208284031215610f27575f5ffd5b5051919050565b80820180821115610ced57610ced610ed5565b5f60208284031215610f51575f5ffd5b8151610e2381610e2a56",
}

// MockAxsPool is an auto generated Go binding around an Ethereum contract.
type MockAxsPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockAxsPool) GetABI() abi.ABI {
	return c.abi
}

// NewMockAxsPool creates a new instance of MockAxsPool.
func NewMockAxsPool() *MockAxsPool {
	parsed, err := MockAxsPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockAxsPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockAxsPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _token, address _manager) returns()
func (mockAxsPool *MockAxsPool) PackConstructor(_token common.Address, _manager common.Address) []byte {
	enc, err := mockAxsPool.abi.Pack("", _token, _manager)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackClaimPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92bd7b2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimPendingRewards() returns()
func (mockAxsPool *MockAxsPool) PackClaimPendingRewards() []byte {
	enc, err := mockAxsPool.abi.Pack("claimPendingRewards")
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
func (mockAxsPool *MockAxsPool) TryPackClaimPendingRewards() ([]byte, error) {
	return mockAxsPool.abi.Pack("claimPendingRewards")
}

// PackEmergencyUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7589cf2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emergencyUnstake() returns()
func (mockAxsPool *MockAxsPool) PackEmergencyUnstake() []byte {
	enc, err := mockAxsPool.abi.Pack("emergencyUnstake")
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
func (mockAxsPool *MockAxsPool) TryPackEmergencyUnstake() ([]byte, error) {
	return mockAxsPool.abi.Pack("emergencyUnstake")
}

// PackGetPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6ed2017.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPendingRewards(address user) view returns(uint256)
func (mockAxsPool *MockAxsPool) PackGetPendingRewards(user common.Address) []byte {
	enc, err := mockAxsPool.abi.Pack("getPendingRewards", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6ed2017.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPendingRewards(address user) view returns(uint256)
func (mockAxsPool *MockAxsPool) TryPackGetPendingRewards(user common.Address) ([]byte, error) {
	return mockAxsPool.abi.Pack("getPendingRewards", user)
}

// UnpackGetPendingRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6ed2017.
//
// Solidity: function getPendingRewards(address user) view returns(uint256)
func (mockAxsPool *MockAxsPool) UnpackGetPendingRewards(data []byte) (*big.Int, error) {
	out, err := mockAxsPool.abi.Unpack("getPendingRewards", data)
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
func (mockAxsPool *MockAxsPool) PackGetRewardToken() []byte {
	enc, err := mockAxsPool.abi.Pack("getRewardToken")
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
func (mockAxsPool *MockAxsPool) TryPackGetRewardToken() ([]byte, error) {
	return mockAxsPool.abi.Pack("getRewardToken")
}

// UnpackGetRewardToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69940d79.
//
// Solidity: function getRewardToken() view returns(address)
func (mockAxsPool *MockAxsPool) UnpackGetRewardToken(data []byte) (common.Address, error) {
	out, err := mockAxsPool.abi.Unpack("getRewardToken", data)
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
// Solidity: function getStakingAmount(address ) view returns(uint256)
func (mockAxsPool *MockAxsPool) PackGetStakingAmount(arg0 common.Address) []byte {
	enc, err := mockAxsPool.abi.Pack("getStakingAmount", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetStakingAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74363daa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getStakingAmount(address ) view returns(uint256)
func (mockAxsPool *MockAxsPool) TryPackGetStakingAmount(arg0 common.Address) ([]byte, error) {
	return mockAxsPool.abi.Pack("getStakingAmount", arg0)
}

// UnpackGetStakingAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74363daa.
//
// Solidity: function getStakingAmount(address ) view returns(uint256)
func (mockAxsPool *MockAxsPool) UnpackGetStakingAmount(data []byte) (*big.Int, error) {
	out, err := mockAxsPool.abi.Unpack("getStakingAmount", data)
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
func (mockAxsPool *MockAxsPool) PackGetStakingToken() []byte {
	enc, err := mockAxsPool.abi.Pack("getStakingToken")
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
func (mockAxsPool *MockAxsPool) TryPackGetStakingToken() ([]byte, error) {
	return mockAxsPool.abi.Pack("getStakingToken")
}

// UnpackGetStakingToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f9106d1.
//
// Solidity: function getStakingToken() view returns(address)
func (mockAxsPool *MockAxsPool) UnpackGetStakingToken(data []byte) (common.Address, error) {
	out, err := mockAxsPool.abi.Unpack("getStakingToken", data)
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
func (mockAxsPool *MockAxsPool) PackGetStakingTotal() []byte {
	enc, err := mockAxsPool.abi.Pack("getStakingTotal")
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
func (mockAxsPool *MockAxsPool) TryPackGetStakingTotal() ([]byte, error) {
	return mockAxsPool.abi.Pack("getStakingTotal")
}

// UnpackGetStakingTotal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61ee98dc.
//
// Solidity: function getStakingTotal() view returns(uint256)
func (mockAxsPool *MockAxsPool) UnpackGetStakingTotal(data []byte) (*big.Int, error) {
	out, err := mockAxsPool.abi.Unpack("getStakingTotal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manager() view returns(address)
func (mockAxsPool *MockAxsPool) PackManager() []byte {
	enc, err := mockAxsPool.abi.Pack("manager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manager() view returns(address)
func (mockAxsPool *MockAxsPool) TryPackManager() ([]byte, error) {
	return mockAxsPool.abi.Pack("manager")
}

// UnpackManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x481c6a75.
//
// Solidity: function manager() view returns(address)
func (mockAxsPool *MockAxsPool) UnpackManager(data []byte) (common.Address, error) {
	out, err := mockAxsPool.abi.Unpack("manager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59237eba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused(bytes4 ) view returns(bool)
func (mockAxsPool *MockAxsPool) PackPaused(arg0 [4]byte) []byte {
	enc, err := mockAxsPool.abi.Pack("paused", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59237eba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused(bytes4 ) view returns(bool)
func (mockAxsPool *MockAxsPool) TryPackPaused(arg0 [4]byte) ([]byte, error) {
	return mockAxsPool.abi.Pack("paused", arg0)
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59237eba.
//
// Solidity: function paused(bytes4 ) view returns(bool)
func (mockAxsPool *MockAxsPool) UnpackPaused(data []byte) (bool, error) {
	out, err := mockAxsPool.abi.Unpack("paused", data)
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
func (mockAxsPool *MockAxsPool) PackRestakeRewards() []byte {
	enc, err := mockAxsPool.abi.Pack("restakeRewards")
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
func (mockAxsPool *MockAxsPool) TryPackRestakeRewards() ([]byte, error) {
	return mockAxsPool.abi.Pack("restakeRewards")
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint256 _amount) returns()
func (mockAxsPool *MockAxsPool) PackStake(amount *big.Int) []byte {
	enc, err := mockAxsPool.abi.Pack("stake", amount)
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
func (mockAxsPool *MockAxsPool) TryPackStake(amount *big.Int) ([]byte, error) {
	return mockAxsPool.abi.Pack("stake", amount)
}

// PackTestPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf62f7196.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testPause(bytes4 method, bool p) returns()
func (mockAxsPool *MockAxsPool) PackTestPause(method [4]byte, p bool) []byte {
	enc, err := mockAxsPool.abi.Pack("testPause", method, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf62f7196.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testPause(bytes4 method, bool p) returns()
func (mockAxsPool *MockAxsPool) TryPackTestPause(method [4]byte, p bool) ([]byte, error) {
	return mockAxsPool.abi.Pack("testPause", method, p)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (mockAxsPool *MockAxsPool) PackToken() []byte {
	enc, err := mockAxsPool.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (mockAxsPool *MockAxsPool) TryPackToken() ([]byte, error) {
	return mockAxsPool.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (mockAxsPool *MockAxsPool) UnpackToken(data []byte) (common.Address, error) {
	out, err := mockAxsPool.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e17de78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstake(uint256 _amount) returns()
func (mockAxsPool *MockAxsPool) PackUnstake(amount *big.Int) []byte {
	enc, err := mockAxsPool.abi.Pack("unstake", amount)
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
func (mockAxsPool *MockAxsPool) TryPackUnstake(amount *big.Int) ([]byte, error) {
	return mockAxsPool.abi.Pack("unstake", amount)
}

// PackUnstakeAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35322f37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstakeAll() returns()
func (mockAxsPool *MockAxsPool) PackUnstakeAll() []byte {
	enc, err := mockAxsPool.abi.Pack("unstakeAll")
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
func (mockAxsPool *MockAxsPool) TryPackUnstakeAll() ([]byte, error) {
	return mockAxsPool.abi.Pack("unstakeAll")
}

// MockAxsPoolEmergencyUnstaked represents a EmergencyUnstaked event raised by the MockAxsPool contract.
type MockAxsPoolEmergencyUnstaked struct {
	User   common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MockAxsPoolEmergencyUnstakedEventName = "EmergencyUnstaked"

// ContractEventName returns the user-defined event name.
func (MockAxsPoolEmergencyUnstaked) ContractEventName() string {
	return MockAxsPoolEmergencyUnstakedEventName
}

// UnpackEmergencyUnstakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EmergencyUnstaked(address indexed _user, address indexed _token, uint256 indexed _amount)
func (mockAxsPool *MockAxsPool) UnpackEmergencyUnstakedEvent(log *types.Log) (*MockAxsPoolEmergencyUnstaked, error) {
	event := "EmergencyUnstaked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockAxsPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockAxsPoolEmergencyUnstaked)
	if len(log.Data) > 0 {
		if err := mockAxsPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockAxsPool.abi.Events[event].Inputs {
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

// MockAxsPoolRewardClaimed represents a RewardClaimed event raised by the MockAxsPool contract.
type MockAxsPoolRewardClaimed struct {
	User   common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MockAxsPoolRewardClaimedEventName = "RewardClaimed"

// ContractEventName returns the user-defined event name.
func (MockAxsPoolRewardClaimed) ContractEventName() string {
	return MockAxsPoolRewardClaimedEventName
}

// UnpackRewardClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardClaimed(address indexed _user, address indexed _token, uint256 indexed _amount)
func (mockAxsPool *MockAxsPool) UnpackRewardClaimedEvent(log *types.Log) (*MockAxsPoolRewardClaimed, error) {
	event := "RewardClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockAxsPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockAxsPoolRewardClaimed)
	if len(log.Data) > 0 {
		if err := mockAxsPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockAxsPool.abi.Events[event].Inputs {
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

// MockAxsPoolStaked represents a Staked event raised by the MockAxsPool contract.
type MockAxsPoolStaked struct {
	User   common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MockAxsPoolStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (MockAxsPoolStaked) ContractEventName() string {
	return MockAxsPoolStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed _user, address indexed _token, uint256 indexed _amount)
func (mockAxsPool *MockAxsPool) UnpackStakedEvent(log *types.Log) (*MockAxsPoolStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockAxsPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockAxsPoolStaked)
	if len(log.Data) > 0 {
		if err := mockAxsPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockAxsPool.abi.Events[event].Inputs {
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

// MockAxsPoolUnstaked represents a Unstaked event raised by the MockAxsPool contract.
type MockAxsPoolUnstaked struct {
	User   common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MockAxsPoolUnstakedEventName = "Unstaked"

// ContractEventName returns the user-defined event name.
func (MockAxsPoolUnstaked) ContractEventName() string {
	return MockAxsPoolUnstakedEventName
}

// UnpackUnstakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unstaked(address indexed _user, address indexed _token, uint256 indexed _amount)
func (mockAxsPool *MockAxsPool) UnpackUnstakedEvent(log *types.Log) (*MockAxsPoolUnstaked, error) {
	event := "Unstaked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockAxsPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockAxsPoolUnstaked)
	if len(log.Data) > 0 {
		if err := mockAxsPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockAxsPool.abi.Events[event].Inputs {
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

// MockERC20MetaData contains all meta data concerning the MockERC20 contract.
var MockERC20MetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"testMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "eefd83d5b6b639c87fb54c197d74955bb3",
	Bin: "0x6080604052348015600e575f5ffd5b506105388061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c806370a082311161005857806370a08231146100d0578063a9059cbb146100ef578063dd62ed3e14610102578063f28e093d1461012c575f5ffd5b8063095ea7b31461007e57806318160ddd146100a657806323b872dd146100bd575b5f5ffd5b61009161008c36600461044b565b610141565b60405190151581526020015b60405180910390f35b6100af60025481565b60405190815260200161009d565b6100916100cb366004610473565b6101ad565b6100af6100de3660046104ad565b5f6020819052908152604090205481565b6100916100fd36600461044b565b610271565b6100af6101103660046104cd565b600160209081525f928352604080842090915290825290205481565b61013f61013a36600461044b565b610286565b005b335f8181526001602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9259061019b9086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f908152600160209081526040808320338452909152812054828110156102255760405162461bcd60e51b815260206004820152601d60248201527f45524332303a20696e73756666696369656e7420616c6c6f77616e636500000060448201526064015b60405180910390fd5b5f19811461025b576102378382610512565b6001600160a01b0386165f9081526001602090815260408083203384529091529020555b61026685858561030e565b506001949350505050565b5f61027d33848461030e565b50600192915050565b6001600160a01b0382165f90815260208190526040812080548392906102ad908490610525565b925050819055508060025f8282546102c59190610525565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b6001600160a01b0383165f908152602081905260409020548111156103845760405162461bcd60e51b815260206004820152602660248201527f45524332303a207472616e7366657220616d6f756e7420657863656564732062604482015265616c616e636560d01b606482015260840161021c565b6001600160a01b0383165f90815260208190526040812080548392906103ab908490610512565b90915550506001600160a01b0382165f90815260208190526040812080548392906103d7908490610525565b92505081905550816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161042391815260200190565b60405180910390a3505050565b80356001600160a01b0381168114610446575f5ffd5b919050565b5f5f6040838503121561045c575f5ffd5b61046583610430565b946020939093013593505050565b5f5f5f60608486031215610485575f5ffd5b61048e84610430565b925061049c60208501610430565b929592945050506040919091013590565b5f602082840312156104bd575f5ffd5b6104c682610430565b9392505050565b5f5f604083850312156104de575f5ffd5b6104e783610430565b91506104f560208401610430565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156101a7576101a76104fe565b808201808211156101a7576101a76104fe56",
}

// MockERC20 is an auto generated Go binding around an Ethereum contract.
type MockERC20 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockERC20) GetABI() abi.ABI {
	return c.abi
}

// NewMockERC20 creates a new instance of MockERC20.
func NewMockERC20() *MockERC20 {
	parsed, err := MockERC20MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockERC20{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockERC20) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (mockERC20 *MockERC20) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := mockERC20.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (mockERC20 *MockERC20) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return mockERC20.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (mockERC20 *MockERC20) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := mockERC20.abi.Unpack("allowance", data)
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
func (mockERC20 *MockERC20) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("approve", spender, amount)
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
func (mockERC20 *MockERC20) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (mockERC20 *MockERC20) UnpackApprove(data []byte) (bool, error) {
	out, err := mockERC20.abi.Unpack("approve", data)
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
// Solidity: function balanceOf(address ) view returns(uint256)
func (mockERC20 *MockERC20) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := mockERC20.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (mockERC20 *MockERC20) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return mockERC20.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (mockERC20 *MockERC20) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := mockERC20.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTestMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf28e093d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testMint(address to, uint256 amount) returns()
func (mockERC20 *MockERC20) PackTestMint(to common.Address, amount *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("testMint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf28e093d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testMint(address to, uint256 amount) returns()
func (mockERC20 *MockERC20) TryPackTestMint(to common.Address, amount *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("testMint", to, amount)
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockERC20 *MockERC20) PackTotalSupply() []byte {
	enc, err := mockERC20.abi.Pack("totalSupply")
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
func (mockERC20 *MockERC20) TryPackTotalSupply() ([]byte, error) {
	return mockERC20.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockERC20 *MockERC20) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := mockERC20.abi.Unpack("totalSupply", data)
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
func (mockERC20 *MockERC20) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("transfer", to, amount)
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
func (mockERC20 *MockERC20) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (mockERC20 *MockERC20) UnpackTransfer(data []byte) (bool, error) {
	out, err := mockERC20.abi.Unpack("transfer", data)
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
func (mockERC20 *MockERC20) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("transferFrom", from, to, amount)
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
func (mockERC20 *MockERC20) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (mockERC20 *MockERC20) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := mockERC20.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// MockERC20Approval represents a Approval event raised by the MockERC20 contract.
type MockERC20Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MockERC20ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (MockERC20Approval) ContractEventName() string {
	return MockERC20ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (mockERC20 *MockERC20) UnpackApprovalEvent(log *types.Log) (*MockERC20Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockERC20Approval)
	if len(log.Data) > 0 {
		if err := mockERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockERC20.abi.Events[event].Inputs {
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

// MockERC20Transfer represents a Transfer event raised by the MockERC20 contract.
type MockERC20Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MockERC20TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (MockERC20Transfer) ContractEventName() string {
	return MockERC20TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (mockERC20 *MockERC20) UnpackTransferEvent(log *types.Log) (*MockERC20Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockERC20Transfer)
	if len(log.Data) > 0 {
		if err := mockERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockERC20.abi.Events[event].Inputs {
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

// MockSFCMetaData contains all meta data concerning the MockSFC contract.
var MockSFCMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NotEnoughEpochsPassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEnoughStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEnoughTimePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RequestNotExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StakeIsFullySlashed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValidatorDelegationLimitExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValidatorNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValidatorNotExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRewards\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"status\",\"type\":\"uint256\"}],\"name\":\"ChangedValidatorStatus\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewards\",\"type\":\"uint256\"}],\"name\":\"ClaimedRewards\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deactivatedEpoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deactivatedTime\",\"type\":\"uint256\"}],\"name\":\"DeactivatedValidator\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Delegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewards\",\"type\":\"uint256\"}],\"name\":\"RestakedRewards\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"wrID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Undelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"toValidatorID\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"wrID\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOUBLESIGN_BIT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseRewardPerSecond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claimRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"constsAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentSealedEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"getEpochValidatorIDs\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getSelfStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"getStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getValidator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wrID\",\"type\":\"uint256\"}],\"name\":\"getWithdrawalRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"isSlashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastValidatorID\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDelegatedRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minSelfStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"pendingRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"restakeRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"rewardsStash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"slashingRefundRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"stashRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"auth\",\"type\":\"address\"}],\"name\":\"testAddValidator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"testSealEpoch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"status\",\"type\":\"uint256\"}],\"name\":\"testSetStatus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"epochs\",\"type\":\"uint256\"}],\"name\":\"testSetWithdrawalPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refundRatio\",\"type\":\"uint256\"}],\"name\":\"testSlash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wrID\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"undelegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorCommission\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wrID\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalPeriodEpochs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalPeriodTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "f2322f0429c2e6411b26f7bf10015f7a2e",
	Bin: "0x6080604052348015600e575f5ffd5b5061151b8061001c5f395ff3fe6080604052600436106101d3575f3560e01c80638cddb015116100fd578063c3de580e11610092578063ce3051a711610062578063ce3051a71461061d578063cfd476631461063c578063d46fa51814610672578063d9a7c1f91461068c575f5ffd5b8063c3de580e14610581578063c5f530af146105c1578063c65ee0e1146105dd578063c7be95de14610608575f5ffd5b8063b32e96a3116100cd578063b32e96a31461048b578063b5d896271461049e578063b82b842714610541578063b88a37e214610555575f5ffd5b80638cddb0151461042c5780639edba7021461044b5780639fa6dd351461045e578063a778651514610471575f5ffd5b80634f8e7cef116101735780636f498663116101435780636f498663146103b957806376671808146103ef5780637c5b145c146104035780637cacb1d614610417575f5ffd5b80634f8e7cef146103185780635601fe011461033d5780636099ecb214610386578063650acd66146103a5575f5ffd5b80632265f284116101ae5780632265f28414610297578063435facc3146102bb578063441a3e70146102da5780634f864df4146102f9575f5ffd5b806308c36874146101de5780630962ef79146101ff5780631f2701521461021e575f5ffd5b366101da57005b5f5ffd5b3480156101e9575f5ffd5b506101fd6101f8366004611342565b61069e565b005b34801561020a575f5ffd5b506101fd610219366004611342565b6106f1565b348015610229575f5ffd5b5061027761023836600461136f565b6001600160a01b03929092165f908152600760209081526040808320938352928152828220938252929092529020805460018201546002909201549092565b604080519384526020840192909252908201526060015b60405180910390f35b3480156102a2575f5ffd5b5067de0b6b3a764000005b60405190815260200161028e565b3480156102c6575f5ffd5b506101fd6102d536600461139f565b6107c7565b3480156102e5575f5ffd5b506101fd6102f436600461139f565b61089c565b348015610304575f5ffd5b506101fd6103133660046113bf565b610b06565b348015610323575f5ffd5b506101fd61033236600461139f565b600991909155600a55565b348015610348575f5ffd5b506102ad610357366004611342565b5f81815260208181526040808320600201546001600160a01b0316835260038252808320938352929052205490565b348015610391575f5ffd5b506102ad6103a03660046113e8565b610c9d565b3480156103b0575f5ffd5b506102ad610cde565b3480156103c4575f5ffd5b506102ad6103d33660046113e8565b600460209081525f928352604080842090915290825290205481565b3480156103fa575f5ffd5b506102ad610cf7565b34801561040e575f5ffd5b506102ad608081565b348015610422575f5ffd5b506102ad60025481565b348015610437575f5ffd5b506101fd6104463660046113e8565b610d07565b6101fd610459366004611342565b610d77565b6101fd61046c366004611342565b610e66565b34801561047c575f5ffd5b50670214e8348c4f00006102ad565b6102ad610499366004611410565b610e74565b3480156104a9575f5ffd5b506104fe6104b8366004611342565b5f908152602081905260409020805460018201546002830154600384015460048501546005860154600690960154949693956001600160a01b0390931694919390929190565b6040805197885260208801969096526001600160a01b03909416948601949094526060850191909152608084015260a083019190915260c082015260e00161028e565b34801561054c575f5ffd5b506102ad610f4a565b348015610560575f5ffd5b5061057461056f366004611342565b610f63565b60405161028e9190611429565b34801561058c575f5ffd5b506105b161059b366004611342565b5f90815260208190526040902054608016151590565b604051901515815260200161028e565b3480156105cc575f5ffd5b506969e10de76676d08000006102ad565b3480156105e8575f5ffd5b506102ad6105f7366004611342565b60086020525f908152604090205481565b348015610613575f5ffd5b506102ad60015481565b348015610628575f5ffd5b506101fd61063736600461139f565b611053565b348015610647575f5ffd5b506102ad6106563660046113e8565b600360209081525f928352604080842090915290825290205481565b34801561067d575f5ffd5b5060405130815260200161028e565b348015610697575f5ffd5b505f6102ad565b5f6106a933836110a5565b90506106b633838361111d565b604051818152829033907f663e0f63f4fc6b01be195c4b56111fd6f14b947d6264497119b08daf77e26da59060200160405180910390a35050565b5f6106fc33836110a5565b6040519091505f90339083908381818185875af1925050503d805f811461073e576040519150601f19603f3d011682016040523d82523d5f602084013e610743565b606091505b505090508061078b5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b60448201526064015b60405180910390fd5b604051828152839033907f70de20a533702af05c8faf1637846c4586a021bbc71b6928b089b6d555e4fbc29060200160405180910390a3505050565b5f82815260208190526040902081905580158015906107f457505f82815260208190526040902060060154155b1561085e57610801610cf7565b5f838152602081905260409020600681019190915542600590910155817fac4801c32a6067ff757446524ee4e7a373797278ac3c883eac5c693b4ad72e47610847610cf7565b604080519182524260208301520160405180910390a25b817fcd35267e7654194727477d6c78b541a553483cff7f92a055d17868d3da6e953e8260405161089091815260200190565b60405180910390a25050565b335f90815260076020908152604080832085845282528083208484528252808320815160608101835281548152600182015493810193909352600201549082018190529091036108ff57604051630fe3b3c160e31b815260040160405180910390fd5b610907610f4a565b8160200151610916919061147f565b42101561093657604051635ada9a9960e01b815260040160405180910390fd5b61093e610cde565b815161094a919061147f565b610952610cf7565b1015610971576040516323ea994d60e01b815260040160405180910390fd5b335f90815260076020908152604080832086845282528083208584528252808320838155600181018490556002018390558583529082905281205460801615610a20575f84815260086020526040902054670de0b6b3a7640000906109d69082611492565b83604001516109e591906114a5565b6109ef91906114bc565b6109fa90600161147f565b905081604001518110610a20576040516318f967fb60e01b815260040160405180910390fd5b5f336001600160a01b0316828460400151610a3b9190611492565b6040515f81818185875af1925050503d805f8114610a74576040519150601f19603f3d011682016040523d82523d5f602084013e610a79565b606091505b5050905080610abc5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b6044820152606401610782565b6040808401518151908152602081018490528591879133917f94ffd6b85c71b847775c89ef6496b93cee961bdc6ff827fd117f174f06f745ae910160405180910390a45050505050565b610b103384610d07565b805f03610b3057604051631f2a200560e01b815260040160405180910390fd5b335f908152600360209081526040808320868452909152902054811115610b6a57604051633c290b5360e21b815260040160405180910390fd5b335f908152600760209081526040808320868452825280832085845290915290206002015415610bad5760405163756f5c2d60e11b815260040160405180910390fd5b335f90815260036020908152604080832086845290915281208054839290610bd6908490611492565b90915550505f8381526020819052604081206001018054839290610bfb908490611492565b925050819055506040518060600160405280610c15610cf7565b8152426020808301919091526040918201849052335f8181526007835283812088825283528381208782528352839020845181559184015160018301559282015160029091015551839185917fd3bb4e423fbea695d16b982f9f682dc5f35152e5411646a8a5a79a6b02ba8d5790610c909086815260200190565b60405180910390a4505050565b5f610ca883836112cd565b6001600160a01b0384165f908152600460209081526040808320868452909152902054610cd5919061147f565b90505b92915050565b5f600a545f14610cef5750600a5490565b60035b905090565b5f6002546001610cf2919061147f565b610d1182826112cd565b6001600160a01b0383165f90815260046020908152604080832085845290915281208054909190610d4390849061147f565b90915550505f818152600660209081526040808320546001600160a01b039095168352600582528083209383529290522055565b5f8181526020819052604090203415801590610d9657505f8160010154115b15610e4e575f670de0b6b3a7640000610db7670214e8348c4f0000346114a5565b610dc191906114bc565b6001830154909150610dd38234611492565b610de590670de0b6b3a76400006114a5565b610def91906114bc565b5f8481526006602052604081208054909190610e0c90849061147f565b909155505060028201546001600160a01b03165f90815260046020908152604080832086845290915281208054839290610e4790849061147f565b9091555050505b60028054905f610e5d836114db565b91905055505050565b610e7133823461111d565b50565b5f60015f8154610e83906114db565b91905081905590506040518060e001604052805f81526020015f8152602001836001600160a01b03168152602001610eb9610cf7565b8152426020808301919091525f6040808401829052606093840182905285825281835290819020845181559184015160018301558301516002820180546001600160a01b0319166001600160a01b039092169190911790559082015160038201556080820151600482015560a0820151600582015560c090910151600690910155610f4582823461111d565b919050565b5f6009545f14610f5b575060095490565b5062093a8090565b60605f60015b6001548111610fa6575f818152602081905260408120549003610f945781610f90816114db565b9250505b80610f9e816114db565b915050610f69565b508067ffffffffffffffff811115610fc057610fc06114f3565b604051908082528060200260200182016040528015610fe9578160200160208202803683370190505b5091505f905060015b600154811161104c575f81815260208190526040812054900361103a5780838361101b816114db565b94508151811061102d5761102d611507565b6020026020010181815250505b80611044816114db565b915050610ff2565b5050919050565b5f82815260086020908152604080832084905582825291829020805460801790819055915191825283917fcd35267e7654194727477d6c78b541a553483cff7f92a055d17868d3da6e953e9101610890565b5f6110b08383610d07565b506001600160a01b0382165f908152600460209081526040808320848452909152812054908190036110f55760405163899aaa9d60e01b815260040160405180910390fd5b6001600160a01b039092165f9081526004602090815260408083209383529290529081205590565b5f82815260208190526040902060028101546001600160a01b031661115557604051635926e0c360e01b815260040160405180910390fd5b805415611175576040516353670afb60e11b815260040160405180910390fd5b815f0361119557604051631f2a200560e01b815260040160405180910390fd5b61119f8484610d07565b6001600160a01b0384165f908152600360209081526040808320868452909152812080548492906111d190849061147f565b9250508190555081816001015f8282546111eb919061147f565b909155505060028101546001600160a01b038581169116148015906112655750670de0b6b3a764000067de0b6b3a764000005f85815260208181526040808320600201546001600160a01b031683526003825280832088845290915290205461125491906114a5565b61125e91906114bc565b8160010154115b156112835760405163c2eb4ead60e01b815260040160405180910390fd5b82846001600160a01b03167f9a8f44850296624dadfd9c246d17e47171d35727a181bd090aa14bbbe00238bb846040516112bf91815260200190565b60405180910390a350505050565b6001600160a01b0382165f9081526005602090815260408083208484528252808320546006909252822054670de0b6b3a76400009161130b91611492565b6001600160a01b0385165f90815260036020908152604080832087845290915290205461133891906114a5565b610cd591906114bc565b5f60208284031215611352575f5ffd5b5035919050565b80356001600160a01b0381168114610f45575f5ffd5b5f5f5f60608486031215611381575f5ffd5b61138a84611359565b95602085013595506040909401359392505050565b5f5f604083850312156113b0575f5ffd5b50508035926020909101359150565b5f5f5f606084860312156113d1575f5ffd5b505081359360208301359350604090920135919050565b5f5f604083850312156113f9575f5ffd5b61140283611359565b946020939093013593505050565b5f60208284031215611420575f5ffd5b610cd582611359565b602080825282518282018190525f918401906040840190835b81811015611460578351835260209384019390920191600101611442565b509095945050505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610cd857610cd861146b565b81810381811115610cd857610cd861146b565b8082028115828204841417610cd857610cd861146b565b5f826114d657634e487b7160e01b5f52601260045260245ffd5b500490565b5f600182016114ec576114ec61146b565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd",
}

// MockSFC is an auto generated Go binding around an Ethereum contract.
type MockSFC struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockSFC) GetABI() abi.ABI {
	return c.abi
}

// NewMockSFC creates a new instance of MockSFC.
func NewMockSFC() *MockSFC {
	parsed, err := MockSFCMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockSFC{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockSFC) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDOUBLESIGNBIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c5b145c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOUBLESIGN_BIT() view returns(uint256)
func (mockSFC *MockSFC) PackDOUBLESIGNBIT() []byte {
	enc, err := mockSFC.abi.Pack("DOUBLESIGN_BIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOUBLESIGNBIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c5b145c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOUBLESIGN_BIT() view returns(uint256)
func (mockSFC *MockSFC) TryPackDOUBLESIGNBIT() ([]byte, error) {
	return mockSFC.abi.Pack("DOUBLESIGN_BIT")
}

// UnpackDOUBLESIGNBIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c5b145c.
//
// Solidity: function DOUBLESIGN_BIT() view returns(uint256)
func (mockSFC *MockSFC) UnpackDOUBLESIGNBIT(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("DOUBLESIGN_BIT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBaseRewardPerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9a7c1f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseRewardPerSecond() pure returns(uint256)
func (mockSFC *MockSFC) PackBaseRewardPerSecond() []byte {
	enc, err := mockSFC.abi.Pack("baseRewardPerSecond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseRewardPerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9a7c1f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseRewardPerSecond() pure returns(uint256)
func (mockSFC *MockSFC) TryPackBaseRewardPerSecond() ([]byte, error) {
	return mockSFC.abi.Pack("baseRewardPerSecond")
}

// UnpackBaseRewardPerSecond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9a7c1f9.
//
// Solidity: function baseRewardPerSecond() pure returns(uint256)
func (mockSFC *MockSFC) UnpackBaseRewardPerSecond(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("baseRewardPerSecond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0962ef79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimRewards(uint256 id) returns()
func (mockSFC *MockSFC) PackClaimRewards(id *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("claimRewards", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0962ef79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimRewards(uint256 id) returns()
func (mockSFC *MockSFC) TryPackClaimRewards(id *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("claimRewards", id)
}

// PackConstsAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd46fa518.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function constsAddress() view returns(address)
func (mockSFC *MockSFC) PackConstsAddress() []byte {
	enc, err := mockSFC.abi.Pack("constsAddress")
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
func (mockSFC *MockSFC) TryPackConstsAddress() ([]byte, error) {
	return mockSFC.abi.Pack("constsAddress")
}

// UnpackConstsAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd46fa518.
//
// Solidity: function constsAddress() view returns(address)
func (mockSFC *MockSFC) UnpackConstsAddress(data []byte) (common.Address, error) {
	out, err := mockSFC.abi.Unpack("constsAddress", data)
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
func (mockSFC *MockSFC) PackCurrentEpoch() []byte {
	enc, err := mockSFC.abi.Pack("currentEpoch")
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
func (mockSFC *MockSFC) TryPackCurrentEpoch() ([]byte, error) {
	return mockSFC.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (mockSFC *MockSFC) UnpackCurrentEpoch(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("currentEpoch", data)
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
func (mockSFC *MockSFC) PackCurrentSealedEpoch() []byte {
	enc, err := mockSFC.abi.Pack("currentSealedEpoch")
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
func (mockSFC *MockSFC) TryPackCurrentSealedEpoch() ([]byte, error) {
	return mockSFC.abi.Pack("currentSealedEpoch")
}

// UnpackCurrentSealedEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7cacb1d6.
//
// Solidity: function currentSealedEpoch() view returns(uint256)
func (mockSFC *MockSFC) UnpackCurrentSealedEpoch(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("currentSealedEpoch", data)
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
// Solidity: function delegate(uint256 id) payable returns()
func (mockSFC *MockSFC) PackDelegate(id *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("delegate", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa6dd35.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(uint256 id) payable returns()
func (mockSFC *MockSFC) TryPackDelegate(id *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("delegate", id)
}

// PackGetEpochValidatorIDs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88a37e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEpochValidatorIDs(uint256 ) view returns(uint256[] ids)
func (mockSFC *MockSFC) PackGetEpochValidatorIDs(arg0 *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("getEpochValidatorIDs", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEpochValidatorIDs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88a37e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEpochValidatorIDs(uint256 ) view returns(uint256[] ids)
func (mockSFC *MockSFC) TryPackGetEpochValidatorIDs(arg0 *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("getEpochValidatorIDs", arg0)
}

// UnpackGetEpochValidatorIDs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb88a37e2.
//
// Solidity: function getEpochValidatorIDs(uint256 ) view returns(uint256[] ids)
func (mockSFC *MockSFC) UnpackGetEpochValidatorIDs(data []byte) ([]*big.Int, error) {
	out, err := mockSFC.abi.Unpack("getEpochValidatorIDs", data)
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
// Solidity: function getSelfStake(uint256 id) view returns(uint256)
func (mockSFC *MockSFC) PackGetSelfStake(id *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("getSelfStake", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSelfStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5601fe01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSelfStake(uint256 id) view returns(uint256)
func (mockSFC *MockSFC) TryPackGetSelfStake(id *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("getSelfStake", id)
}

// UnpackGetSelfStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5601fe01.
//
// Solidity: function getSelfStake(uint256 id) view returns(uint256)
func (mockSFC *MockSFC) UnpackGetSelfStake(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("getSelfStake", data)
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
// Solidity: function getStake(address , uint256 ) view returns(uint256)
func (mockSFC *MockSFC) PackGetStake(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("getStake", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfd47663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getStake(address , uint256 ) view returns(uint256)
func (mockSFC *MockSFC) TryPackGetStake(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("getStake", arg0, arg1)
}

// UnpackGetStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfd47663.
//
// Solidity: function getStake(address , uint256 ) view returns(uint256)
func (mockSFC *MockSFC) UnpackGetStake(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("getStake", data)
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
// Solidity: function getValidator(uint256 id) view returns(uint256, uint256, address, uint256, uint256, uint256, uint256)
func (mockSFC *MockSFC) PackGetValidator(id *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("getValidator", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5d89627.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidator(uint256 id) view returns(uint256, uint256, address, uint256, uint256, uint256, uint256)
func (mockSFC *MockSFC) TryPackGetValidator(id *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("getValidator", id)
}

// GetValidatorOutput serves as a container for the return parameters of contract
// method GetValidator.
type GetValidatorOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 common.Address
	Arg3 *big.Int
	Arg4 *big.Int
	Arg5 *big.Int
	Arg6 *big.Int
}

// UnpackGetValidator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5d89627.
//
// Solidity: function getValidator(uint256 id) view returns(uint256, uint256, address, uint256, uint256, uint256, uint256)
func (mockSFC *MockSFC) UnpackGetValidator(data []byte) (GetValidatorOutput, error) {
	out, err := mockSFC.abi.Unpack("getValidator", data)
	outstruct := new(GetValidatorOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Arg3 = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Arg4 = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.Arg5 = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.Arg6 = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetWithdrawalRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f270152.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getWithdrawalRequest(address delegator, uint256 id, uint256 wrID) view returns(uint256, uint256, uint256)
func (mockSFC *MockSFC) PackGetWithdrawalRequest(delegator common.Address, id *big.Int, wrID *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("getWithdrawalRequest", delegator, id, wrID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetWithdrawalRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f270152.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getWithdrawalRequest(address delegator, uint256 id, uint256 wrID) view returns(uint256, uint256, uint256)
func (mockSFC *MockSFC) TryPackGetWithdrawalRequest(delegator common.Address, id *big.Int, wrID *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("getWithdrawalRequest", delegator, id, wrID)
}

// GetWithdrawalRequestOutput serves as a container for the return parameters of contract
// method GetWithdrawalRequest.
type GetWithdrawalRequestOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
}

// UnpackGetWithdrawalRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f270152.
//
// Solidity: function getWithdrawalRequest(address delegator, uint256 id, uint256 wrID) view returns(uint256, uint256, uint256)
func (mockSFC *MockSFC) UnpackGetWithdrawalRequest(data []byte) (GetWithdrawalRequestOutput, error) {
	out, err := mockSFC.abi.Unpack("getWithdrawalRequest", data)
	outstruct := new(GetWithdrawalRequestOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackIsSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3de580e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSlashed(uint256 id) view returns(bool)
func (mockSFC *MockSFC) PackIsSlashed(id *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("isSlashed", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3de580e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSlashed(uint256 id) view returns(bool)
func (mockSFC *MockSFC) TryPackIsSlashed(id *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("isSlashed", id)
}

// UnpackIsSlashed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3de580e.
//
// Solidity: function isSlashed(uint256 id) view returns(bool)
func (mockSFC *MockSFC) UnpackIsSlashed(data []byte) (bool, error) {
	out, err := mockSFC.abi.Unpack("isSlashed", data)
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
func (mockSFC *MockSFC) PackLastValidatorID() []byte {
	enc, err := mockSFC.abi.Pack("lastValidatorID")
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
func (mockSFC *MockSFC) TryPackLastValidatorID() ([]byte, error) {
	return mockSFC.abi.Pack("lastValidatorID")
}

// UnpackLastValidatorID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7be95de.
//
// Solidity: function lastValidatorID() view returns(uint256)
func (mockSFC *MockSFC) UnpackLastValidatorID(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("lastValidatorID", data)
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
// Solidity: function maxDelegatedRatio() pure returns(uint256)
func (mockSFC *MockSFC) PackMaxDelegatedRatio() []byte {
	enc, err := mockSFC.abi.Pack("maxDelegatedRatio")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDelegatedRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2265f284.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDelegatedRatio() pure returns(uint256)
func (mockSFC *MockSFC) TryPackMaxDelegatedRatio() ([]byte, error) {
	return mockSFC.abi.Pack("maxDelegatedRatio")
}

// UnpackMaxDelegatedRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2265f284.
//
// Solidity: function maxDelegatedRatio() pure returns(uint256)
func (mockSFC *MockSFC) UnpackMaxDelegatedRatio(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("maxDelegatedRatio", data)
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
// Solidity: function minSelfStake() pure returns(uint256)
func (mockSFC *MockSFC) PackMinSelfStake() []byte {
	enc, err := mockSFC.abi.Pack("minSelfStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinSelfStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5f530af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minSelfStake() pure returns(uint256)
func (mockSFC *MockSFC) TryPackMinSelfStake() ([]byte, error) {
	return mockSFC.abi.Pack("minSelfStake")
}

// UnpackMinSelfStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5f530af.
//
// Solidity: function minSelfStake() pure returns(uint256)
func (mockSFC *MockSFC) UnpackMinSelfStake(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("minSelfStake", data)
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
// Solidity: function pendingRewards(address delegator, uint256 id) view returns(uint256)
func (mockSFC *MockSFC) PackPendingRewards(delegator common.Address, id *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("pendingRewards", delegator, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6099ecb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingRewards(address delegator, uint256 id) view returns(uint256)
func (mockSFC *MockSFC) TryPackPendingRewards(delegator common.Address, id *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("pendingRewards", delegator, id)
}

// UnpackPendingRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6099ecb2.
//
// Solidity: function pendingRewards(address delegator, uint256 id) view returns(uint256)
func (mockSFC *MockSFC) UnpackPendingRewards(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("pendingRewards", data)
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
// Solidity: function restakeRewards(uint256 id) returns()
func (mockSFC *MockSFC) PackRestakeRewards(id *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("restakeRewards", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRestakeRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08c36874.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function restakeRewards(uint256 id) returns()
func (mockSFC *MockSFC) TryPackRestakeRewards(id *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("restakeRewards", id)
}

// PackRewardsStash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f498663.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardsStash(address , uint256 ) view returns(uint256)
func (mockSFC *MockSFC) PackRewardsStash(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("rewardsStash", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardsStash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f498663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardsStash(address , uint256 ) view returns(uint256)
func (mockSFC *MockSFC) TryPackRewardsStash(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("rewardsStash", arg0, arg1)
}

// UnpackRewardsStash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f498663.
//
// Solidity: function rewardsStash(address , uint256 ) view returns(uint256)
func (mockSFC *MockSFC) UnpackRewardsStash(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("rewardsStash", data)
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
// Solidity: function slashingRefundRatio(uint256 ) view returns(uint256)
func (mockSFC *MockSFC) PackSlashingRefundRatio(arg0 *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("slashingRefundRatio", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashingRefundRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65ee0e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashingRefundRatio(uint256 ) view returns(uint256)
func (mockSFC *MockSFC) TryPackSlashingRefundRatio(arg0 *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("slashingRefundRatio", arg0)
}

// UnpackSlashingRefundRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc65ee0e1.
//
// Solidity: function slashingRefundRatio(uint256 ) view returns(uint256)
func (mockSFC *MockSFC) UnpackSlashingRefundRatio(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("slashingRefundRatio", data)
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
// Solidity: function stashRewards(address delegator, uint256 id) returns()
func (mockSFC *MockSFC) PackStashRewards(delegator common.Address, id *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("stashRewards", delegator, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStashRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cddb015.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stashRewards(address delegator, uint256 id) returns()
func (mockSFC *MockSFC) TryPackStashRewards(delegator common.Address, id *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("stashRewards", delegator, id)
}

// PackTestAddValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb32e96a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testAddValidator(address auth) payable returns(uint256 id)
func (mockSFC *MockSFC) PackTestAddValidator(auth common.Address) []byte {
	enc, err := mockSFC.abi.Pack("testAddValidator", auth)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestAddValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb32e96a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testAddValidator(address auth) payable returns(uint256 id)
func (mockSFC *MockSFC) TryPackTestAddValidator(auth common.Address) ([]byte, error) {
	return mockSFC.abi.Pack("testAddValidator", auth)
}

// UnpackTestAddValidator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb32e96a3.
//
// Solidity: function testAddValidator(address auth) payable returns(uint256 id)
func (mockSFC *MockSFC) UnpackTestAddValidator(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("testAddValidator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTestSealEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9edba702.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSealEpoch(uint256 id) payable returns()
func (mockSFC *MockSFC) PackTestSealEpoch(id *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("testSealEpoch", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSealEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9edba702.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSealEpoch(uint256 id) payable returns()
func (mockSFC *MockSFC) TryPackTestSealEpoch(id *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("testSealEpoch", id)
}

// PackTestSetStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x435facc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSetStatus(uint256 id, uint256 status) returns()
func (mockSFC *MockSFC) PackTestSetStatus(id *big.Int, status *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("testSetStatus", id, status)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSetStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x435facc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSetStatus(uint256 id, uint256 status) returns()
func (mockSFC *MockSFC) TryPackTestSetStatus(id *big.Int, status *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("testSetStatus", id, status)
}

// PackTestSetWithdrawalPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f8e7cef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSetWithdrawalPeriod(uint256 time, uint256 epochs) returns()
func (mockSFC *MockSFC) PackTestSetWithdrawalPeriod(time *big.Int, epochs *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("testSetWithdrawalPeriod", time, epochs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSetWithdrawalPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f8e7cef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSetWithdrawalPeriod(uint256 time, uint256 epochs) returns()
func (mockSFC *MockSFC) TryPackTestSetWithdrawalPeriod(time *big.Int, epochs *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("testSetWithdrawalPeriod", time, epochs)
}

// PackTestSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce3051a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSlash(uint256 id, uint256 refundRatio) returns()
func (mockSFC *MockSFC) PackTestSlash(id *big.Int, refundRatio *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("testSlash", id, refundRatio)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce3051a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSlash(uint256 id, uint256 refundRatio) returns()
func (mockSFC *MockSFC) TryPackTestSlash(id *big.Int, refundRatio *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("testSlash", id, refundRatio)
}

// PackUndelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f864df4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function undelegate(uint256 id, uint256 wrID, uint256 amount) returns()
func (mockSFC *MockSFC) PackUndelegate(id *big.Int, wrID *big.Int, amount *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("undelegate", id, wrID, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUndelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f864df4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function undelegate(uint256 id, uint256 wrID, uint256 amount) returns()
func (mockSFC *MockSFC) TryPackUndelegate(id *big.Int, wrID *big.Int, amount *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("undelegate", id, wrID, amount)
}

// PackValidatorCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7786515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorCommission() pure returns(uint256)
func (mockSFC *MockSFC) PackValidatorCommission() []byte {
	enc, err := mockSFC.abi.Pack("validatorCommission")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7786515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorCommission() pure returns(uint256)
func (mockSFC *MockSFC) TryPackValidatorCommission() ([]byte, error) {
	return mockSFC.abi.Pack("validatorCommission")
}

// UnpackValidatorCommission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7786515.
//
// Solidity: function validatorCommission() pure returns(uint256)
func (mockSFC *MockSFC) UnpackValidatorCommission(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("validatorCommission", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x441a3e70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 id, uint256 wrID) returns()
func (mockSFC *MockSFC) PackWithdraw(id *big.Int, wrID *big.Int) []byte {
	enc, err := mockSFC.abi.Pack("withdraw", id, wrID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x441a3e70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 id, uint256 wrID) returns()
func (mockSFC *MockSFC) TryPackWithdraw(id *big.Int, wrID *big.Int) ([]byte, error) {
	return mockSFC.abi.Pack("withdraw", id, wrID)
}

// PackWithdrawalPeriodEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x650acd66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalPeriodEpochs() view returns(uint256)
func (mockSFC *MockSFC) PackWithdrawalPeriodEpochs() []byte {
	enc, err := mockSFC.abi.Pack("withdrawalPeriodEpochs")
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
func (mockSFC *MockSFC) TryPackWithdrawalPeriodEpochs() ([]byte, error) {
	return mockSFC.abi.Pack("withdrawalPeriodEpochs")
}

// UnpackWithdrawalPeriodEpochs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x650acd66.
//
// Solidity: function withdrawalPeriodEpochs() view returns(uint256)
func (mockSFC *MockSFC) UnpackWithdrawalPeriodEpochs(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("withdrawalPeriodEpochs", data)
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
func (mockSFC *MockSFC) PackWithdrawalPeriodTime() []byte {
	enc, err := mockSFC.abi.Pack("withdrawalPeriodTime")
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
func (mockSFC *MockSFC) TryPackWithdrawalPeriodTime() ([]byte, error) {
	return mockSFC.abi.Pack("withdrawalPeriodTime")
}

// UnpackWithdrawalPeriodTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb82b8427.
//
// Solidity: function withdrawalPeriodTime() view returns(uint256)
func (mockSFC *MockSFC) UnpackWithdrawalPeriodTime(data []byte) (*big.Int, error) {
	out, err := mockSFC.abi.Unpack("withdrawalPeriodTime", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// MockSFCChangedValidatorStatus represents a ChangedValidatorStatus event raised by the MockSFC contract.
type MockSFCChangedValidatorStatus struct {
	ValidatorID *big.Int
	Status      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockSFCChangedValidatorStatusEventName = "ChangedValidatorStatus"

// ContractEventName returns the user-defined event name.
func (MockSFCChangedValidatorStatus) ContractEventName() string {
	return MockSFCChangedValidatorStatusEventName
}

// UnpackChangedValidatorStatusEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangedValidatorStatus(uint256 indexed validatorID, uint256 status)
func (mockSFC *MockSFC) UnpackChangedValidatorStatusEvent(log *types.Log) (*MockSFCChangedValidatorStatus, error) {
	event := "ChangedValidatorStatus"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockSFCChangedValidatorStatus)
	if len(log.Data) > 0 {
		if err := mockSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockSFC.abi.Events[event].Inputs {
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

// MockSFCClaimedRewards represents a ClaimedRewards event raised by the MockSFC contract.
type MockSFCClaimedRewards struct {
	Delegator     common.Address
	ToValidatorID *big.Int
	Rewards       *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const MockSFCClaimedRewardsEventName = "ClaimedRewards"

// ContractEventName returns the user-defined event name.
func (MockSFCClaimedRewards) ContractEventName() string {
	return MockSFCClaimedRewardsEventName
}

// UnpackClaimedRewardsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimedRewards(address indexed delegator, uint256 indexed toValidatorID, uint256 rewards)
func (mockSFC *MockSFC) UnpackClaimedRewardsEvent(log *types.Log) (*MockSFCClaimedRewards, error) {
	event := "ClaimedRewards"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockSFCClaimedRewards)
	if len(log.Data) > 0 {
		if err := mockSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockSFC.abi.Events[event].Inputs {
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

// MockSFCDeactivatedValidator represents a DeactivatedValidator event raised by the MockSFC contract.
type MockSFCDeactivatedValidator struct {
	ValidatorID      *big.Int
	DeactivatedEpoch *big.Int
	DeactivatedTime  *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const MockSFCDeactivatedValidatorEventName = "DeactivatedValidator"

// ContractEventName returns the user-defined event name.
func (MockSFCDeactivatedValidator) ContractEventName() string {
	return MockSFCDeactivatedValidatorEventName
}

// UnpackDeactivatedValidatorEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeactivatedValidator(uint256 indexed validatorID, uint256 deactivatedEpoch, uint256 deactivatedTime)
func (mockSFC *MockSFC) UnpackDeactivatedValidatorEvent(log *types.Log) (*MockSFCDeactivatedValidator, error) {
	event := "DeactivatedValidator"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockSFCDeactivatedValidator)
	if len(log.Data) > 0 {
		if err := mockSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockSFC.abi.Events[event].Inputs {
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

// MockSFCDelegated represents a Delegated event raised by the MockSFC contract.
type MockSFCDelegated struct {
	Delegator     common.Address
	ToValidatorID *big.Int
	Amount        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const MockSFCDelegatedEventName = "Delegated"

// ContractEventName returns the user-defined event name.
func (MockSFCDelegated) ContractEventName() string {
	return MockSFCDelegatedEventName
}

// UnpackDelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delegated(address indexed delegator, uint256 indexed toValidatorID, uint256 amount)
func (mockSFC *MockSFC) UnpackDelegatedEvent(log *types.Log) (*MockSFCDelegated, error) {
	event := "Delegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockSFCDelegated)
	if len(log.Data) > 0 {
		if err := mockSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockSFC.abi.Events[event].Inputs {
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

// MockSFCRestakedRewards represents a RestakedRewards event raised by the MockSFC contract.
type MockSFCRestakedRewards struct {
	Delegator     common.Address
	ToValidatorID *big.Int
	Rewards       *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const MockSFCRestakedRewardsEventName = "RestakedRewards"

// ContractEventName returns the user-defined event name.
func (MockSFCRestakedRewards) ContractEventName() string {
	return MockSFCRestakedRewardsEventName
}

// UnpackRestakedRewardsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RestakedRewards(address indexed delegator, uint256 indexed toValidatorID, uint256 rewards)
func (mockSFC *MockSFC) UnpackRestakedRewardsEvent(log *types.Log) (*MockSFCRestakedRewards, error) {
	event := "RestakedRewards"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockSFCRestakedRewards)
	if len(log.Data) > 0 {
		if err := mockSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockSFC.abi.Events[event].Inputs {
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

// MockSFCUndelegated represents a Undelegated event raised by the MockSFC contract.
type MockSFCUndelegated struct {
	Delegator     common.Address
	ToValidatorID *big.Int
	WrID          *big.Int
	Amount        *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const MockSFCUndelegatedEventName = "Undelegated"

// ContractEventName returns the user-defined event name.
func (MockSFCUndelegated) ContractEventName() string {
	return MockSFCUndelegatedEventName
}

// UnpackUndelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Undelegated(address indexed delegator, uint256 indexed toValidatorID, uint256 indexed wrID, uint256 amount)
func (mockSFC *MockSFC) UnpackUndelegatedEvent(log *types.Log) (*MockSFCUndelegated, error) {
	event := "Undelegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockSFCUndelegated)
	if len(log.Data) > 0 {
		if err := mockSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockSFC.abi.Events[event].Inputs {
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

// MockSFCWithdrawn represents a Withdrawn event raised by the MockSFC contract.
type MockSFCWithdrawn struct {
	Delegator     common.Address
	ToValidatorID *big.Int
	WrID          *big.Int
	Amount        *big.Int
	Penalty       *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const MockSFCWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (MockSFCWithdrawn) ContractEventName() string {
	return MockSFCWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed delegator, uint256 indexed toValidatorID, uint256 indexed wrID, uint256 amount, uint256 penalty)
func (mockSFC *MockSFC) UnpackWithdrawnEvent(log *types.Log) (*MockSFCWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockSFC.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockSFCWithdrawn)
	if len(log.Data) > 0 {
		if err := mockSFC.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockSFC.abi.Events[event].Inputs {
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
func (mockSFC *MockSFC) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mockSFC.abi.Errors["NotEnoughEpochsPassed"].ID.Bytes()[:4]) {
		return mockSFC.UnpackNotEnoughEpochsPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockSFC.abi.Errors["NotEnoughStake"].ID.Bytes()[:4]) {
		return mockSFC.UnpackNotEnoughStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockSFC.abi.Errors["NotEnoughTimePassed"].ID.Bytes()[:4]) {
		return mockSFC.UnpackNotEnoughTimePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockSFC.abi.Errors["RequestExists"].ID.Bytes()[:4]) {
		return mockSFC.UnpackRequestExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockSFC.abi.Errors["RequestNotExists"].ID.Bytes()[:4]) {
		return mockSFC.UnpackRequestNotExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockSFC.abi.Errors["StakeIsFullySlashed"].ID.Bytes()[:4]) {
		return mockSFC.UnpackStakeIsFullySlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockSFC.abi.Errors["ValidatorDelegationLimitExceeded"].ID.Bytes()[:4]) {
		return mockSFC.UnpackValidatorDelegationLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockSFC.abi.Errors["ValidatorNotActive"].ID.Bytes()[:4]) {
		return mockSFC.UnpackValidatorNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockSFC.abi.Errors["ValidatorNotExists"].ID.Bytes()[:4]) {
		return mockSFC.UnpackValidatorNotExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockSFC.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return mockSFC.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockSFC.abi.Errors["ZeroRewards"].ID.Bytes()[:4]) {
		return mockSFC.UnpackZeroRewardsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MockSFCNotEnoughEpochsPassed represents a NotEnoughEpochsPassed error raised by the MockSFC contract.
type MockSFCNotEnoughEpochsPassed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughEpochsPassed()
func MockSFCNotEnoughEpochsPassedErrorID() common.Hash {
	return common.HexToHash("0x23ea994d81d8302fe5e183b480412b555f1b60635e49928f25ad8be645b7665b")
}

// UnpackNotEnoughEpochsPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughEpochsPassed()
func (mockSFC *MockSFC) UnpackNotEnoughEpochsPassedError(raw []byte) (*MockSFCNotEnoughEpochsPassed, error) {
	out := new(MockSFCNotEnoughEpochsPassed)
	if err := mockSFC.abi.UnpackIntoInterface(out, "NotEnoughEpochsPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockSFCNotEnoughStake represents a NotEnoughStake error raised by the MockSFC contract.
type MockSFCNotEnoughStake struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughStake()
func MockSFCNotEnoughStakeErrorID() common.Hash {
	return common.HexToHash("0xf0a42d4c16c2182e1b6479c39915d854742bb4e9e92cd31ba5c02429f4e08ad8")
}

// UnpackNotEnoughStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughStake()
func (mockSFC *MockSFC) UnpackNotEnoughStakeError(raw []byte) (*MockSFCNotEnoughStake, error) {
	out := new(MockSFCNotEnoughStake)
	if err := mockSFC.abi.UnpackIntoInterface(out, "NotEnoughStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockSFCNotEnoughTimePassed represents a NotEnoughTimePassed error raised by the MockSFC contract.
type MockSFCNotEnoughTimePassed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughTimePassed()
func MockSFCNotEnoughTimePassedErrorID() common.Hash {
	return common.HexToHash("0x5ada9a99f24d913df20db50800b9c37b9ee218b908c0678da3854b4ea4d31b96")
}

// UnpackNotEnoughTimePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughTimePassed()
func (mockSFC *MockSFC) UnpackNotEnoughTimePassedError(raw []byte) (*MockSFCNotEnoughTimePassed, error) {
	out := new(MockSFCNotEnoughTimePassed)
	if err := mockSFC.abi.UnpackIntoInterface(out, "NotEnoughTimePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockSFCRequestExists represents a RequestExists error raised by the MockSFC contract.
type MockSFCRequestExists struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestExists()
func MockSFCRequestExistsErrorID() common.Hash {
	return common.HexToHash("0xeadeb85ae5af8e68994acf1f6e854a52a44c1d54e2962b201181142098dbd436")
}

// UnpackRequestExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestExists()
func (mockSFC *MockSFC) UnpackRequestExistsError(raw []byte) (*MockSFCRequestExists, error) {
	out := new(MockSFCRequestExists)
	if err := mockSFC.abi.UnpackIntoInterface(out, "RequestExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockSFCRequestNotExists represents a RequestNotExists error raised by the MockSFC contract.
type MockSFCRequestNotExists struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotExists()
func MockSFCRequestNotExistsErrorID() common.Hash {
	return common.HexToHash("0x7f1d9e08f2d1b47f5b1cacb7520dba2289fd7c64d2d084fa976a2bbd87c05717")
}

// UnpackRequestNotExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotExists()
func (mockSFC *MockSFC) UnpackRequestNotExistsError(raw []byte) (*MockSFCRequestNotExists, error) {
	out := new(MockSFCRequestNotExists)
	if err := mockSFC.abi.UnpackIntoInterface(out, "RequestNotExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockSFCStakeIsFullySlashed represents a StakeIsFullySlashed error raised by the MockSFC contract.
type MockSFCStakeIsFullySlashed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeIsFullySlashed()
func MockSFCStakeIsFullySlashedErrorID() common.Hash {
	return common.HexToHash("0x18f967fb12a5561f8057ad9717fb1bfaa418d11dec3ff2819799d6890519534b")
}

// UnpackStakeIsFullySlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeIsFullySlashed()
func (mockSFC *MockSFC) UnpackStakeIsFullySlashedError(raw []byte) (*MockSFCStakeIsFullySlashed, error) {
	out := new(MockSFCStakeIsFullySlashed)
	if err := mockSFC.abi.UnpackIntoInterface(out, "StakeIsFullySlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockSFCValidatorDelegationLimitExceeded represents a ValidatorDelegationLimitExceeded error raised by the MockSFC contract.
type MockSFCValidatorDelegationLimitExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorDelegationLimitExceeded()
func MockSFCValidatorDelegationLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xc2eb4ead018e56971f48f1f373325b1cd9ed581e206482a53e75f740ee5f938a")
}

// UnpackValidatorDelegationLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorDelegationLimitExceeded()
func (mockSFC *MockSFC) UnpackValidatorDelegationLimitExceededError(raw []byte) (*MockSFCValidatorDelegationLimitExceeded, error) {
	out := new(MockSFCValidatorDelegationLimitExceeded)
	if err := mockSFC.abi.UnpackIntoInterface(out, "ValidatorDelegationLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockSFCValidatorNotActive represents a ValidatorNotActive error raised by the MockSFC contract.
type MockSFCValidatorNotActive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorNotActive()
func MockSFCValidatorNotActiveErrorID() common.Hash {
	return common.HexToHash("0xa6ce15f6a9813ee63f1df1a467f1aaf34e6703f12a40ffaba385d806f3e577f7")
}

// UnpackValidatorNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorNotActive()
func (mockSFC *MockSFC) UnpackValidatorNotActiveError(raw []byte) (*MockSFCValidatorNotActive, error) {
	out := new(MockSFCValidatorNotActive)
	if err := mockSFC.abi.UnpackIntoInterface(out, "ValidatorNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockSFCValidatorNotExists represents a ValidatorNotExists error raised by the MockSFC contract.
type MockSFCValidatorNotExists struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorNotExists()
func MockSFCValidatorNotExistsErrorID() common.Hash {
	return common.HexToHash("0x5926e0c333f1cbbc6225b5f94c36bb66fcde4ead7b7b00e0b28ebb7bcf906e5e")
}

// UnpackValidatorNotExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorNotExists()
func (mockSFC *MockSFC) UnpackValidatorNotExistsError(raw []byte) (*MockSFCValidatorNotExists, error) {
	out := new(MockSFCValidatorNotExists)
	if err := mockSFC.abi.UnpackIntoInterface(out, "ValidatorNotExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockSFCZeroAmount represents a ZeroAmount error raised by the MockSFC contract.
type MockSFCZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func MockSFCZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (mockSFC *MockSFC) UnpackZeroAmountError(raw []byte) (*MockSFCZeroAmount, error) {
	out := new(MockSFCZeroAmount)
	if err := mockSFC.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockSFCZeroRewards represents a ZeroRewards error raised by the MockSFC contract.
type MockSFCZeroRewards struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRewards()
func MockSFCZeroRewardsErrorID() common.Hash {
	return common.HexToHash("0x899aaa9d35015d7edf78a9ae11e76c11f7df9c703d8707d5c4baf66c69c58659")
}

// UnpackZeroRewardsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRewards()
func (mockSFC *MockSFC) UnpackZeroRewardsError(raw []byte) (*MockSFCZeroRewards, error) {
	out := new(MockSFCZeroRewards)
	if err := mockSFC.abi.UnpackIntoInterface(out, "ZeroRewards", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeCreditMetaData contains all meta data concerning the MockStakeCredit contract.
var MockStakeCreditMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_validator\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ApproveNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClaimableUnbondRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroShares\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewardToAll\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commission\",\"type\":\"uint256\"}],\"name\":\"RewardReceived\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"number\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"}],\"name\":\"claimableUnbondRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"commissionRate\",\"type\":\"uint64\"}],\"name\":\"distributeReward\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getPooledBNB\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"getPooledBNBByShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"name\":\"getSharesByPooledBNB\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hub\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"number\",\"type\":\"uint256\"}],\"name\":\"lockedBNBs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"}],\"name\":\"pendingUnbondRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"rewardRecord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalPooledBNB\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"totalPooledBNBRecord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"unbond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"unbondInstant\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_index\",\"type\":\"uint256\"}],\"name\":\"unbondRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbondSequence\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "26a76050b4ffb462a7d571f9ebafe68ffa",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161145638038061145683398101604081905261002e91610043565b336080526001600160a01b031660a052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805160a0516113636100f35f395f818161026f015281816105f50152818161065301528181610696015281816106cf0152818161075301526109ac01525f8181610224015281816105a5015281816107a401528181610844015281816108fa01528181610bb301528181610d9001528181610e820152610ece01526113635ff3fe60806040526004361061013f575f3560e01c8063647df759116100b3578063aa1966cd1161006d578063aa1966cd146103aa578063aad3ec96146103d5578063c120ea2b146103f4578063c2cde2b214610413578063d15a4d601461043e578063d241c1ea1461045d575f5ffd5b8063647df759146102d85780636bbf2249146102f757806370a082311461032257806391faf0b41461034d578063a9059cbb1461036c578063a9664feb1461038b575f5ffd5b80632f2d448a116101045780632f2d448a146101f4578063365a86fc146102135780633a5381b51461025e57806345bc4d10146102915780635c19a95c146102b05780635e607d76146102c3575f5ffd5b8063038c00231461014a5780630913db471461017c578063095ea7b31461019b57806315d1f898146101ca57806318160ddd146101df575f5ffd5b3661014657005b5f5ffd5b348015610155575f5ffd5b506101696101643660046111c0565b610497565b6040519081526020015b60405180910390f35b348015610187575f5ffd5b506101696101963660046111c0565b6104ca565b3480156101a6575f5ffd5b506101ba6101b53660046111e2565b6104eb565b6040519015158152602001610173565b3480156101d5575f5ffd5b5061016960025481565b3480156101ea575f5ffd5b5061016960015481565b3480156101ff575f5ffd5b5061016961020e3660046111c0565b610505565b34801561021e575f5ffd5b506102467f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610173565b348015610269575f5ffd5b506102467f000000000000000000000000000000000000000000000000000000000000000081565b34801561029c575f5ffd5b506101696102ab36600461120c565b610599565b6101696102be3660046111c0565b610838565b6102d66102d1366004611223565b6108ef565b005b3480156102e3575f5ffd5b506101696102f236600461120c565b610a5c565b348015610302575f5ffd5b5061016961031136600461120c565b60076020525f908152604090205481565b34801561032d575f5ffd5b5061016961033c3660046111c0565b5f6020819052908152604090205481565b348015610358575f5ffd5b5061016961036736600461120c565b610a84565b348015610377575f5ffd5b506101ba6103863660046111e2565b610aa2565b348015610396575f5ffd5b506101696103a53660046111e2565b610abc565b3480156103b5575f5ffd5b506101696103c436600461120c565b60066020525f908152604090205481565b3480156103e0575f5ffd5b506101696103ef3660046111e2565b610ba7565b3480156103ff575f5ffd5b5061016961040e36600461124a565b610d84565b34801561041e575f5ffd5b5061016961042d3660046111c0565b60056020525f908152604090205481565b348015610449575f5ffd5b506101696104583660046111e2565b610e76565b348015610468575f5ffd5b5061047c6104773660046111e2565b610f61565b60408051938452602084019290925290820152606001610173565b6001600160a01b0381165f9081526004602090815260408083205460039092528220546104c49190611290565b92915050565b6001600160a01b0381165f908152602081905260408120546104c490610a84565b5f604051632028747160e01b815260040160405180910390fd5b6001600160a01b0381165f908152600460205260408120545b6001600160a01b0383165f90815260036020526040902054811015610593576001600160a01b0383165f908152600360205260409020805442919083908110610569576105696112a3565b905f5260205f20906003020160020154116105935781610588816112b7565b92505060010161051e565b50919050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105eb5760405162461bcd60e51b81526004016105e2906112cf565b60405180910390fd5b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081205461062c90610a84565b905080831061063b578061063d565b825b91505f61064983610a5c565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f908152602081905260409020549091508111156106c557506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f908152602081905260409020545b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f908152602081905260408120805483929061070c908490611290565b925050819055508060015f8282546107249190611290565b925050819055508260025f82825461073c9190611290565b90915550506040518181525f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316846040515f6040518083038185875af1925050503d805f811461080a576040519150601f19603f3d011682016040523d82523d5f602084013e61080f565b606091505b50509050806108305760405162461bcd60e51b81526004016105e2906112f1565b505050919050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108815760405162461bcd60e51b81526004016105e2906112cf565b61088a34610a5c565b90505f81116108c95760405162461bcd60e51b815260206004820152600b60248201526a7a65726f2073686172657360a81b60448201526064016105e2565b3460025f8282546108da919061131a565b909155506108ea90508282610fec565b919050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109375760405162461bcd60e51b81526004016105e2906112cf565b5f61271061094f67ffffffffffffffff84163461132d565b6109599190611344565b90505f6109668234611290565b90508060025f828254610979919061131a565b909155505081156109d3575f61098e83610a5c565b90508260025f8282546109a1919061131a565b909155506109d190507f000000000000000000000000000000000000000000000000000000000000000082610fec565b505b5f6109e16201518042611344565b90508160065f8381526020019081526020015f205f828254610a03919061131a565b90915550506002545f828152600760209081526040918290209290925580518481529182018590527ffb0e1482d62102ab9594f69d4c6d693749e3e2bf1c21af272f5456b2d5a4f6b5910160405180910390a150505050565b5f6002545f03610a6a575090565b600254600154610a7a908461132d565b6104c49190611344565b5f6001545f03610a92575090565b600154600254610a7a908461132d565b5f604051638cd22d1960e01b815260040160405180910390fd5b6001600160a01b0382165f908152600360205260408120548215801590610b0557506001600160a01b0384165f908152600460205260409020548190610b0390859061131a565b105b15610b30576001600160a01b0384165f90815260046020526040902054610b2d90849061131a565b90505b6001600160a01b0384165f908152600460205260409020545b81811015610b9f576001600160a01b0385165f908152600360205260409020805482908110610b7a57610b7a6112a3565b905f5260205f2090600302016001015483610b95919061131a565b9250600101610b49565b505092915050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610bf05760405162461bcd60e51b81526004016105e2906112cf565b5f610bfa84610505565b90508215801590610c0a57508083105b15610c125750815b805f03610c32576040516303cd8e0960e21b815260040160405180910390fd5b5f5b81811015610d10576001600160a01b0385165f90815260036020908152604080832060049092529091205481548110610c6f57610c6f6112a3565b905f5260205f2090600302016001015483610c8a919061131a565b6001600160a01b0386165f908152600360209081526040808320600490925290912054815492955090918110610cc257610cc26112a3565b5f91825260208083206003909202909101828155600181018390556002018290556001600160a01b03871682526004905260408120805491610d03836112b7565b9091555050600101610c34565b505f846001600160a01b0316611388846040515f60405180830381858888f193505050503d805f8114610d5e576040519150601f19603f3d011682016040523d82523d5f602084013e610d63565b606091505b5050905080610b9f5760405162461bcd60e51b81526004016105e2906112f1565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610dcd5760405162461bcd60e51b81526004016105e2906112cf565b610dd78484611074565b6001600160a01b0385165f908152600360209081526040918290208251606081018452878152918201849052929350908101610e13854261131a565b90528154600181810184555f9384526020808520845160039094020192835580840151918301919091556040928301516002909201919091556001600160a01b0387168352600590528120805491610e6a836112b7565b91905055509392505050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610ebf5760405162461bcd60e51b81526004016105e2906112cf565b610ec98383611074565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610f34576040519150601f19603f3d011682016040523d82523d5f602084013e610f39565b606091505b5050905080610f5a5760405162461bcd60e51b81526004016105e2906112f1565b5092915050565b6001600160a01b0382165f908152600360209081526040808320600490925282205482918291829190610f9590879061131a565b81548110610fa557610fa56112a3565b5f9182526020918290206040805160608101825260039390930290910180548084526001820154948401859052600290910154929091018290529891975095509350505050565b6001600160a01b0382165f908152602081905260408120805483929061101390849061131a565b925050819055508060015f82825461102b919061131a565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b5f815f0361109557604051639811e0c760e01b815260040160405180910390fd5b6001600160a01b0383165f908152602081905260409020548211156110f25760405162461bcd60e51b8152602060048201526013602482015272696e73756666696369656e742073686172657360681b60448201526064016105e2565b6110fb82610a84565b9050815f5f856001600160a01b03166001600160a01b031681526020019081526020015f205f82825461112e9190611290565b925050819055508160015f8282546111469190611290565b925050819055508060025f82825461115e9190611290565b90915550506040518281525f906001600160a01b038516907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a392915050565b6001600160a01b03811681146111bd575f5ffd5b50565b5f602082840312156111d0575f5ffd5b81356111db816111a9565b9392505050565b5f5f604083850312156111f3575f5ffd5b82356111fe816111a9565b946020939093013593505050565b5f6020828403121561121c575f5ffd5b5035919050565b5f60208284031215611233575f5ffd5b813567ffffffffffffffff811681146111db575f5ffd5b5f5f5f6060848603121561125c575f5ffd5b8335611267816111a9565b95602085013595506040909401359392505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104c4576104c461127c565b634e487b7160e01b5f52603260045260245ffd5b5f600182016112c8576112c861127c565b5060010190565b60208082526008908201526737b7363c90343ab160c11b604082015260600190565b6020808252600f908201526e1d1c985b9cd9995c8819985a5b1959608a1b604082015260600190565b808201808211156104c4576104c461127c565b80820281158282048414176104c4576104c461127c565b5f8261135e57634e487b7160e01b5f52601260045260245ffd5b50049056",
}

// MockStakeCredit is an auto generated Go binding around an Ethereum contract.
type MockStakeCredit struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockStakeCredit) GetABI() abi.ABI {
	return c.abi
}

// NewMockStakeCredit creates a new instance of MockStakeCredit.
func NewMockStakeCredit() *MockStakeCredit {
	parsed, err := MockStakeCreditMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockStakeCredit{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockStakeCredit) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _validator) returns()
func (mockStakeCredit *MockStakeCredit) PackConstructor(_validator common.Address) []byte {
	enc, err := mockStakeCredit.abi.Pack("", _validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (mockStakeCredit *MockStakeCredit) PackApprove(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("approve", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (mockStakeCredit *MockStakeCredit) TryPackApprove(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("approve", arg0, arg1)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) pure returns(bool)
func (mockStakeCredit *MockStakeCredit) UnpackApprove(data []byte) (bool, error) {
	out, err := mockStakeCredit.abi.Unpack("approve", data)
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
// Solidity: function balanceOf(address ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := mockStakeCredit.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return mockStakeCredit.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("balanceOf", data)
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
// Solidity: function claim(address delegator, uint256 number) returns(uint256 total)
func (mockStakeCredit *MockStakeCredit) PackClaim(delegator common.Address, number *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("claim", delegator, number)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaad3ec96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address delegator, uint256 number) returns(uint256 total)
func (mockStakeCredit *MockStakeCredit) TryPackClaim(delegator common.Address, number *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("claim", delegator, number)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaad3ec96.
//
// Solidity: function claim(address delegator, uint256 number) returns(uint256 total)
func (mockStakeCredit *MockStakeCredit) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("claim", data)
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
// Solidity: function claimableUnbondRequest(address delegator) view returns(uint256 n)
func (mockStakeCredit *MockStakeCredit) PackClaimableUnbondRequest(delegator common.Address) []byte {
	enc, err := mockStakeCredit.abi.Pack("claimableUnbondRequest", delegator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableUnbondRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2d448a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableUnbondRequest(address delegator) view returns(uint256 n)
func (mockStakeCredit *MockStakeCredit) TryPackClaimableUnbondRequest(delegator common.Address) ([]byte, error) {
	return mockStakeCredit.abi.Pack("claimableUnbondRequest", delegator)
}

// UnpackClaimableUnbondRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f2d448a.
//
// Solidity: function claimableUnbondRequest(address delegator) view returns(uint256 n)
func (mockStakeCredit *MockStakeCredit) UnpackClaimableUnbondRequest(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("claimableUnbondRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address delegator) payable returns(uint256 shares)
func (mockStakeCredit *MockStakeCredit) PackDelegate(delegator common.Address) []byte {
	enc, err := mockStakeCredit.abi.Pack("delegate", delegator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address delegator) payable returns(uint256 shares)
func (mockStakeCredit *MockStakeCredit) TryPackDelegate(delegator common.Address) ([]byte, error) {
	return mockStakeCredit.abi.Pack("delegate", delegator)
}

// UnpackDelegate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c19a95c.
//
// Solidity: function delegate(address delegator) payable returns(uint256 shares)
func (mockStakeCredit *MockStakeCredit) UnpackDelegate(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("delegate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDistributeReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e607d76.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributeReward(uint64 commissionRate) payable returns()
func (mockStakeCredit *MockStakeCredit) PackDistributeReward(commissionRate uint64) []byte {
	enc, err := mockStakeCredit.abi.Pack("distributeReward", commissionRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributeReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e607d76.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributeReward(uint64 commissionRate) payable returns()
func (mockStakeCredit *MockStakeCredit) TryPackDistributeReward(commissionRate uint64) ([]byte, error) {
	return mockStakeCredit.abi.Pack("distributeReward", commissionRate)
}

// PackGetPooledBNB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0913db47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPooledBNB(address account) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) PackGetPooledBNB(account common.Address) []byte {
	enc, err := mockStakeCredit.abi.Pack("getPooledBNB", account)
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
func (mockStakeCredit *MockStakeCredit) TryPackGetPooledBNB(account common.Address) ([]byte, error) {
	return mockStakeCredit.abi.Pack("getPooledBNB", account)
}

// UnpackGetPooledBNB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0913db47.
//
// Solidity: function getPooledBNB(address account) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) UnpackGetPooledBNB(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("getPooledBNB", data)
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
func (mockStakeCredit *MockStakeCredit) PackGetPooledBNBByShares(shares *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("getPooledBNBByShares", shares)
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
func (mockStakeCredit *MockStakeCredit) TryPackGetPooledBNBByShares(shares *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("getPooledBNBByShares", shares)
}

// UnpackGetPooledBNBByShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91faf0b4.
//
// Solidity: function getPooledBNBByShares(uint256 shares) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) UnpackGetPooledBNBByShares(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("getPooledBNBByShares", data)
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
func (mockStakeCredit *MockStakeCredit) PackGetSharesByPooledBNB(bnbAmount *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("getSharesByPooledBNB", bnbAmount)
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
func (mockStakeCredit *MockStakeCredit) TryPackGetSharesByPooledBNB(bnbAmount *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("getSharesByPooledBNB", bnbAmount)
}

// UnpackGetSharesByPooledBNB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x647df759.
//
// Solidity: function getSharesByPooledBNB(uint256 bnbAmount) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) UnpackGetSharesByPooledBNB(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("getSharesByPooledBNB", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a86fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hub() view returns(address)
func (mockStakeCredit *MockStakeCredit) PackHub() []byte {
	enc, err := mockStakeCredit.abi.Pack("hub")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a86fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hub() view returns(address)
func (mockStakeCredit *MockStakeCredit) TryPackHub() ([]byte, error) {
	return mockStakeCredit.abi.Pack("hub")
}

// UnpackHub is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x365a86fc.
//
// Solidity: function hub() view returns(address)
func (mockStakeCredit *MockStakeCredit) UnpackHub(data []byte) (common.Address, error) {
	out, err := mockStakeCredit.abi.Unpack("hub", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLockedBNBs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9664feb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockedBNBs(address delegator, uint256 number) view returns(uint256 total)
func (mockStakeCredit *MockStakeCredit) PackLockedBNBs(delegator common.Address, number *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("lockedBNBs", delegator, number)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockedBNBs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9664feb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockedBNBs(address delegator, uint256 number) view returns(uint256 total)
func (mockStakeCredit *MockStakeCredit) TryPackLockedBNBs(delegator common.Address, number *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("lockedBNBs", delegator, number)
}

// UnpackLockedBNBs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9664feb.
//
// Solidity: function lockedBNBs(address delegator, uint256 number) view returns(uint256 total)
func (mockStakeCredit *MockStakeCredit) UnpackLockedBNBs(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("lockedBNBs", data)
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
func (mockStakeCredit *MockStakeCredit) PackPendingUnbondRequest(delegator common.Address) []byte {
	enc, err := mockStakeCredit.abi.Pack("pendingUnbondRequest", delegator)
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
func (mockStakeCredit *MockStakeCredit) TryPackPendingUnbondRequest(delegator common.Address) ([]byte, error) {
	return mockStakeCredit.abi.Pack("pendingUnbondRequest", delegator)
}

// UnpackPendingUnbondRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x038c0023.
//
// Solidity: function pendingUnbondRequest(address delegator) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) UnpackPendingUnbondRequest(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("pendingUnbondRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRewardRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa1966cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardRecord(uint256 ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) PackRewardRecord(arg0 *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("rewardRecord", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa1966cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardRecord(uint256 ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) TryPackRewardRecord(arg0 *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("rewardRecord", arg0)
}

// UnpackRewardRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa1966cd.
//
// Solidity: function rewardRecord(uint256 ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) UnpackRewardRecord(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("rewardRecord", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45bc4d10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(uint256 amount) returns(uint256 slashed)
func (mockStakeCredit *MockStakeCredit) PackSlash(amount *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("slash", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45bc4d10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(uint256 amount) returns(uint256 slashed)
func (mockStakeCredit *MockStakeCredit) TryPackSlash(amount *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("slash", amount)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45bc4d10.
//
// Solidity: function slash(uint256 amount) returns(uint256 slashed)
func (mockStakeCredit *MockStakeCredit) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("slash", data)
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
func (mockStakeCredit *MockStakeCredit) PackTotalPooledBNB() []byte {
	enc, err := mockStakeCredit.abi.Pack("totalPooledBNB")
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
func (mockStakeCredit *MockStakeCredit) TryPackTotalPooledBNB() ([]byte, error) {
	return mockStakeCredit.abi.Pack("totalPooledBNB")
}

// UnpackTotalPooledBNB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15d1f898.
//
// Solidity: function totalPooledBNB() view returns(uint256)
func (mockStakeCredit *MockStakeCredit) UnpackTotalPooledBNB(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("totalPooledBNB", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalPooledBNBRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bbf2249.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalPooledBNBRecord(uint256 ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) PackTotalPooledBNBRecord(arg0 *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("totalPooledBNBRecord", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalPooledBNBRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bbf2249.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalPooledBNBRecord(uint256 ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) TryPackTotalPooledBNBRecord(arg0 *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("totalPooledBNBRecord", arg0)
}

// UnpackTotalPooledBNBRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6bbf2249.
//
// Solidity: function totalPooledBNBRecord(uint256 ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) UnpackTotalPooledBNBRecord(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("totalPooledBNBRecord", data)
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
func (mockStakeCredit *MockStakeCredit) PackTotalSupply() []byte {
	enc, err := mockStakeCredit.abi.Pack("totalSupply")
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
func (mockStakeCredit *MockStakeCredit) TryPackTotalSupply() ([]byte, error) {
	return mockStakeCredit.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockStakeCredit *MockStakeCredit) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("totalSupply", data)
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
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (mockStakeCredit *MockStakeCredit) PackTransfer(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("transfer", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (mockStakeCredit *MockStakeCredit) TryPackTransfer(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("transfer", arg0, arg1)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address , uint256 ) pure returns(bool)
func (mockStakeCredit *MockStakeCredit) UnpackTransfer(data []byte) (bool, error) {
	out, err := mockStakeCredit.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc120ea2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbond(address delegator, uint256 shares, uint256 period) returns(uint256 bnbAmount)
func (mockStakeCredit *MockStakeCredit) PackUnbond(delegator common.Address, shares *big.Int, period *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("unbond", delegator, shares, period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc120ea2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbond(address delegator, uint256 shares, uint256 period) returns(uint256 bnbAmount)
func (mockStakeCredit *MockStakeCredit) TryPackUnbond(delegator common.Address, shares *big.Int, period *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("unbond", delegator, shares, period)
}

// UnpackUnbond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc120ea2b.
//
// Solidity: function unbond(address delegator, uint256 shares, uint256 period) returns(uint256 bnbAmount)
func (mockStakeCredit *MockStakeCredit) UnpackUnbond(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("unbond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondInstant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd15a4d60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondInstant(address delegator, uint256 shares) returns(uint256 bnbAmount)
func (mockStakeCredit *MockStakeCredit) PackUnbondInstant(delegator common.Address, shares *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("unbondInstant", delegator, shares)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondInstant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd15a4d60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondInstant(address delegator, uint256 shares) returns(uint256 bnbAmount)
func (mockStakeCredit *MockStakeCredit) TryPackUnbondInstant(delegator common.Address, shares *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("unbondInstant", delegator, shares)
}

// UnpackUnbondInstant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd15a4d60.
//
// Solidity: function unbondInstant(address delegator, uint256 shares) returns(uint256 bnbAmount)
func (mockStakeCredit *MockStakeCredit) UnpackUnbondInstant(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("unbondInstant", data)
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
// Solidity: function unbondRequest(address delegator, uint256 _index) view returns(uint256, uint256, uint256)
func (mockStakeCredit *MockStakeCredit) PackUnbondRequest(delegator common.Address, index *big.Int) []byte {
	enc, err := mockStakeCredit.abi.Pack("unbondRequest", delegator, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd241c1ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondRequest(address delegator, uint256 _index) view returns(uint256, uint256, uint256)
func (mockStakeCredit *MockStakeCredit) TryPackUnbondRequest(delegator common.Address, index *big.Int) ([]byte, error) {
	return mockStakeCredit.abi.Pack("unbondRequest", delegator, index)
}

// UnbondRequestOutput serves as a container for the return parameters of contract
// method UnbondRequest.
type UnbondRequestOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
}

// UnpackUnbondRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd241c1ea.
//
// Solidity: function unbondRequest(address delegator, uint256 _index) view returns(uint256, uint256, uint256)
func (mockStakeCredit *MockStakeCredit) UnpackUnbondRequest(data []byte) (UnbondRequestOutput, error) {
	out, err := mockStakeCredit.abi.Unpack("unbondRequest", data)
	outstruct := new(UnbondRequestOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackUnbondSequence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2cde2b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondSequence(address ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) PackUnbondSequence(arg0 common.Address) []byte {
	enc, err := mockStakeCredit.abi.Pack("unbondSequence", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondSequence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2cde2b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondSequence(address ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) TryPackUnbondSequence(arg0 common.Address) ([]byte, error) {
	return mockStakeCredit.abi.Pack("unbondSequence", arg0)
}

// UnpackUnbondSequence is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2cde2b2.
//
// Solidity: function unbondSequence(address ) view returns(uint256)
func (mockStakeCredit *MockStakeCredit) UnpackUnbondSequence(data []byte) (*big.Int, error) {
	out, err := mockStakeCredit.abi.Unpack("unbondSequence", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a5381b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validator() view returns(address)
func (mockStakeCredit *MockStakeCredit) PackValidator() []byte {
	enc, err := mockStakeCredit.abi.Pack("validator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a5381b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validator() view returns(address)
func (mockStakeCredit *MockStakeCredit) TryPackValidator() ([]byte, error) {
	return mockStakeCredit.abi.Pack("validator")
}

// UnpackValidator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a5381b5.
//
// Solidity: function validator() view returns(address)
func (mockStakeCredit *MockStakeCredit) UnpackValidator(data []byte) (common.Address, error) {
	out, err := mockStakeCredit.abi.Unpack("validator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// MockStakeCreditRewardReceived represents a RewardReceived event raised by the MockStakeCredit contract.
type MockStakeCreditRewardReceived struct {
	RewardToAll *big.Int
	Commission  *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakeCreditRewardReceivedEventName = "RewardReceived"

// ContractEventName returns the user-defined event name.
func (MockStakeCreditRewardReceived) ContractEventName() string {
	return MockStakeCreditRewardReceivedEventName
}

// UnpackRewardReceivedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardReceived(uint256 rewardToAll, uint256 commission)
func (mockStakeCredit *MockStakeCredit) UnpackRewardReceivedEvent(log *types.Log) (*MockStakeCreditRewardReceived, error) {
	event := "RewardReceived"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeCredit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeCreditRewardReceived)
	if len(log.Data) > 0 {
		if err := mockStakeCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeCredit.abi.Events[event].Inputs {
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

// MockStakeCreditTransfer represents a Transfer event raised by the MockStakeCredit contract.
type MockStakeCreditTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MockStakeCreditTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (MockStakeCreditTransfer) ContractEventName() string {
	return MockStakeCreditTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (mockStakeCredit *MockStakeCredit) UnpackTransferEvent(log *types.Log) (*MockStakeCreditTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeCredit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeCreditTransfer)
	if len(log.Data) > 0 {
		if err := mockStakeCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeCredit.abi.Events[event].Inputs {
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
func (mockStakeCredit *MockStakeCredit) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mockStakeCredit.abi.Errors["ApproveNotAllowed"].ID.Bytes()[:4]) {
		return mockStakeCredit.UnpackApproveNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStakeCredit.abi.Errors["NoClaimableUnbondRequest"].ID.Bytes()[:4]) {
		return mockStakeCredit.UnpackNoClaimableUnbondRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStakeCredit.abi.Errors["TransferNotAllowed"].ID.Bytes()[:4]) {
		return mockStakeCredit.UnpackTransferNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStakeCredit.abi.Errors["ZeroShares"].ID.Bytes()[:4]) {
		return mockStakeCredit.UnpackZeroSharesError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MockStakeCreditApproveNotAllowed represents a ApproveNotAllowed error raised by the MockStakeCredit contract.
type MockStakeCreditApproveNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ApproveNotAllowed()
func MockStakeCreditApproveNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x20287471febb94d2a4e7be5d3662f51a83f2bee180c5c2ea14db4432e1cd3e48")
}

// UnpackApproveNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ApproveNotAllowed()
func (mockStakeCredit *MockStakeCredit) UnpackApproveNotAllowedError(raw []byte) (*MockStakeCreditApproveNotAllowed, error) {
	out := new(MockStakeCreditApproveNotAllowed)
	if err := mockStakeCredit.abi.UnpackIntoInterface(out, "ApproveNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeCreditNoClaimableUnbondRequest represents a NoClaimableUnbondRequest error raised by the MockStakeCredit contract.
type MockStakeCreditNoClaimableUnbondRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoClaimableUnbondRequest()
func MockStakeCreditNoClaimableUnbondRequestErrorID() common.Hash {
	return common.HexToHash("0x0f3638248517e52244e940161ad746f559683cd453c2da97a227c1cba557b528")
}

// UnpackNoClaimableUnbondRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoClaimableUnbondRequest()
func (mockStakeCredit *MockStakeCredit) UnpackNoClaimableUnbondRequestError(raw []byte) (*MockStakeCreditNoClaimableUnbondRequest, error) {
	out := new(MockStakeCreditNoClaimableUnbondRequest)
	if err := mockStakeCredit.abi.UnpackIntoInterface(out, "NoClaimableUnbondRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeCreditTransferNotAllowed represents a TransferNotAllowed error raised by the MockStakeCredit contract.
type MockStakeCreditTransferNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferNotAllowed()
func MockStakeCreditTransferNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x8cd22d191543fbb893cff76797482bc41fda8a261404bdcd20ff77b9dec06ff5")
}

// UnpackTransferNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferNotAllowed()
func (mockStakeCredit *MockStakeCredit) UnpackTransferNotAllowedError(raw []byte) (*MockStakeCreditTransferNotAllowed, error) {
	out := new(MockStakeCreditTransferNotAllowed)
	if err := mockStakeCredit.abi.UnpackIntoInterface(out, "TransferNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeCreditZeroShares represents a ZeroShares error raised by the MockStakeCredit contract.
type MockStakeCreditZeroShares struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroShares()
func MockStakeCreditZeroSharesErrorID() common.Hash {
	return common.HexToHash("0x9811e0c7eeca2ee0fa751e2e19d78682ad689ea04816cfe0cf1c5863234abd3f")
}

// UnpackZeroSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroShares()
func (mockStakeCredit *MockStakeCredit) UnpackZeroSharesError(raw []byte) (*MockStakeCreditZeroShares, error) {
	out := new(MockStakeCreditZeroShares)
	if err := mockStakeCredit.abi.UnpackIntoInterface(out, "ZeroShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeHubMetaData contains all meta data concerning the MockStakeHub contract.
var MockStakeHubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"DelegationAmountTooSmall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InBlackList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClaimableUnbondRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelfDelegation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameValidator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StakeHubPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValidatorNotExisted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroShares\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"newCommissionRate\",\"type\":\"uint64\"}],\"name\":\"CommissionRateEdited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"name\":\"Delegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"srcValidator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dstValidator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"name\":\"Redelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"failReason\",\"type\":\"bytes\"}],\"name\":\"RewardDistributeFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"RewardDistributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bnbAmount\",\"type\":\"uint256\"}],\"name\":\"Undelegated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"ValidatorJailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"jailUntil\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"slashType\",\"type\":\"uint8\"}],\"name\":\"ValidatorSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"ValidatorUnjailed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BREATHE_BLOCK_INTERVAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"requestNumber\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"operatorAddresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"requestNumbers\",\"type\":\"uint256[]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"getValidatorBasicInfo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"getValidatorCommission\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"getValidatorCreditContract\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"getValidatorDescription\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getValidatorRewardRecord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getValidatorTotalPooledBNBRecord\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"getValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"operatorAddrs\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"creditAddrs\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"totalLength\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minDelegationBNBChange\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"srcValidator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dstValidator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"name\":\"redelegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"redelegateFeeRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"moniker\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"rate\",\"type\":\"uint64\"}],\"name\":\"testAddValidator\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"testDistributeReward\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"jailUntil\",\"type\":\"uint256\"}],\"name\":\"testJail\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"p\",\"type\":\"bool\"}],\"name\":\"testPause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"testPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"testSetUnbondPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"slashType\",\"type\":\"uint8\"}],\"name\":\"testSlash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"}],\"name\":\"testUnjail\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operatorAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"undelegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "1e52efbdfe61204448a4d946ca07cf3e74",
	Bin: "0x6080604052348015600e575f5ffd5b50612e388061001c5f395ff3fe60806040526004361061014a575f3560e01c80639b1f502b116100b3578063d7c2dfc81161006d578063d7c2dfc814610429578063dbda7fb314610448578063e992aaf514610497578063f387a3cc146104aa578063f80a3402146104d3578063fc0c5ff1146104f2575f5ffd5b80639b1f502b146103085780639bd1a92414610327578063a43569b314610346578063aad3ec9614610375578063bff02e2014610394578063cbb04d9d146103c2575f5ffd5b80636530b710116101045780636530b7101461021f5780636ec01b271461023257806370826bc8146102a45780637327af90146102b75780638cd22b22146102d6578063982ef0a7146102f5575f5ffd5b80631fa8882b1461015557806328c8226c14610179578063384099881461019a5780634d99dd16146101b45780634ec6941e146101d35780635949187114610200575f5ffd5b3661015157005b5f5ffd5b348015610160575f5ffd5b50620151805b6040519081526020015b60405180910390f35b348015610184575f5ffd5b5061019861019336600461143c565b600355565b005b3480156101a5575f5ffd5b50670de0b6b3a7640000610166565b3480156101bf575f5ffd5b506101986101ce366004611469565b610506565b3480156101de575f5ffd5b506101986101ed3660046114a0565b6002805460ff1916911515919091179055565b34801561020b575f5ffd5b5061019861021a3660046114b9565b610636565b61019861022d366004611503565b6108df565b34801561023d575f5ffd5b5061027a61024c366004611503565b6001600160a01b03165f908152600160205260409020600401546001600160401b031690612710906101f490565b604080516001600160401b0394851681529284166020840152921691810191909152606001610170565b6101986102b236600461151c565b61099d565b3480156102c2575f5ffd5b506101986102d1366004611503565b610bfb565b3480156102e1575f5ffd5b506101666102f0366004611469565b610c52565b6101986103033660046115b6565b610cd5565b348015610313575f5ffd5b506101986103223660046115e7565b610e1c565b348015610332575f5ffd5b50610198610341366004611469565b610f10565b348015610351575f5ffd5b50610365610360366004611503565b610f6b565b6040516101709493929190611657565b348015610380575f5ffd5b5061019861038f366004611469565b611054565b34801561039f575f5ffd5b506103b36103ae3660046116ae565b61113f565b60405161017093929190611711565b3480156103cd575f5ffd5b5061040e6103dc366004611503565b6001600160a01b03165f908152600160208190526040909120908101546002820154600390920154909260ff90921691565b60408051938452911515602084015290820152606001610170565b348015610434575f5ffd5b5061019861044336600461178d565b6112fd565b348015610453575f5ffd5b5061047f610462366004611503565b6001600160a01b039081165f908152600160205260409020541690565b6040516001600160a01b039091168152602001610170565b3480156104a2575f5ffd5b506002610166565b3480156104b5575f5ffd5b506002546104c39060ff1681565b6040519015158152602001610170565b3480156104de575f5ffd5b506101666104ed366004611469565b611398565b3480156104fd575f5ffd5b506101666113d7565b60025460ff161561052a5760405163d7485e8f60e01b815260040160405180910390fd5b5f610534836113f0565b9050815f0361055657604051639811e0c760e01b815260040160405180910390fd5b80545f906001600160a01b031663c120ea2b33856105726113d7565b6040516001600160e01b031960e086901b1681526001600160a01b039093166004840152602483019190915260448201526064016020604051808303815f875af11580156105c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105e691906117f7565b604080518581526020810183905291925033916001600160a01b038716917f3aace7340547de7b9156593a7652dc07ee900cea3fd8f82cb6c9d38b4082980291015b60405180910390a350505050565b60025460ff161561065a5760405163d7485e8f60e01b815260040160405180910390fd5b826001600160a01b0316846001600160a01b03160361068c5760405163f0e3e62960e01b815260040160405180910390fd5b5f610696856113f0565b90505f6106a2856113f0565b600281015490915060ff16156106cb57604051636468920360e01b815260040160405180910390fd5b835f036106eb57604051639811e0c760e01b815260040160405180910390fd5b815460405163068ad26b60e51b8152336004820152602481018690525f916001600160a01b03169063d15a4d60906044016020604051808303815f875af1158015610738573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061075c91906117f7565b9050670de0b6b3a76400008110156107875760405163dc6f0bdd60e01b815260040160405180910390fd5b5f620186a0610797600284611822565b6107a19190611839565b83549091505f906001600160a01b0316635c19a95c6107c08486611858565b6040516001600160e01b031960e084901b16815233600482015260240160206040518083038185885af11580156107f9573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061081e91906117f7565b90508115610881578354604051632f303ebb60e11b81525f60048201526001600160a01b0390911690635e607d769084906024015f604051808303818588803b158015610869575f5ffd5b505af115801561087b573d5f5f3e3d5ffd5b50505050505b604080518881526020810183905290810184905233906001600160a01b038a811691908c16907ffdac6e81913996d95abcc289e90f2d8bd235487ce6fe6f821e7d21002a1915b49060600160405180910390a4505050505050505050565b5f6108e9826113f0565b8054600480830154604051632f303ebb60e11b81526001600160401b03909116918101919091529192506001600160a01b031690635e607d769034906024015f604051808303818588803b15801561093f575f5ffd5b505af1158015610951573d5f5f3e3d5ffd5b5050505050816001600160a01b03167fe34918ff1c7084970068b53fd71ad6d8b04e9f15d3886cbf006443e6cdc52ea63460405161099191815260200190565b60405180910390a25050565b6001600160a01b038481165f9081526001602052604090205416156109f25760405162461bcd60e51b815260206004820152600660248201526565786973747360d01b60448201526064015b60405180910390fd5b5f84604051610a009061142f565b6001600160a01b039091168152602001604051809103905ff080158015610a29573d5f5f3e3d5ffd5b5090506040518060c00160405280826001600160a01b031681526020014281526020015f151581526020015f8152602001836001600160401b0316815260200185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509390945250506001600160a01b03888116825260016020818152604093849020865181546001600160a01b0319169416939093178355850151908201559083015160028201805460ff191691151591909117905560608301516003820155608083015160048201805467ffffffffffffffff19166001600160401b0390921691909117905560a08301519091506005820190610b369082611900565b50505f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5630180546001600160a01b0319166001600160a01b038816179055503415610bf4576040516317066a5760e21b81526001600160a01b038681166004830152821690635c19a95c90349060240160206040518083038185885af1158015610bcd573d5f5f3e3d5ffd5b50505050506040513d601f19601f82011682018060405250810190610bf291906117f7565b505b5050505050565b5f610c05826113f0565b60028101805460ff191690555f600382018190556040519192506001600160a01b038416917f9390b453426557da5ebdc31f19a37753ca04addf656d32f35232211bb2af3f199190a25050565b6001600160a01b038281165f90815260016020526040808220549051636bbf224960e01b81526004810185905291921690636bbf2249906024015b602060405180830381865afa158015610ca8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ccc91906117f7565b90505b92915050565b60025460ff1615610cf95760405163d7485e8f60e01b815260040160405180910390fd5b5f610d03836113f0565b600281015490915060ff168015610d235750336001600160a01b03841614155b15610d4157604051636468920360e01b815260040160405180910390fd5b670de0b6b3a7640000341015610d6a5760405163dc6f0bdd60e01b815260040160405180910390fd5b80546040516317066a5760e21b81523360048201525f916001600160a01b031690635c19a95c90349060240160206040518083038185885af1158015610db2573d5f5f3e3d5ffd5b50505050506040513d601f19601f82011682018060405250810190610dd791906117f7565b6040805182815234602082015291925033916001600160a01b038716917f24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e049101610628565b5f610e26846113f0565b805460405163045bc4d160e41b8152600481018690529192505f916001600160a01b03909116906345bc4d10906024016020604051808303815f875af1158015610e72573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e9691906117f7565b60028301805460ff191660011790559050610eb4426202a3006119ba565b60038301819055604080519182526020820183905260ff8516908201526001600160a01b038616907f6e9a2ee7aee95665e3a774a212eb11441b217e3e4656ab9563793094689aabb29060600160405180910390a25050505050565b5f610f1a836113f0565b60028101805460ff19166001179055600381018390556040519091506001600160a01b038416907f4905ac32602da3fb8b4b7b00c285e5fc4c6c2308cc908b4a1e4e9625a29c90a3905f90a2505050565b60608060608060015f866001600160a01b03166001600160a01b031681526020019081526020015f20600501808054610fa39061187f565b80601f0160208091040260200160405190810160405280929190818152602001828054610fcf9061187f565b801561101a5780601f10610ff15761010080835404028352916020019161101a565b820191905f5260205f20905b815481529060010190602001808311610ffd57829003601f168201915b505060408051602080820183525f8083528351808301855281815284519283019094528152959a5098509650929450505050509193509193565b60025460ff16156110785760405163d7485e8f60e01b815260040160405180910390fd5b5f611082836113f0565b8054604051635569f64b60e11b8152336004820152602481018590529192505f916001600160a01b039091169063aad3ec96906044016020604051808303815f875af11580156110d4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110f891906117f7565b9050336001600160a01b0316846001600160a01b03167ff7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd39926838360405161062891815260200190565b5f54606090819080851061116b57604080515f80825260208201908152818301909252935091506112f6565b5f6111768683611858565b9050848111156111835750835b806001600160401b0381111561119b5761119b61186b565b6040519080825280602002602001820160405280156111c4578160200160208202803683370190505b509350806001600160401b038111156111df576111df61186b565b604051908082528060200260200182016040528015611208578160200160208202803683370190505b5092505f5b818110156112f3575f61122082896119ba565b81548110611230576112306119cd565b905f5260205f20015f9054906101000a90046001600160a01b031685828151811061125d5761125d6119cd565b6001600160a01b039092166020928302919091019091015260015f80611283848b6119ba565b81548110611293576112936119cd565b5f9182526020808320909101546001600160a01b03908116845290830193909352604090910190205485519116908590839081106112d3576112d36119cd565b6001600160a01b039092166020928302919091019091015260010161120d565b50505b9250925092565b82811461133e5760405162461bcd60e51b815260206004820152600f60248201526e0d8cadccee8d040dad2e6dac2e8c6d608b1b60448201526064016109e9565b5f5b83811015610bf45761139085858381811061135d5761135d6119cd565b90506020020160208101906113729190611503565b848484818110611384576113846119cd565b90506020020135611054565b600101611340565b6001600160a01b038281165f9081526001602052604080822054905163aa1966cd60e01b8152600481018590529192169063aa1966cd90602401610c8d565b5f6003545f146113e8575060035490565b5062093a8090565b6001600160a01b038082165f908152600160205260409020805490911661142a5760405163056e881160e01b815260040160405180910390fd5b919050565b611456806119e283390190565b5f6020828403121561144c575f5ffd5b5035919050565b80356001600160a01b038116811461142a575f5ffd5b5f5f6040838503121561147a575f5ffd5b61148383611453565b946020939093013593505050565b8035801515811461142a575f5ffd5b5f602082840312156114b0575f5ffd5b610ccc82611491565b5f5f5f5f608085870312156114cc575f5ffd5b6114d585611453565b93506114e360208601611453565b9250604085013591506114f860608601611491565b905092959194509250565b5f60208284031215611513575f5ffd5b610ccc82611453565b5f5f5f5f6060858703121561152f575f5ffd5b61153885611453565b935060208501356001600160401b03811115611552575f5ffd5b8501601f81018713611562575f5ffd5b80356001600160401b03811115611577575f5ffd5b876020828401011115611588575f5ffd5b6020919091019350915060408501356001600160401b03811681146115ab575f5ffd5b939692955090935050565b5f5f604083850312156115c7575f5ffd5b6115d083611453565b91506115de60208401611491565b90509250929050565b5f5f5f606084860312156115f9575f5ffd5b61160284611453565b925060208401359150604084013560ff8116811461161e575f5ffd5b809150509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b608081525f6116696080830187611629565b828103602084015261167b8187611629565b9050828103604084015261168f8186611629565b905082810360608401526116a38185611629565b979650505050505050565b5f5f604083850312156116bf575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b828110156117075781516001600160a01b03168652602095860195909101906001016116e0565b5093949350505050565b606081525f61172360608301866116ce565b828103602084015261173581866116ce565b915050826040830152949350505050565b5f5f83601f840112611756575f5ffd5b5081356001600160401b0381111561176c575f5ffd5b6020830191508360208260051b8501011115611786575f5ffd5b9250929050565b5f5f5f5f604085870312156117a0575f5ffd5b84356001600160401b038111156117b5575f5ffd5b6117c187828801611746565b90955093505060208501356001600160401b038111156117df575f5ffd5b6117eb87828801611746565b95989497509550505050565b5f60208284031215611807575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610ccf57610ccf61180e565b5f8261185357634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115610ccf57610ccf61180e565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061189357607f821691505b6020821081036118b157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156118fb57805f5260205f20601f840160051c810160208510156118dc5750805b601f840160051c820191505b81811015610bf4575f81556001016118e8565b505050565b81516001600160401b038111156119195761191961186b565b61192d81611927845461187f565b846118b7565b6020601f82116001811461195f575f83156119485750848201515b5f19600385901b1c1916600184901b178455610bf4565b5f84815260208120601f198516915b8281101561198e578785015182556020948501946001909201910161196e565b50848210156119ab57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b80820180821115610ccf57610ccf61180e565b634e487b7160e01b5f52603260045260245ffdfe60c060405234801561000f575f5ffd5b5060405161145638038061145683398101604081905261002e91610043565b336080526001600160a01b031660a052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805160a0516113636100f35f395f818161026f015281816105f50152818161065301528181610696015281816106cf0152818161075301526109ac01525f8181610224015281816105a5015281816107a401528181610844015281816108fa01528181610bb301528181610d9001528181610e820152610ece01526113635ff3fe60806040526004361061013f575f3560e01c8063647df759116100b3578063aa1966cd1161006d578063aa1966cd146103aa578063aad3ec96146103d5578063c120ea2b146103f4578063c2cde2b214610413578063d15a4d601461043e578063d241c1ea1461045d575f5ffd5b8063647df759146102d85780636bbf2249146102f757806370a082311461032257806391faf0b41461034d578063a9059cbb1461036c578063a9664feb1461038b575f5ffd5b80632f2d448a116101045780632f2d448a146101f4578063365a86fc146102135780633a5381b51461025e57806345bc4d10146102915780635c19a95c146102b05780635e607d76146102c3575f5ffd5b8063038c00231461014a5780630913db471461017c578063095ea7b31461019b57806315d1f898146101ca57806318160ddd146101df575f5ffd5b3661014657005b5f5ffd5b348015610155575f5ffd5b506101696101643660046111c0565b610497565b6040519081526020015b60405180910390f35b348015610187575f5ffd5b506101696101963660046111c0565b6104ca565b3480156101a6575f5ffd5b506101ba6101b53660046111e2565b6104eb565b6040519015158152602001610173565b3480156101d5575f5ffd5b5061016960025481565b3480156101ea575f5ffd5b5061016960015481565b3480156101ff575f5ffd5b5061016961020e3660046111c0565b610505565b34801561021e575f5ffd5b506102467f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610173565b348015610269575f5ffd5b506102467f000000000000000000000000000000000000000000000000000000000000000081565b34801561029c575f5ffd5b506101696102ab36600461120c565b610599565b6101696102be3660046111c0565b610838565b6102d66102d1366004611223565b6108ef565b005b3480156102e3575f5ffd5b506101696102f236600461120c565b610a5c565b348015610302575f5ffd5b5061016961031136600461120c565b60076020525f908152604090205481565b34801561032d575f5ffd5b5061016961033c3660046111c0565b5f6020819052908152604090205481565b348015610358575f5ffd5b5061016961036736600461120c565b610a84565b348015610377575f5ffd5b506101ba6103863660046111e2565b610aa2565b348015610396575f5ffd5b506101696103a53660046111e2565b610abc565b3480156103b5575f5ffd5b506101696103c436600461120c565b60066020525f908152604090205481565b3480156103e0575f5ffd5b506101696103ef3660046111e2565b610ba7565b3480156103ff575f5ffd5b5061016961040e36600461124a565b610d84565b34801561041e575f5ffd5b5061016961042d3660046111c0565b60056020525f908152604090205481565b348015610449575f5ffd5b506101696104583660046111e2565b610e76565b348015610468575f5ffd5b5061047c6104773660046111e2565b610f61565b60408051938452602084019290925290820152606001610173565b6001600160a01b0381165f9081526004602090815260408083205460039092528220546104c49190611290565b92915050565b6001600160a01b0381165f908152602081905260408120546104c490610a84565b5f604051632028747160e01b815260040160405180910390fd5b6001600160a01b0381165f908152600460205260408120545b6001600160a01b0383165f90815260036020526040902054811015610593576001600160a01b0383165f908152600360205260409020805442919083908110610569576105696112a3565b905f5260205f20906003020160020154116105935781610588816112b7565b92505060010161051e565b50919050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105eb5760405162461bcd60e51b81526004016105e2906112cf565b60405180910390fd5b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081205461062c90610a84565b905080831061063b578061063d565b825b91505f61064983610a5c565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f908152602081905260409020549091508111156106c557506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f908152602081905260409020545b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f908152602081905260408120805483929061070c908490611290565b925050819055508060015f8282546107249190611290565b925050819055508260025f82825461073c9190611290565b90915550506040518181525f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316846040515f6040518083038185875af1925050503d805f811461080a576040519150601f19603f3d011682016040523d82523d5f602084013e61080f565b606091505b50509050806108305760405162461bcd60e51b81526004016105e2906112f1565b505050919050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108815760405162461bcd60e51b81526004016105e2906112cf565b61088a34610a5c565b90505f81116108c95760405162461bcd60e51b815260206004820152600b60248201526a7a65726f2073686172657360a81b60448201526064016105e2565b3460025f8282546108da919061131a565b909155506108ea90508282610fec565b919050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109375760405162461bcd60e51b81526004016105e2906112cf565b5f61271061094f67ffffffffffffffff84163461132d565b6109599190611344565b90505f6109668234611290565b90508060025f828254610979919061131a565b909155505081156109d3575f61098e83610a5c565b90508260025f8282546109a1919061131a565b909155506109d190507f000000000000000000000000000000000000000000000000000000000000000082610fec565b505b5f6109e16201518042611344565b90508160065f8381526020019081526020015f205f828254610a03919061131a565b90915550506002545f828152600760209081526040918290209290925580518481529182018590527ffb0e1482d62102ab9594f69d4c6d693749e3e2bf1c21af272f5456b2d5a4f6b5910160405180910390a150505050565b5f6002545f03610a6a575090565b600254600154610a7a908461132d565b6104c49190611344565b5f6001545f03610a92575090565b600154600254610a7a908461132d565b5f604051638cd22d1960e01b815260040160405180910390fd5b6001600160a01b0382165f908152600360205260408120548215801590610b0557506001600160a01b0384165f908152600460205260409020548190610b0390859061131a565b105b15610b30576001600160a01b0384165f90815260046020526040902054610b2d90849061131a565b90505b6001600160a01b0384165f908152600460205260409020545b81811015610b9f576001600160a01b0385165f908152600360205260409020805482908110610b7a57610b7a6112a3565b905f5260205f2090600302016001015483610b95919061131a565b9250600101610b49565b505092915050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610bf05760405162461bcd60e51b81526004016105e2906112cf565b5f610bfa84610505565b90508215801590610c0a57508083105b15610c125750815b805f03610c32576040516303cd8e0960e21b815260040160405180910390fd5b5f5b81811015610d10576001600160a01b0385165f90815260036020908152604080832060049092529091205481548110610c6f57610c6f6112a3565b905f5260205f2090600302016001015483610c8a919061131a565b6001600160a01b0386165f908152600360209081526040808320600490925290912054815492955090918110610cc257610cc26112a3565b5f91825260208083206003909202909101828155600181018390556002018290556001600160a01b03871682526004905260408120805491610d03836112b7565b9091555050600101610c34565b505f846001600160a01b0316611388846040515f60405180830381858888f193505050503d805f8114610d5e576040519150601f19603f3d011682016040523d82523d5f602084013e610d63565b606091505b5050905080610b9f5760405162461bcd60e51b81526004016105e2906112f1565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610dcd5760405162461bcd60e51b81526004016105e2906112cf565b610dd78484611074565b6001600160a01b0385165f908152600360209081526040918290208251606081018452878152918201849052929350908101610e13854261131a565b90528154600181810184555f9384526020808520845160039094020192835580840151918301919091556040928301516002909201919091556001600160a01b0387168352600590528120805491610e6a836112b7565b91905055509392505050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610ebf5760405162461bcd60e51b81526004016105e2906112cf565b610ec98383611074565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610f34576040519150601f19603f3d011682016040523d82523d5f602084013e610f39565b606091505b5050905080610f5a5760405162461bcd60e51b81526004016105e2906112f1565b5092915050565b6001600160a01b0382165f908152600360209081526040808320600490925282205482918291829190610f9590879061131a565b81548110610fa557610fa56112a3565b5f9182526020918290206040805160608101825260039390930290910180548084526001820154948401859052600290910154929091018290529891975095509350505050565b6001600160a01b0382165f908152602081905260408120805483929061101390849061131a565b925050819055508060015f82825461102b919061131a565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b5f815f0361109557604051639811e0c760e01b815260040160405180910390fd5b6001600160a01b0383165f908152602081905260409020548211156110f25760405162461bcd60e51b8152602060048201526013602482015272696e73756666696369656e742073686172657360681b60448201526064016105e2565b6110fb82610a84565b9050815f5f856001600160a01b03166001600160a01b031681526020019081526020015f205f82825461112e9190611290565b925050819055508160015f8282546111469190611290565b925050819055508060025f82825461115e9190611290565b90915550506040518281525f906001600160a01b038516907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a392915050565b6001600160a01b03811681146111bd575f5ffd5b50565b5f602082840312156111d0575f5ffd5b81356111db816111a9565b9392505050565b5f5f604083850312156111f3575f5ffd5b82356111fe816111a9565b946020939093013593505050565b5f6020828403121561121c575f5ffd5b5035919050565b5f60208284031215611233575f5ffd5b813567ffffffffffffffff811681146111db575f5ffd5b5f5f5f6060848603121561125c575f5ffd5b8335611267816111a9565b95602085013595506040909401359392505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104c4576104c461127c565b634e487b7160e01b5f52603260045260245ffd5b5f600182016112c8576112c861127c565b5060010190565b60208082526008908201526737b7363c90343ab160c11b604082015260600190565b6020808252600f908201526e1d1c985b9cd9995c8819985a5b1959608a1b604082015260600190565b808201808211156104c4576104c461127c565b80820281158282048414176104c4576104c461127c565b5f8261135e57634e487b7160e01b5f52601260045260245ffd5b50049056",
}

// MockStakeHub is an auto generated Go binding around an Ethereum contract.
type MockStakeHub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockStakeHub) GetABI() abi.ABI {
	return c.abi
}

// NewMockStakeHub creates a new instance of MockStakeHub.
func NewMockStakeHub() *MockStakeHub {
	parsed, err := MockStakeHubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockStakeHub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockStakeHub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBREATHEBLOCKINTERVAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fa8882b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BREATHE_BLOCK_INTERVAL() pure returns(uint256)
func (mockStakeHub *MockStakeHub) PackBREATHEBLOCKINTERVAL() []byte {
	enc, err := mockStakeHub.abi.Pack("BREATHE_BLOCK_INTERVAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBREATHEBLOCKINTERVAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fa8882b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BREATHE_BLOCK_INTERVAL() pure returns(uint256)
func (mockStakeHub *MockStakeHub) TryPackBREATHEBLOCKINTERVAL() ([]byte, error) {
	return mockStakeHub.abi.Pack("BREATHE_BLOCK_INTERVAL")
}

// UnpackBREATHEBLOCKINTERVAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1fa8882b.
//
// Solidity: function BREATHE_BLOCK_INTERVAL() pure returns(uint256)
func (mockStakeHub *MockStakeHub) UnpackBREATHEBLOCKINTERVAL(data []byte) (*big.Int, error) {
	out, err := mockStakeHub.abi.Unpack("BREATHE_BLOCK_INTERVAL", data)
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
func (mockStakeHub *MockStakeHub) PackClaim(operatorAddress common.Address, requestNumber *big.Int) []byte {
	enc, err := mockStakeHub.abi.Pack("claim", operatorAddress, requestNumber)
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
func (mockStakeHub *MockStakeHub) TryPackClaim(operatorAddress common.Address, requestNumber *big.Int) ([]byte, error) {
	return mockStakeHub.abi.Pack("claim", operatorAddress, requestNumber)
}

// PackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7c2dfc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBatch(address[] operatorAddresses, uint256[] requestNumbers) returns()
func (mockStakeHub *MockStakeHub) PackClaimBatch(operatorAddresses []common.Address, requestNumbers []*big.Int) []byte {
	enc, err := mockStakeHub.abi.Pack("claimBatch", operatorAddresses, requestNumbers)
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
func (mockStakeHub *MockStakeHub) TryPackClaimBatch(operatorAddresses []common.Address, requestNumbers []*big.Int) ([]byte, error) {
	return mockStakeHub.abi.Pack("claimBatch", operatorAddresses, requestNumbers)
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x982ef0a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address operatorAddress, bool ) payable returns()
func (mockStakeHub *MockStakeHub) PackDelegate(operatorAddress common.Address, arg1 bool) []byte {
	enc, err := mockStakeHub.abi.Pack("delegate", operatorAddress, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x982ef0a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address operatorAddress, bool ) payable returns()
func (mockStakeHub *MockStakeHub) TryPackDelegate(operatorAddress common.Address, arg1 bool) ([]byte, error) {
	return mockStakeHub.abi.Pack("delegate", operatorAddress, arg1)
}

// PackGetValidatorBasicInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbb04d9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorBasicInfo(address operatorAddress) view returns(uint256, bool, uint256)
func (mockStakeHub *MockStakeHub) PackGetValidatorBasicInfo(operatorAddress common.Address) []byte {
	enc, err := mockStakeHub.abi.Pack("getValidatorBasicInfo", operatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorBasicInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbb04d9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorBasicInfo(address operatorAddress) view returns(uint256, bool, uint256)
func (mockStakeHub *MockStakeHub) TryPackGetValidatorBasicInfo(operatorAddress common.Address) ([]byte, error) {
	return mockStakeHub.abi.Pack("getValidatorBasicInfo", operatorAddress)
}

// GetValidatorBasicInfoOutput serves as a container for the return parameters of contract
// method GetValidatorBasicInfo.
type GetValidatorBasicInfoOutput struct {
	Arg0 *big.Int
	Arg1 bool
	Arg2 *big.Int
}

// UnpackGetValidatorBasicInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbb04d9d.
//
// Solidity: function getValidatorBasicInfo(address operatorAddress) view returns(uint256, bool, uint256)
func (mockStakeHub *MockStakeHub) UnpackGetValidatorBasicInfo(data []byte) (GetValidatorBasicInfoOutput, error) {
	out, err := mockStakeHub.abi.Unpack("getValidatorBasicInfo", data)
	outstruct := new(GetValidatorBasicInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetValidatorCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ec01b27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorCommission(address operatorAddress) view returns(uint64, uint64, uint64)
func (mockStakeHub *MockStakeHub) PackGetValidatorCommission(operatorAddress common.Address) []byte {
	enc, err := mockStakeHub.abi.Pack("getValidatorCommission", operatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorCommission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ec01b27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorCommission(address operatorAddress) view returns(uint64, uint64, uint64)
func (mockStakeHub *MockStakeHub) TryPackGetValidatorCommission(operatorAddress common.Address) ([]byte, error) {
	return mockStakeHub.abi.Pack("getValidatorCommission", operatorAddress)
}

// GetValidatorCommissionOutput serves as a container for the return parameters of contract
// method GetValidatorCommission.
type GetValidatorCommissionOutput struct {
	Arg0 uint64
	Arg1 uint64
	Arg2 uint64
}

// UnpackGetValidatorCommission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ec01b27.
//
// Solidity: function getValidatorCommission(address operatorAddress) view returns(uint64, uint64, uint64)
func (mockStakeHub *MockStakeHub) UnpackGetValidatorCommission(data []byte) (GetValidatorCommissionOutput, error) {
	out, err := mockStakeHub.abi.Unpack("getValidatorCommission", data)
	outstruct := new(GetValidatorCommissionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Arg2 = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackGetValidatorCreditContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbda7fb3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorCreditContract(address operatorAddress) view returns(address)
func (mockStakeHub *MockStakeHub) PackGetValidatorCreditContract(operatorAddress common.Address) []byte {
	enc, err := mockStakeHub.abi.Pack("getValidatorCreditContract", operatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorCreditContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbda7fb3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorCreditContract(address operatorAddress) view returns(address)
func (mockStakeHub *MockStakeHub) TryPackGetValidatorCreditContract(operatorAddress common.Address) ([]byte, error) {
	return mockStakeHub.abi.Pack("getValidatorCreditContract", operatorAddress)
}

// UnpackGetValidatorCreditContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbda7fb3.
//
// Solidity: function getValidatorCreditContract(address operatorAddress) view returns(address)
func (mockStakeHub *MockStakeHub) UnpackGetValidatorCreditContract(data []byte) (common.Address, error) {
	out, err := mockStakeHub.abi.Unpack("getValidatorCreditContract", data)
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
// Solidity: function getValidatorDescription(address operatorAddress) view returns(string, string, string, string)
func (mockStakeHub *MockStakeHub) PackGetValidatorDescription(operatorAddress common.Address) []byte {
	enc, err := mockStakeHub.abi.Pack("getValidatorDescription", operatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa43569b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorDescription(address operatorAddress) view returns(string, string, string, string)
func (mockStakeHub *MockStakeHub) TryPackGetValidatorDescription(operatorAddress common.Address) ([]byte, error) {
	return mockStakeHub.abi.Pack("getValidatorDescription", operatorAddress)
}

// GetValidatorDescriptionOutput serves as a container for the return parameters of contract
// method GetValidatorDescription.
type GetValidatorDescriptionOutput struct {
	Arg0 string
	Arg1 string
	Arg2 string
	Arg3 string
}

// UnpackGetValidatorDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa43569b3.
//
// Solidity: function getValidatorDescription(address operatorAddress) view returns(string, string, string, string)
func (mockStakeHub *MockStakeHub) UnpackGetValidatorDescription(data []byte) (GetValidatorDescriptionOutput, error) {
	out, err := mockStakeHub.abi.Unpack("getValidatorDescription", data)
	outstruct := new(GetValidatorDescriptionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(string)).(*string)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Arg2 = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.Arg3 = *abi.ConvertType(out[3], new(string)).(*string)
	return *outstruct, nil
}

// PackGetValidatorRewardRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf80a3402.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorRewardRecord(address operatorAddress, uint256 index) view returns(uint256)
func (mockStakeHub *MockStakeHub) PackGetValidatorRewardRecord(operatorAddress common.Address, index *big.Int) []byte {
	enc, err := mockStakeHub.abi.Pack("getValidatorRewardRecord", operatorAddress, index)
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
func (mockStakeHub *MockStakeHub) TryPackGetValidatorRewardRecord(operatorAddress common.Address, index *big.Int) ([]byte, error) {
	return mockStakeHub.abi.Pack("getValidatorRewardRecord", operatorAddress, index)
}

// UnpackGetValidatorRewardRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf80a3402.
//
// Solidity: function getValidatorRewardRecord(address operatorAddress, uint256 index) view returns(uint256)
func (mockStakeHub *MockStakeHub) UnpackGetValidatorRewardRecord(data []byte) (*big.Int, error) {
	out, err := mockStakeHub.abi.Unpack("getValidatorRewardRecord", data)
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
func (mockStakeHub *MockStakeHub) PackGetValidatorTotalPooledBNBRecord(operatorAddress common.Address, index *big.Int) []byte {
	enc, err := mockStakeHub.abi.Pack("getValidatorTotalPooledBNBRecord", operatorAddress, index)
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
func (mockStakeHub *MockStakeHub) TryPackGetValidatorTotalPooledBNBRecord(operatorAddress common.Address, index *big.Int) ([]byte, error) {
	return mockStakeHub.abi.Pack("getValidatorTotalPooledBNBRecord", operatorAddress, index)
}

// UnpackGetValidatorTotalPooledBNBRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8cd22b22.
//
// Solidity: function getValidatorTotalPooledBNBRecord(address operatorAddress, uint256 index) view returns(uint256)
func (mockStakeHub *MockStakeHub) UnpackGetValidatorTotalPooledBNBRecord(data []byte) (*big.Int, error) {
	out, err := mockStakeHub.abi.Unpack("getValidatorTotalPooledBNBRecord", data)
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
func (mockStakeHub *MockStakeHub) PackGetValidators(offset *big.Int, limit *big.Int) []byte {
	enc, err := mockStakeHub.abi.Pack("getValidators", offset, limit)
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
func (mockStakeHub *MockStakeHub) TryPackGetValidators(offset *big.Int, limit *big.Int) ([]byte, error) {
	return mockStakeHub.abi.Pack("getValidators", offset, limit)
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
func (mockStakeHub *MockStakeHub) UnpackGetValidators(data []byte) (GetValidatorsOutput, error) {
	out, err := mockStakeHub.abi.Unpack("getValidators", data)
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
// Solidity: function minDelegationBNBChange() pure returns(uint256)
func (mockStakeHub *MockStakeHub) PackMinDelegationBNBChange() []byte {
	enc, err := mockStakeHub.abi.Pack("minDelegationBNBChange")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinDelegationBNBChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38409988.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minDelegationBNBChange() pure returns(uint256)
func (mockStakeHub *MockStakeHub) TryPackMinDelegationBNBChange() ([]byte, error) {
	return mockStakeHub.abi.Pack("minDelegationBNBChange")
}

// UnpackMinDelegationBNBChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38409988.
//
// Solidity: function minDelegationBNBChange() pure returns(uint256)
func (mockStakeHub *MockStakeHub) UnpackMinDelegationBNBChange(data []byte) (*big.Int, error) {
	out, err := mockStakeHub.abi.Unpack("minDelegationBNBChange", data)
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
// Solidity: function redelegate(address srcValidator, address dstValidator, uint256 shares, bool ) returns()
func (mockStakeHub *MockStakeHub) PackRedelegate(srcValidator common.Address, dstValidator common.Address, shares *big.Int, arg3 bool) []byte {
	enc, err := mockStakeHub.abi.Pack("redelegate", srcValidator, dstValidator, shares, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59491871.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redelegate(address srcValidator, address dstValidator, uint256 shares, bool ) returns()
func (mockStakeHub *MockStakeHub) TryPackRedelegate(srcValidator common.Address, dstValidator common.Address, shares *big.Int, arg3 bool) ([]byte, error) {
	return mockStakeHub.abi.Pack("redelegate", srcValidator, dstValidator, shares, arg3)
}

// PackRedelegateFeeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe992aaf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redelegateFeeRate() pure returns(uint256)
func (mockStakeHub *MockStakeHub) PackRedelegateFeeRate() []byte {
	enc, err := mockStakeHub.abi.Pack("redelegateFeeRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedelegateFeeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe992aaf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redelegateFeeRate() pure returns(uint256)
func (mockStakeHub *MockStakeHub) TryPackRedelegateFeeRate() ([]byte, error) {
	return mockStakeHub.abi.Pack("redelegateFeeRate")
}

// UnpackRedelegateFeeRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe992aaf5.
//
// Solidity: function redelegateFeeRate() pure returns(uint256)
func (mockStakeHub *MockStakeHub) UnpackRedelegateFeeRate(data []byte) (*big.Int, error) {
	out, err := mockStakeHub.abi.Unpack("redelegateFeeRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTestAddValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70826bc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testAddValidator(address operator, string moniker, uint64 rate) payable returns()
func (mockStakeHub *MockStakeHub) PackTestAddValidator(operator common.Address, moniker string, rate uint64) []byte {
	enc, err := mockStakeHub.abi.Pack("testAddValidator", operator, moniker, rate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestAddValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70826bc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testAddValidator(address operator, string moniker, uint64 rate) payable returns()
func (mockStakeHub *MockStakeHub) TryPackTestAddValidator(operator common.Address, moniker string, rate uint64) ([]byte, error) {
	return mockStakeHub.abi.Pack("testAddValidator", operator, moniker, rate)
}

// PackTestDistributeReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6530b710.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testDistributeReward(address operatorAddress) payable returns()
func (mockStakeHub *MockStakeHub) PackTestDistributeReward(operatorAddress common.Address) []byte {
	enc, err := mockStakeHub.abi.Pack("testDistributeReward", operatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestDistributeReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6530b710.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testDistributeReward(address operatorAddress) payable returns()
func (mockStakeHub *MockStakeHub) TryPackTestDistributeReward(operatorAddress common.Address) ([]byte, error) {
	return mockStakeHub.abi.Pack("testDistributeReward", operatorAddress)
}

// PackTestJail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bd1a924.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testJail(address operatorAddress, uint256 jailUntil) returns()
func (mockStakeHub *MockStakeHub) PackTestJail(operatorAddress common.Address, jailUntil *big.Int) []byte {
	enc, err := mockStakeHub.abi.Pack("testJail", operatorAddress, jailUntil)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestJail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bd1a924.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testJail(address operatorAddress, uint256 jailUntil) returns()
func (mockStakeHub *MockStakeHub) TryPackTestJail(operatorAddress common.Address, jailUntil *big.Int) ([]byte, error) {
	return mockStakeHub.abi.Pack("testJail", operatorAddress, jailUntil)
}

// PackTestPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ec6941e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testPause(bool p) returns()
func (mockStakeHub *MockStakeHub) PackTestPause(p bool) []byte {
	enc, err := mockStakeHub.abi.Pack("testPause", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ec6941e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testPause(bool p) returns()
func (mockStakeHub *MockStakeHub) TryPackTestPause(p bool) ([]byte, error) {
	return mockStakeHub.abi.Pack("testPause", p)
}

// PackTestPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf387a3cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testPaused() view returns(bool)
func (mockStakeHub *MockStakeHub) PackTestPaused() []byte {
	enc, err := mockStakeHub.abi.Pack("testPaused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf387a3cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testPaused() view returns(bool)
func (mockStakeHub *MockStakeHub) TryPackTestPaused() ([]byte, error) {
	return mockStakeHub.abi.Pack("testPaused")
}

// UnpackTestPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf387a3cc.
//
// Solidity: function testPaused() view returns(bool)
func (mockStakeHub *MockStakeHub) UnpackTestPaused(data []byte) (bool, error) {
	out, err := mockStakeHub.abi.Unpack("testPaused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTestSetUnbondPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28c8226c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSetUnbondPeriod(uint256 period) returns()
func (mockStakeHub *MockStakeHub) PackTestSetUnbondPeriod(period *big.Int) []byte {
	enc, err := mockStakeHub.abi.Pack("testSetUnbondPeriod", period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSetUnbondPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28c8226c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSetUnbondPeriod(uint256 period) returns()
func (mockStakeHub *MockStakeHub) TryPackTestSetUnbondPeriod(period *big.Int) ([]byte, error) {
	return mockStakeHub.abi.Pack("testSetUnbondPeriod", period)
}

// PackTestSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b1f502b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSlash(address operatorAddress, uint256 amount, uint8 slashType) returns()
func (mockStakeHub *MockStakeHub) PackTestSlash(operatorAddress common.Address, amount *big.Int, slashType uint8) []byte {
	enc, err := mockStakeHub.abi.Pack("testSlash", operatorAddress, amount, slashType)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b1f502b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSlash(address operatorAddress, uint256 amount, uint8 slashType) returns()
func (mockStakeHub *MockStakeHub) TryPackTestSlash(operatorAddress common.Address, amount *big.Int, slashType uint8) ([]byte, error) {
	return mockStakeHub.abi.Pack("testSlash", operatorAddress, amount, slashType)
}

// PackTestUnjail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7327af90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testUnjail(address operatorAddress) returns()
func (mockStakeHub *MockStakeHub) PackTestUnjail(operatorAddress common.Address) []byte {
	enc, err := mockStakeHub.abi.Pack("testUnjail", operatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestUnjail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7327af90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testUnjail(address operatorAddress) returns()
func (mockStakeHub *MockStakeHub) TryPackTestUnjail(operatorAddress common.Address) ([]byte, error) {
	return mockStakeHub.abi.Pack("testUnjail", operatorAddress)
}

// PackUnbondPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c5ff1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondPeriod() view returns(uint256)
func (mockStakeHub *MockStakeHub) PackUnbondPeriod() []byte {
	enc, err := mockStakeHub.abi.Pack("unbondPeriod")
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
func (mockStakeHub *MockStakeHub) TryPackUnbondPeriod() ([]byte, error) {
	return mockStakeHub.abi.Pack("unbondPeriod")
}

// UnpackUnbondPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c5ff1.
//
// Solidity: function unbondPeriod() view returns(uint256)
func (mockStakeHub *MockStakeHub) UnpackUnbondPeriod(data []byte) (*big.Int, error) {
	out, err := mockStakeHub.abi.Unpack("unbondPeriod", data)
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
func (mockStakeHub *MockStakeHub) PackUndelegate(operatorAddress common.Address, shares *big.Int) []byte {
	enc, err := mockStakeHub.abi.Pack("undelegate", operatorAddress, shares)
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
func (mockStakeHub *MockStakeHub) TryPackUndelegate(operatorAddress common.Address, shares *big.Int) ([]byte, error) {
	return mockStakeHub.abi.Pack("undelegate", operatorAddress, shares)
}

// MockStakeHubClaimed represents a Claimed event raised by the MockStakeHub contract.
type MockStakeHubClaimed struct {
	OperatorAddress common.Address
	Delegator       common.Address
	BnbAmount       *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const MockStakeHubClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (MockStakeHubClaimed) ContractEventName() string {
	return MockStakeHubClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed operatorAddress, address indexed delegator, uint256 bnbAmount)
func (mockStakeHub *MockStakeHub) UnpackClaimedEvent(log *types.Log) (*MockStakeHubClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeHubClaimed)
	if len(log.Data) > 0 {
		if err := mockStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeHub.abi.Events[event].Inputs {
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

// MockStakeHubCommissionRateEdited represents a CommissionRateEdited event raised by the MockStakeHub contract.
type MockStakeHubCommissionRateEdited struct {
	OperatorAddress   common.Address
	NewCommissionRate uint64
	Raw               *types.Log // Blockchain specific contextual infos
}

const MockStakeHubCommissionRateEditedEventName = "CommissionRateEdited"

// ContractEventName returns the user-defined event name.
func (MockStakeHubCommissionRateEdited) ContractEventName() string {
	return MockStakeHubCommissionRateEditedEventName
}

// UnpackCommissionRateEditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommissionRateEdited(address indexed operatorAddress, uint64 newCommissionRate)
func (mockStakeHub *MockStakeHub) UnpackCommissionRateEditedEvent(log *types.Log) (*MockStakeHubCommissionRateEdited, error) {
	event := "CommissionRateEdited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeHubCommissionRateEdited)
	if len(log.Data) > 0 {
		if err := mockStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeHub.abi.Events[event].Inputs {
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

// MockStakeHubDelegated represents a Delegated event raised by the MockStakeHub contract.
type MockStakeHubDelegated struct {
	OperatorAddress common.Address
	Delegator       common.Address
	Shares          *big.Int
	BnbAmount       *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const MockStakeHubDelegatedEventName = "Delegated"

// ContractEventName returns the user-defined event name.
func (MockStakeHubDelegated) ContractEventName() string {
	return MockStakeHubDelegatedEventName
}

// UnpackDelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delegated(address indexed operatorAddress, address indexed delegator, uint256 shares, uint256 bnbAmount)
func (mockStakeHub *MockStakeHub) UnpackDelegatedEvent(log *types.Log) (*MockStakeHubDelegated, error) {
	event := "Delegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeHubDelegated)
	if len(log.Data) > 0 {
		if err := mockStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeHub.abi.Events[event].Inputs {
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

// MockStakeHubRedelegated represents a Redelegated event raised by the MockStakeHub contract.
type MockStakeHubRedelegated struct {
	SrcValidator common.Address
	DstValidator common.Address
	Delegator    common.Address
	OldShares    *big.Int
	NewShares    *big.Int
	BnbAmount    *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const MockStakeHubRedelegatedEventName = "Redelegated"

// ContractEventName returns the user-defined event name.
func (MockStakeHubRedelegated) ContractEventName() string {
	return MockStakeHubRedelegatedEventName
}

// UnpackRedelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redelegated(address indexed srcValidator, address indexed dstValidator, address indexed delegator, uint256 oldShares, uint256 newShares, uint256 bnbAmount)
func (mockStakeHub *MockStakeHub) UnpackRedelegatedEvent(log *types.Log) (*MockStakeHubRedelegated, error) {
	event := "Redelegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeHubRedelegated)
	if len(log.Data) > 0 {
		if err := mockStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeHub.abi.Events[event].Inputs {
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

// MockStakeHubRewardDistributeFailed represents a RewardDistributeFailed event raised by the MockStakeHub contract.
type MockStakeHubRewardDistributeFailed struct {
	OperatorAddress common.Address
	FailReason      []byte
	Raw             *types.Log // Blockchain specific contextual infos
}

const MockStakeHubRewardDistributeFailedEventName = "RewardDistributeFailed"

// ContractEventName returns the user-defined event name.
func (MockStakeHubRewardDistributeFailed) ContractEventName() string {
	return MockStakeHubRewardDistributeFailedEventName
}

// UnpackRewardDistributeFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardDistributeFailed(address indexed operatorAddress, bytes failReason)
func (mockStakeHub *MockStakeHub) UnpackRewardDistributeFailedEvent(log *types.Log) (*MockStakeHubRewardDistributeFailed, error) {
	event := "RewardDistributeFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeHubRewardDistributeFailed)
	if len(log.Data) > 0 {
		if err := mockStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeHub.abi.Events[event].Inputs {
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

// MockStakeHubRewardDistributed represents a RewardDistributed event raised by the MockStakeHub contract.
type MockStakeHubRewardDistributed struct {
	OperatorAddress common.Address
	Reward          *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const MockStakeHubRewardDistributedEventName = "RewardDistributed"

// ContractEventName returns the user-defined event name.
func (MockStakeHubRewardDistributed) ContractEventName() string {
	return MockStakeHubRewardDistributedEventName
}

// UnpackRewardDistributedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardDistributed(address indexed operatorAddress, uint256 reward)
func (mockStakeHub *MockStakeHub) UnpackRewardDistributedEvent(log *types.Log) (*MockStakeHubRewardDistributed, error) {
	event := "RewardDistributed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeHubRewardDistributed)
	if len(log.Data) > 0 {
		if err := mockStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeHub.abi.Events[event].Inputs {
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

// MockStakeHubUndelegated represents a Undelegated event raised by the MockStakeHub contract.
type MockStakeHubUndelegated struct {
	OperatorAddress common.Address
	Delegator       common.Address
	Shares          *big.Int
	BnbAmount       *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const MockStakeHubUndelegatedEventName = "Undelegated"

// ContractEventName returns the user-defined event name.
func (MockStakeHubUndelegated) ContractEventName() string {
	return MockStakeHubUndelegatedEventName
}

// UnpackUndelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Undelegated(address indexed operatorAddress, address indexed delegator, uint256 shares, uint256 bnbAmount)
func (mockStakeHub *MockStakeHub) UnpackUndelegatedEvent(log *types.Log) (*MockStakeHubUndelegated, error) {
	event := "Undelegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeHubUndelegated)
	if len(log.Data) > 0 {
		if err := mockStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeHub.abi.Events[event].Inputs {
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

// MockStakeHubValidatorJailed represents a ValidatorJailed event raised by the MockStakeHub contract.
type MockStakeHubValidatorJailed struct {
	OperatorAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const MockStakeHubValidatorJailedEventName = "ValidatorJailed"

// ContractEventName returns the user-defined event name.
func (MockStakeHubValidatorJailed) ContractEventName() string {
	return MockStakeHubValidatorJailedEventName
}

// UnpackValidatorJailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorJailed(address indexed operatorAddress)
func (mockStakeHub *MockStakeHub) UnpackValidatorJailedEvent(log *types.Log) (*MockStakeHubValidatorJailed, error) {
	event := "ValidatorJailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeHubValidatorJailed)
	if len(log.Data) > 0 {
		if err := mockStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeHub.abi.Events[event].Inputs {
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

// MockStakeHubValidatorSlashed represents a ValidatorSlashed event raised by the MockStakeHub contract.
type MockStakeHubValidatorSlashed struct {
	OperatorAddress common.Address
	JailUntil       *big.Int
	SlashAmount     *big.Int
	SlashType       uint8
	Raw             *types.Log // Blockchain specific contextual infos
}

const MockStakeHubValidatorSlashedEventName = "ValidatorSlashed"

// ContractEventName returns the user-defined event name.
func (MockStakeHubValidatorSlashed) ContractEventName() string {
	return MockStakeHubValidatorSlashedEventName
}

// UnpackValidatorSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorSlashed(address indexed operatorAddress, uint256 jailUntil, uint256 slashAmount, uint8 slashType)
func (mockStakeHub *MockStakeHub) UnpackValidatorSlashedEvent(log *types.Log) (*MockStakeHubValidatorSlashed, error) {
	event := "ValidatorSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeHubValidatorSlashed)
	if len(log.Data) > 0 {
		if err := mockStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeHub.abi.Events[event].Inputs {
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

// MockStakeHubValidatorUnjailed represents a ValidatorUnjailed event raised by the MockStakeHub contract.
type MockStakeHubValidatorUnjailed struct {
	OperatorAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const MockStakeHubValidatorUnjailedEventName = "ValidatorUnjailed"

// ContractEventName returns the user-defined event name.
func (MockStakeHubValidatorUnjailed) ContractEventName() string {
	return MockStakeHubValidatorUnjailedEventName
}

// UnpackValidatorUnjailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorUnjailed(address indexed operatorAddress)
func (mockStakeHub *MockStakeHub) UnpackValidatorUnjailedEvent(log *types.Log) (*MockStakeHubValidatorUnjailed, error) {
	event := "ValidatorUnjailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakeHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakeHubValidatorUnjailed)
	if len(log.Data) > 0 {
		if err := mockStakeHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakeHub.abi.Events[event].Inputs {
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
func (mockStakeHub *MockStakeHub) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mockStakeHub.abi.Errors["DelegationAmountTooSmall"].ID.Bytes()[:4]) {
		return mockStakeHub.UnpackDelegationAmountTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStakeHub.abi.Errors["InBlackList"].ID.Bytes()[:4]) {
		return mockStakeHub.UnpackInBlackListError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStakeHub.abi.Errors["NoClaimableUnbondRequest"].ID.Bytes()[:4]) {
		return mockStakeHub.UnpackNoClaimableUnbondRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStakeHub.abi.Errors["OnlySelfDelegation"].ID.Bytes()[:4]) {
		return mockStakeHub.UnpackOnlySelfDelegationError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStakeHub.abi.Errors["SameValidator"].ID.Bytes()[:4]) {
		return mockStakeHub.UnpackSameValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStakeHub.abi.Errors["StakeHubPaused"].ID.Bytes()[:4]) {
		return mockStakeHub.UnpackStakeHubPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStakeHub.abi.Errors["ValidatorNotExisted"].ID.Bytes()[:4]) {
		return mockStakeHub.UnpackValidatorNotExistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockStakeHub.abi.Errors["ZeroShares"].ID.Bytes()[:4]) {
		return mockStakeHub.UnpackZeroSharesError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MockStakeHubDelegationAmountTooSmall represents a DelegationAmountTooSmall error raised by the MockStakeHub contract.
type MockStakeHubDelegationAmountTooSmall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegationAmountTooSmall()
func MockStakeHubDelegationAmountTooSmallErrorID() common.Hash {
	return common.HexToHash("0xdc6f0bdd1504f8b7cdafeb5d2820c3314d8c7d3707efe05fa624996b8f8be528")
}

// UnpackDelegationAmountTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegationAmountTooSmall()
func (mockStakeHub *MockStakeHub) UnpackDelegationAmountTooSmallError(raw []byte) (*MockStakeHubDelegationAmountTooSmall, error) {
	out := new(MockStakeHubDelegationAmountTooSmall)
	if err := mockStakeHub.abi.UnpackIntoInterface(out, "DelegationAmountTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeHubInBlackList represents a InBlackList error raised by the MockStakeHub contract.
type MockStakeHubInBlackList struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InBlackList()
func MockStakeHubInBlackListErrorID() common.Hash {
	return common.HexToHash("0xb1d02c3df6b6ad2a35c7a8d476d2e93c2cb0a809c4ff1622dc804367c148b366")
}

// UnpackInBlackListError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InBlackList()
func (mockStakeHub *MockStakeHub) UnpackInBlackListError(raw []byte) (*MockStakeHubInBlackList, error) {
	out := new(MockStakeHubInBlackList)
	if err := mockStakeHub.abi.UnpackIntoInterface(out, "InBlackList", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeHubNoClaimableUnbondRequest represents a NoClaimableUnbondRequest error raised by the MockStakeHub contract.
type MockStakeHubNoClaimableUnbondRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoClaimableUnbondRequest()
func MockStakeHubNoClaimableUnbondRequestErrorID() common.Hash {
	return common.HexToHash("0x0f3638248517e52244e940161ad746f559683cd453c2da97a227c1cba557b528")
}

// UnpackNoClaimableUnbondRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoClaimableUnbondRequest()
func (mockStakeHub *MockStakeHub) UnpackNoClaimableUnbondRequestError(raw []byte) (*MockStakeHubNoClaimableUnbondRequest, error) {
	out := new(MockStakeHubNoClaimableUnbondRequest)
	if err := mockStakeHub.abi.UnpackIntoInterface(out, "NoClaimableUnbondRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeHubOnlySelfDelegation represents a OnlySelfDelegation error raised by the MockStakeHub contract.
type MockStakeHubOnlySelfDelegation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlySelfDelegation()
func MockStakeHubOnlySelfDelegationErrorID() common.Hash {
	return common.HexToHash("0x6468920348db33a89cf6138166886d16dc5ecdd2204141b0dfa32f06925e1ac1")
}

// UnpackOnlySelfDelegationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlySelfDelegation()
func (mockStakeHub *MockStakeHub) UnpackOnlySelfDelegationError(raw []byte) (*MockStakeHubOnlySelfDelegation, error) {
	out := new(MockStakeHubOnlySelfDelegation)
	if err := mockStakeHub.abi.UnpackIntoInterface(out, "OnlySelfDelegation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeHubSameValidator represents a SameValidator error raised by the MockStakeHub contract.
type MockStakeHubSameValidator struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameValidator()
func MockStakeHubSameValidatorErrorID() common.Hash {
	return common.HexToHash("0xf0e3e629345ca6b56cc07d2a6e60c4dfec6078f7d3a6ab415bfc88f37b31f2c1")
}

// UnpackSameValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameValidator()
func (mockStakeHub *MockStakeHub) UnpackSameValidatorError(raw []byte) (*MockStakeHubSameValidator, error) {
	out := new(MockStakeHubSameValidator)
	if err := mockStakeHub.abi.UnpackIntoInterface(out, "SameValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeHubStakeHubPaused represents a StakeHubPaused error raised by the MockStakeHub contract.
type MockStakeHubStakeHubPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeHubPaused()
func MockStakeHubStakeHubPausedErrorID() common.Hash {
	return common.HexToHash("0xd7485e8f88d53f062aca1c34b924b3d38c02651469df9e3ac5ee72a5f238c5bc")
}

// UnpackStakeHubPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeHubPaused()
func (mockStakeHub *MockStakeHub) UnpackStakeHubPausedError(raw []byte) (*MockStakeHubStakeHubPaused, error) {
	out := new(MockStakeHubStakeHubPaused)
	if err := mockStakeHub.abi.UnpackIntoInterface(out, "StakeHubPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeHubValidatorNotExisted represents a ValidatorNotExisted error raised by the MockStakeHub contract.
type MockStakeHubValidatorNotExisted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorNotExisted()
func MockStakeHubValidatorNotExistedErrorID() common.Hash {
	return common.HexToHash("0x056e88110d903f8a07773b1812174e44a7b02c2ec58d232231140aa5f85f222b")
}

// UnpackValidatorNotExistedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorNotExisted()
func (mockStakeHub *MockStakeHub) UnpackValidatorNotExistedError(raw []byte) (*MockStakeHubValidatorNotExisted, error) {
	out := new(MockStakeHubValidatorNotExisted)
	if err := mockStakeHub.abi.UnpackIntoInterface(out, "ValidatorNotExisted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeHubZeroShares represents a ZeroShares error raised by the MockStakeHub contract.
type MockStakeHubZeroShares struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroShares()
func MockStakeHubZeroSharesErrorID() common.Hash {
	return common.HexToHash("0x9811e0c7eeca2ee0fa751e2e19d78682ad689ea04816cfe0cf1c5863234abd3f")
}

// UnpackZeroSharesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroShares()
func (mockStakeHub *MockStakeHub) UnpackZeroSharesError(raw []byte) (*MockStakeHubZeroShares, error) {
	out := new(MockStakeHubZeroShares)
	if err := mockStakeHub.abi.UnpackIntoInterface(out, "ZeroShares", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockStakeManagerMetaData contains all meta data concerning the MockStakeManager contract.
var MockStakeManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"_token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NFTCounter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"delta\",\"type\":\"int256\"}],\"name\":\"addDelegated\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"delegatedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"delegatorsReward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getValidatorContract\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"isValidator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"logger\",\"outputs\":[{\"internalType\":\"contractMockStakingInfo\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"migrateDelegation\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"selfStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commissionRate\",\"type\":\"uint256\"}],\"name\":\"testAddValidator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"testAdvanceEpochs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"testCheckpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"testJail\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"d\",\"type\":\"uint256\"}],\"name\":\"testSetWithdrawalDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFunds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"activationEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deactivationEpoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jailTime\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"commissionRate\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lastCommissionUpdate\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"delegatorsReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"delegatedAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"initialRewardPerStake\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "18341d640a4ddc1176225ca0b391221bef",
	Bin: "0x60c060405260015f556050600155600160025534801561001d575f5ffd5b506040516125d83803806125d883398101604081905261003c9161008e565b6001600160a01b03811660805260405161005590610081565b604051809103905ff08015801561006e573d5f5f3e3d5ffd5b506001600160a01b031660a052506100bb565b6103918061224783390190565b5f6020828403121561009e575f5ffd5b81516001600160a01b03811681146100b4575f5ffd5b9392505050565b60805160a05161214f6100f85f395f81816103970152818161063101526108b801525f81816103d1015281816105010152610759015261214f5ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c80638bfb5c41116100a9578063e71a5cdf1161006e578063e71a5cdf1461036c578063e89bb4e61461037f578063f24ccbfe14610392578063fb1ef52c146103b9578063fc0c546a146103cc575f5ffd5b80638bfb5c4114610322578063900cf0cf14610335578063990dc9db1461033d578063a7ab696114610350578063adc96f8e14610359575f5ffd5b80635508d8e1116100ef5780635508d8e11461029a57806356342d8c146102a357806362fe8b1a146102e657806376671808146102f95780637f4b432314610300575f5ffd5b80630fde2c791461012b57806315cc36f2146101405780632649263a1461015357806335aa2e441461017b57806339610f781461026a575b5f5ffd5b61013e610139366004610a10565b6103f3565b005b61013e61014e366004610a4b565b61049e565b610166610161366004610a73565b6105b1565b60405190151581526020015b60405180910390f35b6101fc610189366004610a73565b600360208190525f918252604090912080546001820154600283015493830154600484015460058501546006860154600787015460088801546009890154600a8a0154600b909a0154989a97999798969795966001600160a01b039586169695851695600160a01b90950460ff1694908d565b604080519d8e5260208e019c909c529a8c019990995260608b019790975260808a01959095526001600160a01b0393841660a08a01529290911660c088015260ff1660e08701526101008601526101208501526101408401526101608301526101808201526101a001610172565b61028c610278366004610a73565b5f9081526003602052604090206009015490565b604051908152602001610172565b61028c60025481565b6102ce6102b1366004610a73565b5f908152600360205260409020600601546001600160a01b031690565b6040516001600160a01b039091168152602001610172565b61013e6102f4366004610a73565b6105ff565b5f5461028c565b61028c61030e366004610a73565b5f908152600360205260409020600a015490565b61028c610330366004610a8a565b610617565b61028c5f5481565b61013e61034b366004610a4b565b610705565b61028c60015481565b61013e610367366004610a73565b610801565b61013e61037a366004610a10565b610915565b61013e61038d366004610a73565b600155565b6102ce7f000000000000000000000000000000000000000000000000000000000000000081565b61013e6103c7366004610aba565b6109a7565b6102ce7f000000000000000000000000000000000000000000000000000000000000000081565b8015610462575f8281526003602052604090819020600601549051634698afb560e11b8152600481018390526001600160a01b0390911690638d315f6a906024015f604051808303815f87803b15801561044b575f5ffd5b505af115801561045d573d5f5f3e3d5ffd5b505050505b5f8281526003602052604081206009018054839290610482908490610af7565b90915550505f8054908061049583610b10565b91905055505050565b335f9081526004602052604090205460ff166104d55760405162461bcd60e51b81526004016104cc90610b28565b60405180910390fd5b6040516323b872dd60e01b81526001600160a01b038381166004830152306024830152604482018390527f000000000000000000000000000000000000000000000000000000000000000016906323b872dd906064016020604051808303815f875af1158015610547573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061056b9190610b56565b6105ad5760405162461bcd60e51b81526020600482015260136024820152721d1c985b9cd9995c919c9bdb4819985a5b1959606a1b60448201526064016104cc565b5050565b5f8181526003602052604081208054158015906105de5750600381015415806105de57505f548160030154115b80156105f857506006810154600160a01b900460ff166001145b9392505050565b805f5f82825461060f9190610af7565b909155505050565b600280545f918261062783610b10565b9190505590505f817f000000000000000000000000000000000000000000000000000000000000000060405161065c90610a03565b9182526001600160a01b03166020820152604001604051809103905ff080158015610689573d5f5f3e3d5ffd5b506001600160a01b039081165f818152600460209081526040808320805460ff1916600117905586835260039091528120968755546002870155600586018054979092166001600160a01b0319909716969096179055506006830180546001600160a81b031916909417600160a01b1790935560079091015590565b335f9081526004602052604090205460ff166107335760405162461bcd60e51b81526004016104cc90610b28565b60405163a9059cbb60e01b81526001600160a01b038381166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000169063a9059cbb906044016020604051808303815f875af115801561079f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107c39190610b56565b6105ad5760405162461bcd60e51b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b60448201526064016104cc565b5f8181526003602052604080822060068101805460ff60a01b198116600160a11b1790915583546004808401919091559251633a13fbe960e11b815292830193909352916001600160a01b031690637427f7d2906024015f604051808303815f87803b15801561086f575f5ffd5b505af1158015610881573d5f5f3e3d5ffd5b50505f5460058401546040516381dc101b60e01b81526004810187905260248101929092526001600160a01b0390811660448301527f00000000000000000000000000000000000000000000000000000000000000001692506381dc101b91506064015f604051808303815f87803b1580156108fb575f5ffd5b505af115801561090d573d5f5f3e3d5ffd5b505050505050565b335f9081526004602052604090205460ff166109435760405162461bcd60e51b81526004016104cc90610b28565b5f8112610975575f828152600360205260408120600a01805483929061096a908490610af7565b909155506105ad9050565b61097e81610b75565b5f838152600360205260408120600a01805490919061099e908490610b8f565b90915550505050565b60405162461bcd60e51b815260206004820152602b60248201527f6d69677261746544656c65676174696f6e206e6f7420737570706f727465642060448201526a627920746865206d6f636b60a81b60648201526084016104cc565b6115ac80610ba383390190565b5f5f60408385031215610a21575f5ffd5b50508035926020909101359150565b80356001600160a01b0381168114610a46575f5ffd5b919050565b5f5f60408385031215610a5c575f5ffd5b610a6583610a30565b946020939093013593505050565b5f60208284031215610a83575f5ffd5b5035919050565b5f5f5f60608486031215610a9c575f5ffd5b610aa584610a30565b95602085013595506040909401359392505050565b5f5f5f60608486031215610acc575f5ffd5b505081359360208301359350604090920135919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b0a57610b0a610ae3565b92915050565b5f60018201610b2157610b21610ae3565b5060010190565b6020808252601490820152736f6e6c792076616c696461746f7220736861726560601b604082015260600190565b5f60208284031215610b66575f5ffd5b815180151581146105f8575f5ffd5b5f600160ff1b8201610b8957610b89610ae3565b505f0390565b81810381811115610b0a57610b0a610ae356fe60e06040525f805460ff1916600117905534801561001b575f5ffd5b506040516115ac3803806115ac83398101604081905261003a91610052565b336080526001600160a01b031660a05260c05261008c565b5f5f60408385031215610063575f5ffd5b825160208401519092506001600160a01b0381168114610081575f5ffd5b809150509250929050565b60805160a05160c0516114476101655f395f81816101f9015281816107160152818161094e015281816109f401528181610cba01528181610d53015281816110050152818161108b01528181611139015261123e01525f818161034a0152818161075001528181610a2a01528181610d8d015281816110cc015261127b01525f81816101ba01528181610433015281816104e701528181610559015281816106b2015281816107c10152818161097b01528181610b6901528181610ce701528181610f2e01528181610fd601526111da01526114475ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c80638759c234116100b4578063df5cf72311610079578063df5cf723146102dc578063e0db556b146102f8578063e4457a8a14610300578063e4cd1aec14610313578063e570b78b14610332578063f24ccbfe14610345575f5ffd5b80638759c2341461029f5780638d315f6a146102b25780639ad5f5a4146102c55780639b2cb5d8146102cd578063bfb18f29146101a4575f5ffd5b8063481c6a7511610105578063481c6a75146101b55780635c5f7dae146101f4578063676e55501461021b57806370a082311461022e5780637427f7d21461024d578063795be58714610262575f5ffd5b806318160ddd146101415780631e7ff8f61461015d5780633046c204146101855780633ba0b9a9146101a4578063446a2ec8146101ac575b5f5ffd5b61014a60025481565b6040519081526020015b60405180910390f35b61017061016b3660046112f0565b61036c565b60408051928352602083019190915201610154565b61014a6101933660046112f0565b60056020525f908152604090205481565b61014a6103b7565b61014a60035481565b6101dc7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610154565b61014a7f000000000000000000000000000000000000000000000000000000000000000081565b61014a6102293660046112f0565b6103c5565b61014a61023c3660046112f0565b60016020525f908152604090205481565b61026061025b366004611310565b610428565b005b61017061027036600461132f565b6001600160a01b03919091165f9081526006602090815260408083209383529290522080546001909101549091565b6102606102ad366004611357565b6104a6565b6102606102c0366004611357565b6107b6565b610170610860565b61014a670de0b6b3a764000081565b5f546102e89060ff1681565b6040519015158152602001610154565b610260610a94565b61014a61030e36600461136e565b610af8565b61014a6103213660046112f0565b60046020525f908152604090205481565b61026061034036600461136e565b610df6565b6101dc7f000000000000000000000000000000000000000000000000000000000000000081565b5f5f5f6103776103b7565b9050610381611134565b6001600160a01b0385165f908152600160205260409020546103a49083906113a2565b6103ae91906113b9565b94909350915050565b5f6103c0611134565b905090565b6001600160a01b0381165f908152600460205260408120546003546a084595161401484a000000916103f6916113d8565b6001600160a01b0384165f9081526001602052604090205461041891906113a2565b61042291906113b9565b92915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104945760405162461bcd60e51b815260206004820152600c60248201526b37b7363c9036b0b730b3b2b960a11b60448201526064015b60405180910390fd5b5f805460ff1916911515919091179055565b335f908152600660209081526040808320848452825291829020825180840184528154815260019091015481830152825163900cf0cf60e01b8152925190927f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169263900cf0cf926004808401938290030181865afa158015610533573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061055791906113eb565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a7ab69616040518163ffffffff1660e01b8152600401602060405180830381865afa1580156105b3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105d791906113eb565b82602001516105e69190611402565b111580156105f45750805115155b6106405760405162461bcd60e51b815260206004820152601c60248201527f496e636f6d706c657465207769746864726177616c20706572696f6400000000604482015260640161048b565b5f610649611134565b6106516103b7565b835161065d91906113a2565b61066791906113b9565b335f818152600660209081526040808320888452909152808220828155600101919091555163990dc9db60e01b81526004810191909152602481018290529091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063990dc9db906044015f604051808303815f87803b1580156106f3575f5ffd5b505af1158015610705573d5f5f3e3d5ffd5b5050604051637b47e88760e01b81527f0000000000000000000000000000000000000000000000000000000000000000600482015233602482015260448101849052606481018690527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169250637b47e88791506084015f604051808303815f87803b15801561079b575f5ffd5b505af11580156107ad573d5f5f3e3d5ffd5b50505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461081d5760405162461bcd60e51b815260206004820152600c60248201526b37b7363c9036b0b730b3b2b960a11b604482015260640161048b565b6002541561085d5760025461083d6a084595161401484a000000836113a2565b61084791906113b9565b60035f8282546108579190611402565b90915550505b50565b5f5f5f61086c336103c5565b9050670de0b6b3a76400008110156108c65760405162461bcd60e51b815260206004820152601c60248201527f546f6f20736d616c6c207265776172647320746f2072657374616b6500000000604482015260640161048b565b600354335f908152600460205260408120919091556108e36103b7565b6108eb611134565b6108f590846113a2565b6108ff91906113b9565b335f90815260016020526040812080549293508392909190610922908490611402565b925050819055508060025f82825461093a9190611402565b909155505060405163e71a5cdf60e01b81527f00000000000000000000000000000000000000000000000000000000000000006004820152602481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e71a5cdf906044015f604051808303815f87803b1580156109c4575f5ffd5b505af11580156109d6573d5f5f3e3d5ffd5b505050505f6109e43361036c565b50604051637f88a95760e01b81527f00000000000000000000000000000000000000000000000000000000000000006004820152336024820152604481018290529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637f88a957906064015f604051808303815f87803b158015610a73575f5ffd5b505af1158015610a85573d5f5f3e3d5ffd5b5094975f975095505050505050565b5f610a9e33611187565b9050670de0b6b3a764000081101561085d5760405162461bcd60e51b815260206004820152601860248201527f546f6f20736d616c6c207265776172647320616d6f756e740000000000000000604482015260640161048b565b5f805460ff16610b435760405162461bcd60e51b815260206004820152601660248201527511195b1959d85d1a5bdb881a5cc8191a5cd8589b195960521b604482015260640161048b565b610b4c33611187565b50604051630ae61b7960e11b8152336004820152602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906315cc36f2906044015f604051808303815f87803b158015610bb2575f5ffd5b505af1158015610bc4573d5f5f3e3d5ffd5b505050505f610bd16103b7565b610bd9611134565b610be390866113a2565b610bed91906113b9565b905082811015610c335760405162461bcd60e51b8152602060048201526011602482015270546f6f206d75636820736c69707061676560781b604482015260640161048b565b5f8111610c705760405162461bcd60e51b815260206004820152600b60248201526a5a65726f2073686172657360a81b604482015260640161048b565b335f9081526001602052604081208054839290610c8e908490611402565b925050819055508060025f828254610ca69190611402565b909155505060405163e71a5cdf60e01b81527f00000000000000000000000000000000000000000000000000000000000000006004820152602481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e71a5cdf906044015f604051808303815f87803b158015610d30575f5ffd5b505af1158015610d42573d5f5f3e3d5ffd5b505060405163c69d057360e01b81527f0000000000000000000000000000000000000000000000000000000000000000600482015233602482015260448101879052606481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925063c69d057391506084015f604051808303815f87803b158015610dd8575f5ffd5b505af1158015610dea573d5f5f3e3d5ffd5b50959695505050505050565b610dff33611187565b505f610e0a3361036c565b50905080831115610e525760405162461bcd60e51b8152602060048201526012602482015271151bdbc81b5d58da081c995c5d595cdd195960721b604482015260640161048b565b5f610e5b6103b7565b610e63611134565b610e6d90866113a2565b610e7791906113b9565b905082811115610ebd5760405162461bcd60e51b8152602060048201526011602482015270746f6f206d75636820736c69707061676560781b604482015260640161048b565b335f9081526001602052604081208054839290610edb9084906113d8565b925050819055508060025f828254610ef391906113d8565b9091555050335f90815260056020526040812080548290610f1390611415565b919050819055905060405180604001604052808381526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663900cf0cf6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610f88573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fac91906113eb565b9052335f9081526006602090815260408083208584528252909120825181559101516001909101557f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e71a5cdf7f000000000000000000000000000000000000000000000000000000000000000061102d8861142d565b6040516001600160e01b031960e085901b168152600481019290925260248201526044015f604051808303815f87803b158015611068575f5ffd5b505af115801561107a573d5f5f3e3d5ffd5b5050604051632a9b5b4160e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201523360248201526044810188905260648101859052608481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169250635536b682915060a4015f604051808303815f87803b158015611117575f5ffd5b505af1158015611129573d5f5f3e3d5ffd5b505050505050505050565b5f60087f000000000000000000000000000000000000000000000000000000000000000010611170576c01431e0fae6d7217caa0000000611173565b60645b6cffffffffffffffffffffffffff16905090565b5f611191826103c5565b6003546001600160a01b0384165f90815260046020526040902055905080156112d55760405163990dc9db60e01b81526001600160a01b038381166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000169063990dc9db906044015f604051808303815f87803b15801561121b575f5ffd5b505af115801561122d573d5f5f3e3d5ffd5b505060405163b7721d2d60e01b81527f000000000000000000000000000000000000000000000000000000000000000060048201526001600160a01b038581166024830152604482018590527f000000000000000000000000000000000000000000000000000000000000000016925063b7721d2d91506064015f604051808303815f87803b1580156112be575f5ffd5b505af11580156112d0573d5f5f3e3d5ffd5b505050505b919050565b80356001600160a01b03811681146112d5575f5ffd5b5f60208284031215611300575f5ffd5b611309826112da565b9392505050565b5f60208284031215611320575f5ffd5b81358015158114611309575f5ffd5b5f5f60408385031215611340575f5ffd5b611349836112da565b946020939093013593505050565b5f60208284031215611367575f5ffd5b5035919050565b5f5f6040838503121561137f575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176104225761042261138e565b5f826113d357634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156104225761042261138e565b5f602082840312156113fb575f5ffd5b5051919050565b808201808211156104225761042261138e565b5f600182016114265761142661138e565b5060010190565b5f600160ff1b82016114415761144161138e565b505f0390566080604052348015600e575f5ffd5b506103758061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80635536b682146100645780637b47e887146100795780637f88a9571461008c57806381dc101b1461009f578063b7721d2d146100b2578063c69d0573146100c5575b5f5ffd5b610077610072366004610296565b6100d8565b005b6100776100873660046102d8565b61012d565b61007761009a366004610310565b610179565b6100776100ad366004610343565b6101b6565b6100776100c0366004610310565b6101f3565b6100776100d33660046102d8565b610230565b82846001600160a01b0316867f502f5a6697a92e602c626b931a4a771fef4360eb9cece7bf906f10c5cec96aaa858560405161011e929190918252602082015260400190565b60405180910390a45050505050565b60408051838152602081018390526001600160a01b0385169186917f7beb9bef91040fcf7607c78d4fc668370a9036788d7e6f202a4a2db5b0c28c80910160405180910390a350505050565b80826001600160a01b0316847f0f9ccdda16b467e719059c85ebd8383fcb7f8ffa5576629fe3b842836e04dad160405160405180910390a4505050565b806001600160a01b031682847ff6566d8fbe8f23227826ba3da2ecc1ec48698c5be051a829965e3358fd5b965860405160405180910390a4505050565b80826001600160a01b0316847f31d1715032654fde9867c0f095aecce1113049e30b9f4ecbaa6954ed6c63b8df60405160405180910390a4505050565b81836001600160a01b0316857fc9afff0972d33d68c8d330fe0ebd0e9f54491ad8c59ae17330a9206f280f08658460405161026d91815260200190565b60405180910390a450505050565b80356001600160a01b0381168114610291575f5ffd5b919050565b5f5f5f5f5f60a086880312156102aa575f5ffd5b853594506102ba6020870161027b565b94979496505050506040830135926060810135926080909101359150565b5f5f5f5f608085870312156102eb575f5ffd5b843593506102fb6020860161027b565b93969395505050506040820135916060013590565b5f5f5f60608486031215610322575f5ffd5b833592506103326020850161027b565b929592945050506040919091013590565b5f5f5f60608486031215610355575f5ffd5b833592506020840135915061036c6040850161027b565b9050925092509256",
}

// MockStakeManager is an auto generated Go binding around an Ethereum contract.
type MockStakeManager struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockStakeManager) GetABI() abi.ABI {
	return c.abi
}

// NewMockStakeManager creates a new instance of MockStakeManager.
func NewMockStakeManager() *MockStakeManager {
	parsed, err := MockStakeManagerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockStakeManager{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockStakeManager) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _token) returns()
func (mockStakeManager *MockStakeManager) PackConstructor(_token common.Address) []byte {
	enc, err := mockStakeManager.abi.Pack("", _token)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackNFTCounter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5508d8e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NFTCounter() view returns(uint256)
func (mockStakeManager *MockStakeManager) PackNFTCounter() []byte {
	enc, err := mockStakeManager.abi.Pack("NFTCounter")
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
func (mockStakeManager *MockStakeManager) TryPackNFTCounter() ([]byte, error) {
	return mockStakeManager.abi.Pack("NFTCounter")
}

// UnpackNFTCounter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5508d8e1.
//
// Solidity: function NFTCounter() view returns(uint256)
func (mockStakeManager *MockStakeManager) UnpackNFTCounter(data []byte) (*big.Int, error) {
	out, err := mockStakeManager.abi.Unpack("NFTCounter", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddDelegated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe71a5cdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addDelegated(uint256 id, int256 delta) returns()
func (mockStakeManager *MockStakeManager) PackAddDelegated(id *big.Int, delta *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("addDelegated", id, delta)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddDelegated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe71a5cdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addDelegated(uint256 id, int256 delta) returns()
func (mockStakeManager *MockStakeManager) TryPackAddDelegated(id *big.Int, delta *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("addDelegated", id, delta)
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint256)
func (mockStakeManager *MockStakeManager) PackCurrentEpoch() []byte {
	enc, err := mockStakeManager.abi.Pack("currentEpoch")
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
func (mockStakeManager *MockStakeManager) TryPackCurrentEpoch() ([]byte, error) {
	return mockStakeManager.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (mockStakeManager *MockStakeManager) UnpackCurrentEpoch(data []byte) (*big.Int, error) {
	out, err := mockStakeManager.abi.Unpack("currentEpoch", data)
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
// Solidity: function delegatedAmount(uint256 id) view returns(uint256)
func (mockStakeManager *MockStakeManager) PackDelegatedAmount(id *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("delegatedAmount", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegatedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f4b4323.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegatedAmount(uint256 id) view returns(uint256)
func (mockStakeManager *MockStakeManager) TryPackDelegatedAmount(id *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("delegatedAmount", id)
}

// UnpackDelegatedAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f4b4323.
//
// Solidity: function delegatedAmount(uint256 id) view returns(uint256)
func (mockStakeManager *MockStakeManager) UnpackDelegatedAmount(data []byte) (*big.Int, error) {
	out, err := mockStakeManager.abi.Unpack("delegatedAmount", data)
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
// Solidity: function delegatorsReward(uint256 id) view returns(uint256)
func (mockStakeManager *MockStakeManager) PackDelegatorsReward(id *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("delegatorsReward", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegatorsReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39610f78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegatorsReward(uint256 id) view returns(uint256)
func (mockStakeManager *MockStakeManager) TryPackDelegatorsReward(id *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("delegatorsReward", id)
}

// UnpackDelegatorsReward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39610f78.
//
// Solidity: function delegatorsReward(uint256 id) view returns(uint256)
func (mockStakeManager *MockStakeManager) UnpackDelegatorsReward(data []byte) (*big.Int, error) {
	out, err := mockStakeManager.abi.Unpack("delegatorsReward", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15cc36f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFrom(address user, uint256 amount) returns()
func (mockStakeManager *MockStakeManager) PackDepositFrom(user common.Address, amount *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("depositFrom", user, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15cc36f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFrom(address user, uint256 amount) returns()
func (mockStakeManager *MockStakeManager) TryPackDepositFrom(user common.Address, amount *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("depositFrom", user, amount)
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint256)
func (mockStakeManager *MockStakeManager) PackEpoch() []byte {
	enc, err := mockStakeManager.abi.Pack("epoch")
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
func (mockStakeManager *MockStakeManager) TryPackEpoch() ([]byte, error) {
	return mockStakeManager.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint256)
func (mockStakeManager *MockStakeManager) UnpackEpoch(data []byte) (*big.Int, error) {
	out, err := mockStakeManager.abi.Unpack("epoch", data)
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
// Solidity: function getValidatorContract(uint256 id) view returns(address)
func (mockStakeManager *MockStakeManager) PackGetValidatorContract(id *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("getValidatorContract", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56342d8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorContract(uint256 id) view returns(address)
func (mockStakeManager *MockStakeManager) TryPackGetValidatorContract(id *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("getValidatorContract", id)
}

// UnpackGetValidatorContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56342d8c.
//
// Solidity: function getValidatorContract(uint256 id) view returns(address)
func (mockStakeManager *MockStakeManager) UnpackGetValidatorContract(data []byte) (common.Address, error) {
	out, err := mockStakeManager.abi.Unpack("getValidatorContract", data)
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
// Solidity: function isValidator(uint256 id) view returns(bool)
func (mockStakeManager *MockStakeManager) PackIsValidator(id *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("isValidator", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2649263a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidator(uint256 id) view returns(bool)
func (mockStakeManager *MockStakeManager) TryPackIsValidator(id *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("isValidator", id)
}

// UnpackIsValidator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2649263a.
//
// Solidity: function isValidator(uint256 id) view returns(bool)
func (mockStakeManager *MockStakeManager) UnpackIsValidator(data []byte) (bool, error) {
	out, err := mockStakeManager.abi.Unpack("isValidator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLogger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf24ccbfe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function logger() view returns(address)
func (mockStakeManager *MockStakeManager) PackLogger() []byte {
	enc, err := mockStakeManager.abi.Pack("logger")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLogger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf24ccbfe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function logger() view returns(address)
func (mockStakeManager *MockStakeManager) TryPackLogger() ([]byte, error) {
	return mockStakeManager.abi.Pack("logger")
}

// UnpackLogger is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf24ccbfe.
//
// Solidity: function logger() view returns(address)
func (mockStakeManager *MockStakeManager) UnpackLogger(data []byte) (common.Address, error) {
	out, err := mockStakeManager.abi.Unpack("logger", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMigrateDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb1ef52c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function migrateDelegation(uint256 , uint256 , uint256 ) pure returns()
func (mockStakeManager *MockStakeManager) PackMigrateDelegation(arg0 *big.Int, arg1 *big.Int, arg2 *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("migrateDelegation", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMigrateDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb1ef52c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function migrateDelegation(uint256 , uint256 , uint256 ) pure returns()
func (mockStakeManager *MockStakeManager) TryPackMigrateDelegation(arg0 *big.Int, arg1 *big.Int, arg2 *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("migrateDelegation", arg0, arg1, arg2)
}

// PackTestAddValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bfb5c41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testAddValidator(address signer, uint256 selfStake, uint256 commissionRate) returns(uint256 id)
func (mockStakeManager *MockStakeManager) PackTestAddValidator(signer common.Address, selfStake *big.Int, commissionRate *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("testAddValidator", signer, selfStake, commissionRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestAddValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bfb5c41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testAddValidator(address signer, uint256 selfStake, uint256 commissionRate) returns(uint256 id)
func (mockStakeManager *MockStakeManager) TryPackTestAddValidator(signer common.Address, selfStake *big.Int, commissionRate *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("testAddValidator", signer, selfStake, commissionRate)
}

// UnpackTestAddValidator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8bfb5c41.
//
// Solidity: function testAddValidator(address signer, uint256 selfStake, uint256 commissionRate) returns(uint256 id)
func (mockStakeManager *MockStakeManager) UnpackTestAddValidator(data []byte) (*big.Int, error) {
	out, err := mockStakeManager.abi.Unpack("testAddValidator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTestAdvanceEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62fe8b1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testAdvanceEpochs(uint256 n) returns()
func (mockStakeManager *MockStakeManager) PackTestAdvanceEpochs(n *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("testAdvanceEpochs", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestAdvanceEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62fe8b1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testAdvanceEpochs(uint256 n) returns()
func (mockStakeManager *MockStakeManager) TryPackTestAdvanceEpochs(n *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("testAdvanceEpochs", n)
}

// PackTestCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fde2c79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testCheckpoint(uint256 id, uint256 reward) returns()
func (mockStakeManager *MockStakeManager) PackTestCheckpoint(id *big.Int, reward *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("testCheckpoint", id, reward)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fde2c79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testCheckpoint(uint256 id, uint256 reward) returns()
func (mockStakeManager *MockStakeManager) TryPackTestCheckpoint(id *big.Int, reward *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("testCheckpoint", id, reward)
}

// PackTestJail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadc96f8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testJail(uint256 id) returns()
func (mockStakeManager *MockStakeManager) PackTestJail(id *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("testJail", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestJail is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadc96f8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testJail(uint256 id) returns()
func (mockStakeManager *MockStakeManager) TryPackTestJail(id *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("testJail", id)
}

// PackTestSetWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe89bb4e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSetWithdrawalDelay(uint256 d) returns()
func (mockStakeManager *MockStakeManager) PackTestSetWithdrawalDelay(d *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("testSetWithdrawalDelay", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSetWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe89bb4e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSetWithdrawalDelay(uint256 d) returns()
func (mockStakeManager *MockStakeManager) TryPackTestSetWithdrawalDelay(d *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("testSetWithdrawalDelay", d)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (mockStakeManager *MockStakeManager) PackToken() []byte {
	enc, err := mockStakeManager.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (mockStakeManager *MockStakeManager) TryPackToken() ([]byte, error) {
	return mockStakeManager.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (mockStakeManager *MockStakeManager) UnpackToken(data []byte) (common.Address, error) {
	out, err := mockStakeManager.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x990dc9db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFunds(address to, uint256 amount) returns()
func (mockStakeManager *MockStakeManager) PackTransferFunds(to common.Address, amount *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("transferFunds", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x990dc9db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFunds(address to, uint256 amount) returns()
func (mockStakeManager *MockStakeManager) TryPackTransferFunds(to common.Address, amount *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("transferFunds", to, amount)
}

// PackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35aa2e44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validators(uint256 ) view returns(uint256 amount, uint256 reward, uint256 activationEpoch, uint256 deactivationEpoch, uint256 jailTime, address signer, address contractAddress, uint8 status, uint256 commissionRate, uint256 lastCommissionUpdate, uint256 delegatorsReward, uint256 delegatedAmount, uint256 initialRewardPerStake)
func (mockStakeManager *MockStakeManager) PackValidators(arg0 *big.Int) []byte {
	enc, err := mockStakeManager.abi.Pack("validators", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35aa2e44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validators(uint256 ) view returns(uint256 amount, uint256 reward, uint256 activationEpoch, uint256 deactivationEpoch, uint256 jailTime, address signer, address contractAddress, uint8 status, uint256 commissionRate, uint256 lastCommissionUpdate, uint256 delegatorsReward, uint256 delegatedAmount, uint256 initialRewardPerStake)
func (mockStakeManager *MockStakeManager) TryPackValidators(arg0 *big.Int) ([]byte, error) {
	return mockStakeManager.abi.Pack("validators", arg0)
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
// Solidity: function validators(uint256 ) view returns(uint256 amount, uint256 reward, uint256 activationEpoch, uint256 deactivationEpoch, uint256 jailTime, address signer, address contractAddress, uint8 status, uint256 commissionRate, uint256 lastCommissionUpdate, uint256 delegatorsReward, uint256 delegatedAmount, uint256 initialRewardPerStake)
func (mockStakeManager *MockStakeManager) UnpackValidators(data []byte) (ValidatorsOutput, error) {
	out, err := mockStakeManager.abi.Unpack("validators", data)
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
func (mockStakeManager *MockStakeManager) PackWithdrawalDelay() []byte {
	enc, err := mockStakeManager.abi.Pack("withdrawalDelay")
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
func (mockStakeManager *MockStakeManager) TryPackWithdrawalDelay() ([]byte, error) {
	return mockStakeManager.abi.Pack("withdrawalDelay")
}

// UnpackWithdrawalDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7ab6961.
//
// Solidity: function withdrawalDelay() view returns(uint256)
func (mockStakeManager *MockStakeManager) UnpackWithdrawalDelay(data []byte) (*big.Int, error) {
	out, err := mockStakeManager.abi.Unpack("withdrawalDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// MockStakingInfoMetaData contains all meta data concerning the MockStakingInfo contract.
var MockStakingInfoMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"rewards\",\"type\":\"uint256\"}],\"name\":\"DelegatorClaimedRewards\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"totalStaked\",\"type\":\"uint256\"}],\"name\":\"DelegatorRestaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"DelegatorUnstakeWithId\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DelegatorUnstaked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"exitEpoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"Jailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"}],\"name\":\"ShareBurned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"ShareBurnedWithId\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"}],\"name\":\"ShareMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SharesTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"newAmount\",\"type\":\"uint256\"}],\"name\":\"StakeUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnJailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"validatorId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"newCommissionRate\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"oldCommissionRate\",\"type\":\"uint256\"}],\"name\":\"UpdateCommissionRate\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"rewards\",\"type\":\"uint256\"}],\"name\":\"logDelegatorClaimRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"totalStaked\",\"type\":\"uint256\"}],\"name\":\"logDelegatorRestaked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"logDelegatorUnstakeWithId\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exitEpoch\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"logJailed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"logShareBurnedWithId\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokens\",\"type\":\"uint256\"}],\"name\":\"logShareMinted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "315aee70b81bc3f2c9964cac7f11922628",
	Bin: "0x6080604052348015600e575f5ffd5b506103758061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80635536b682146100645780637b47e887146100795780637f88a9571461008c57806381dc101b1461009f578063b7721d2d146100b2578063c69d0573146100c5575b5f5ffd5b610077610072366004610296565b6100d8565b005b6100776100873660046102d8565b61012d565b61007761009a366004610310565b610179565b6100776100ad366004610343565b6101b6565b6100776100c0366004610310565b6101f3565b6100776100d33660046102d8565b610230565b82846001600160a01b0316867f502f5a6697a92e602c626b931a4a771fef4360eb9cece7bf906f10c5cec96aaa858560405161011e929190918252602082015260400190565b60405180910390a45050505050565b60408051838152602081018390526001600160a01b0385169186917f7beb9bef91040fcf7607c78d4fc668370a9036788d7e6f202a4a2db5b0c28c80910160405180910390a350505050565b80826001600160a01b0316847f0f9ccdda16b467e719059c85ebd8383fcb7f8ffa5576629fe3b842836e04dad160405160405180910390a4505050565b806001600160a01b031682847ff6566d8fbe8f23227826ba3da2ecc1ec48698c5be051a829965e3358fd5b965860405160405180910390a4505050565b80826001600160a01b0316847f31d1715032654fde9867c0f095aecce1113049e30b9f4ecbaa6954ed6c63b8df60405160405180910390a4505050565b81836001600160a01b0316857fc9afff0972d33d68c8d330fe0ebd0e9f54491ad8c59ae17330a9206f280f08658460405161026d91815260200190565b60405180910390a450505050565b80356001600160a01b0381168114610291575f5ffd5b919050565b5f5f5f5f5f60a086880312156102aa575f5ffd5b853594506102ba6020870161027b565b94979496505050506040830135926060810135926080909101359150565b5f5f5f5f608085870312156102eb575f5ffd5b843593506102fb6020860161027b565b93969395505050506040820135916060013590565b5f5f5f60608486031215610322575f5ffd5b833592506103326020850161027b565b929592945050506040919091013590565b5f5f5f60608486031215610355575f5ffd5b833592506020840135915061036c6040850161027b565b9050925092509256",
}

// MockStakingInfo is an auto generated Go binding around an Ethereum contract.
type MockStakingInfo struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockStakingInfo) GetABI() abi.ABI {
	return c.abi
}

// NewMockStakingInfo creates a new instance of MockStakingInfo.
func NewMockStakingInfo() *MockStakingInfo {
	parsed, err := MockStakingInfoMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockStakingInfo{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockStakingInfo) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackLogDelegatorClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7721d2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function logDelegatorClaimRewards(uint256 id, address user, uint256 rewards) returns()
func (mockStakingInfo *MockStakingInfo) PackLogDelegatorClaimRewards(id *big.Int, user common.Address, rewards *big.Int) []byte {
	enc, err := mockStakingInfo.abi.Pack("logDelegatorClaimRewards", id, user, rewards)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLogDelegatorClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7721d2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function logDelegatorClaimRewards(uint256 id, address user, uint256 rewards) returns()
func (mockStakingInfo *MockStakingInfo) TryPackLogDelegatorClaimRewards(id *big.Int, user common.Address, rewards *big.Int) ([]byte, error) {
	return mockStakingInfo.abi.Pack("logDelegatorClaimRewards", id, user, rewards)
}

// PackLogDelegatorRestaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f88a957.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function logDelegatorRestaked(uint256 id, address user, uint256 totalStaked) returns()
func (mockStakingInfo *MockStakingInfo) PackLogDelegatorRestaked(id *big.Int, user common.Address, totalStaked *big.Int) []byte {
	enc, err := mockStakingInfo.abi.Pack("logDelegatorRestaked", id, user, totalStaked)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLogDelegatorRestaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f88a957.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function logDelegatorRestaked(uint256 id, address user, uint256 totalStaked) returns()
func (mockStakingInfo *MockStakingInfo) TryPackLogDelegatorRestaked(id *big.Int, user common.Address, totalStaked *big.Int) ([]byte, error) {
	return mockStakingInfo.abi.Pack("logDelegatorRestaked", id, user, totalStaked)
}

// PackLogDelegatorUnstakeWithId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b47e887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function logDelegatorUnstakeWithId(uint256 id, address user, uint256 amount, uint256 nonce) returns()
func (mockStakingInfo *MockStakingInfo) PackLogDelegatorUnstakeWithId(id *big.Int, user common.Address, amount *big.Int, nonce *big.Int) []byte {
	enc, err := mockStakingInfo.abi.Pack("logDelegatorUnstakeWithId", id, user, amount, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLogDelegatorUnstakeWithId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b47e887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function logDelegatorUnstakeWithId(uint256 id, address user, uint256 amount, uint256 nonce) returns()
func (mockStakingInfo *MockStakingInfo) TryPackLogDelegatorUnstakeWithId(id *big.Int, user common.Address, amount *big.Int, nonce *big.Int) ([]byte, error) {
	return mockStakingInfo.abi.Pack("logDelegatorUnstakeWithId", id, user, amount, nonce)
}

// PackLogJailed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81dc101b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function logJailed(uint256 id, uint256 exitEpoch, address signer) returns()
func (mockStakingInfo *MockStakingInfo) PackLogJailed(id *big.Int, exitEpoch *big.Int, signer common.Address) []byte {
	enc, err := mockStakingInfo.abi.Pack("logJailed", id, exitEpoch, signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLogJailed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81dc101b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function logJailed(uint256 id, uint256 exitEpoch, address signer) returns()
func (mockStakingInfo *MockStakingInfo) TryPackLogJailed(id *big.Int, exitEpoch *big.Int, signer common.Address) ([]byte, error) {
	return mockStakingInfo.abi.Pack("logJailed", id, exitEpoch, signer)
}

// PackLogShareBurnedWithId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5536b682.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function logShareBurnedWithId(uint256 id, address user, uint256 amount, uint256 tokens, uint256 nonce) returns()
func (mockStakingInfo *MockStakingInfo) PackLogShareBurnedWithId(id *big.Int, user common.Address, amount *big.Int, tokens *big.Int, nonce *big.Int) []byte {
	enc, err := mockStakingInfo.abi.Pack("logShareBurnedWithId", id, user, amount, tokens, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLogShareBurnedWithId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5536b682.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function logShareBurnedWithId(uint256 id, address user, uint256 amount, uint256 tokens, uint256 nonce) returns()
func (mockStakingInfo *MockStakingInfo) TryPackLogShareBurnedWithId(id *big.Int, user common.Address, amount *big.Int, tokens *big.Int, nonce *big.Int) ([]byte, error) {
	return mockStakingInfo.abi.Pack("logShareBurnedWithId", id, user, amount, tokens, nonce)
}

// PackLogShareMinted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69d0573.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function logShareMinted(uint256 id, address user, uint256 amount, uint256 tokens) returns()
func (mockStakingInfo *MockStakingInfo) PackLogShareMinted(id *big.Int, user common.Address, amount *big.Int, tokens *big.Int) []byte {
	enc, err := mockStakingInfo.abi.Pack("logShareMinted", id, user, amount, tokens)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLogShareMinted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69d0573.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function logShareMinted(uint256 id, address user, uint256 amount, uint256 tokens) returns()
func (mockStakingInfo *MockStakingInfo) TryPackLogShareMinted(id *big.Int, user common.Address, amount *big.Int, tokens *big.Int) ([]byte, error) {
	return mockStakingInfo.abi.Pack("logShareMinted", id, user, amount, tokens)
}

// MockStakingInfoDelegatorClaimedRewards represents a DelegatorClaimedRewards event raised by the MockStakingInfo contract.
type MockStakingInfoDelegatorClaimedRewards struct {
	ValidatorId *big.Int
	User        common.Address
	Rewards     *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoDelegatorClaimedRewardsEventName = "DelegatorClaimedRewards"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoDelegatorClaimedRewards) ContractEventName() string {
	return MockStakingInfoDelegatorClaimedRewardsEventName
}

// UnpackDelegatorClaimedRewardsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegatorClaimedRewards(uint256 indexed validatorId, address indexed user, uint256 indexed rewards)
func (mockStakingInfo *MockStakingInfo) UnpackDelegatorClaimedRewardsEvent(log *types.Log) (*MockStakingInfoDelegatorClaimedRewards, error) {
	event := "DelegatorClaimedRewards"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoDelegatorClaimedRewards)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockStakingInfoDelegatorRestaked represents a DelegatorRestaked event raised by the MockStakingInfo contract.
type MockStakingInfoDelegatorRestaked struct {
	ValidatorId *big.Int
	User        common.Address
	TotalStaked *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoDelegatorRestakedEventName = "DelegatorRestaked"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoDelegatorRestaked) ContractEventName() string {
	return MockStakingInfoDelegatorRestakedEventName
}

// UnpackDelegatorRestakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegatorRestaked(uint256 indexed validatorId, address indexed user, uint256 indexed totalStaked)
func (mockStakingInfo *MockStakingInfo) UnpackDelegatorRestakedEvent(log *types.Log) (*MockStakingInfoDelegatorRestaked, error) {
	event := "DelegatorRestaked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoDelegatorRestaked)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockStakingInfoDelegatorUnstakeWithId represents a DelegatorUnstakeWithId event raised by the MockStakingInfo contract.
type MockStakingInfoDelegatorUnstakeWithId struct {
	ValidatorId *big.Int
	User        common.Address
	Amount      *big.Int
	Nonce       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoDelegatorUnstakeWithIdEventName = "DelegatorUnstakeWithId"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoDelegatorUnstakeWithId) ContractEventName() string {
	return MockStakingInfoDelegatorUnstakeWithIdEventName
}

// UnpackDelegatorUnstakeWithIdEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegatorUnstakeWithId(uint256 indexed validatorId, address indexed user, uint256 amount, uint256 nonce)
func (mockStakingInfo *MockStakingInfo) UnpackDelegatorUnstakeWithIdEvent(log *types.Log) (*MockStakingInfoDelegatorUnstakeWithId, error) {
	event := "DelegatorUnstakeWithId"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoDelegatorUnstakeWithId)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockStakingInfoDelegatorUnstaked represents a DelegatorUnstaked event raised by the MockStakingInfo contract.
type MockStakingInfoDelegatorUnstaked struct {
	ValidatorId *big.Int
	User        common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoDelegatorUnstakedEventName = "DelegatorUnstaked"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoDelegatorUnstaked) ContractEventName() string {
	return MockStakingInfoDelegatorUnstakedEventName
}

// UnpackDelegatorUnstakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegatorUnstaked(uint256 indexed validatorId, address indexed user, uint256 amount)
func (mockStakingInfo *MockStakingInfo) UnpackDelegatorUnstakedEvent(log *types.Log) (*MockStakingInfoDelegatorUnstaked, error) {
	event := "DelegatorUnstaked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoDelegatorUnstaked)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockStakingInfoJailed represents a Jailed event raised by the MockStakingInfo contract.
type MockStakingInfoJailed struct {
	ValidatorId *big.Int
	ExitEpoch   *big.Int
	Signer      common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoJailedEventName = "Jailed"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoJailed) ContractEventName() string {
	return MockStakingInfoJailedEventName
}

// UnpackJailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Jailed(uint256 indexed validatorId, uint256 indexed exitEpoch, address indexed signer)
func (mockStakingInfo *MockStakingInfo) UnpackJailedEvent(log *types.Log) (*MockStakingInfoJailed, error) {
	event := "Jailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoJailed)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockStakingInfoShareBurned represents a ShareBurned event raised by the MockStakingInfo contract.
type MockStakingInfoShareBurned struct {
	ValidatorId *big.Int
	User        common.Address
	Amount      *big.Int
	Tokens      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoShareBurnedEventName = "ShareBurned"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoShareBurned) ContractEventName() string {
	return MockStakingInfoShareBurnedEventName
}

// UnpackShareBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShareBurned(uint256 indexed validatorId, address indexed user, uint256 indexed amount, uint256 tokens)
func (mockStakingInfo *MockStakingInfo) UnpackShareBurnedEvent(log *types.Log) (*MockStakingInfoShareBurned, error) {
	event := "ShareBurned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoShareBurned)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockStakingInfoShareBurnedWithId represents a ShareBurnedWithId event raised by the MockStakingInfo contract.
type MockStakingInfoShareBurnedWithId struct {
	ValidatorId *big.Int
	User        common.Address
	Amount      *big.Int
	Tokens      *big.Int
	Nonce       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoShareBurnedWithIdEventName = "ShareBurnedWithId"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoShareBurnedWithId) ContractEventName() string {
	return MockStakingInfoShareBurnedWithIdEventName
}

// UnpackShareBurnedWithIdEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShareBurnedWithId(uint256 indexed validatorId, address indexed user, uint256 indexed amount, uint256 tokens, uint256 nonce)
func (mockStakingInfo *MockStakingInfo) UnpackShareBurnedWithIdEvent(log *types.Log) (*MockStakingInfoShareBurnedWithId, error) {
	event := "ShareBurnedWithId"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoShareBurnedWithId)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockStakingInfoShareMinted represents a ShareMinted event raised by the MockStakingInfo contract.
type MockStakingInfoShareMinted struct {
	ValidatorId *big.Int
	User        common.Address
	Amount      *big.Int
	Tokens      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoShareMintedEventName = "ShareMinted"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoShareMinted) ContractEventName() string {
	return MockStakingInfoShareMintedEventName
}

// UnpackShareMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ShareMinted(uint256 indexed validatorId, address indexed user, uint256 indexed amount, uint256 tokens)
func (mockStakingInfo *MockStakingInfo) UnpackShareMintedEvent(log *types.Log) (*MockStakingInfoShareMinted, error) {
	event := "ShareMinted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoShareMinted)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockStakingInfoSharesTransfer represents a SharesTransfer event raised by the MockStakingInfo contract.
type MockStakingInfoSharesTransfer struct {
	ValidatorId *big.Int
	From        common.Address
	To          common.Address
	Value       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoSharesTransferEventName = "SharesTransfer"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoSharesTransfer) ContractEventName() string {
	return MockStakingInfoSharesTransferEventName
}

// UnpackSharesTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SharesTransfer(uint256 indexed validatorId, address indexed from, address indexed to, uint256 value)
func (mockStakingInfo *MockStakingInfo) UnpackSharesTransferEvent(log *types.Log) (*MockStakingInfoSharesTransfer, error) {
	event := "SharesTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoSharesTransfer)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockStakingInfoStakeUpdate represents a StakeUpdate event raised by the MockStakingInfo contract.
type MockStakingInfoStakeUpdate struct {
	ValidatorId *big.Int
	Nonce       *big.Int
	NewAmount   *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoStakeUpdateEventName = "StakeUpdate"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoStakeUpdate) ContractEventName() string {
	return MockStakingInfoStakeUpdateEventName
}

// UnpackStakeUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeUpdate(uint256 indexed validatorId, uint256 indexed nonce, uint256 indexed newAmount)
func (mockStakingInfo *MockStakingInfo) UnpackStakeUpdateEvent(log *types.Log) (*MockStakingInfoStakeUpdate, error) {
	event := "StakeUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoStakeUpdate)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockStakingInfoUnJailed represents a UnJailed event raised by the MockStakingInfo contract.
type MockStakingInfoUnJailed struct {
	ValidatorId *big.Int
	Signer      common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoUnJailedEventName = "UnJailed"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoUnJailed) ContractEventName() string {
	return MockStakingInfoUnJailedEventName
}

// UnpackUnJailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnJailed(uint256 indexed validatorId, address indexed signer)
func (mockStakingInfo *MockStakingInfo) UnpackUnJailedEvent(log *types.Log) (*MockStakingInfoUnJailed, error) {
	event := "UnJailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoUnJailed)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockStakingInfoUpdateCommissionRate represents a UpdateCommissionRate event raised by the MockStakingInfo contract.
type MockStakingInfoUpdateCommissionRate struct {
	ValidatorId       *big.Int
	NewCommissionRate *big.Int
	OldCommissionRate *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const MockStakingInfoUpdateCommissionRateEventName = "UpdateCommissionRate"

// ContractEventName returns the user-defined event name.
func (MockStakingInfoUpdateCommissionRate) ContractEventName() string {
	return MockStakingInfoUpdateCommissionRateEventName
}

// UnpackUpdateCommissionRateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateCommissionRate(uint256 indexed validatorId, uint256 indexed newCommissionRate, uint256 indexed oldCommissionRate)
func (mockStakingInfo *MockStakingInfo) UnpackUpdateCommissionRateEvent(log *types.Log) (*MockStakingInfoUpdateCommissionRate, error) {
	event := "UpdateCommissionRate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockStakingInfo.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockStakingInfoUpdateCommissionRate)
	if len(log.Data) > 0 {
		if err := mockStakingInfo.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockStakingInfo.abi.Events[event].Inputs {
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

// MockValidatorShareMetaData contains all meta data concerning the MockValidatorShare contract.
var MockValidatorShareMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"contractMockStakingInfo\",\"name\":\"_logger\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_minSharesToMint\",\"type\":\"uint256\"}],\"name\":\"buyVoucherPOL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"delegation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exchangeRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getLiquidRewards\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getTotalStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"initalRewardPerShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"logger\",\"outputs\":[{\"internalType\":\"contractMockStakingInfo\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"manager\",\"outputs\":[{\"internalType\":\"contractMockStakeManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"restakePOL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardPerShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maximumSharesToBurn\",\"type\":\"uint256\"}],\"name\":\"sellVoucher_newPOL\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"testAddReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"testSetDelegation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbondNonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"unbonds_new\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unbondNonce\",\"type\":\"uint256\"}],\"name\":\"unstakeClaimTokens_newPOL\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawExchangeRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawRewardsPOL\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "561997fe5708130945f2eb733624af8b53",
	Bin: "0x60e06040525f805460ff1916600117905534801561001b575f5ffd5b506040516115ac3803806115ac83398101604081905261003a91610052565b336080526001600160a01b031660a05260c05261008c565b5f5f60408385031215610063575f5ffd5b825160208401519092506001600160a01b0381168114610081575f5ffd5b809150509250929050565b60805160a05160c0516114476101655f395f81816101f9015281816107160152818161094e015281816109f401528181610cba01528181610d53015281816110050152818161108b01528181611139015261123e01525f818161034a0152818161075001528181610a2a01528181610d8d015281816110cc015261127b01525f81816101ba01528181610433015281816104e701528181610559015281816106b2015281816107c10152818161097b01528181610b6901528181610ce701528181610f2e01528181610fd601526111da01526114475ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c80638759c234116100b4578063df5cf72311610079578063df5cf723146102dc578063e0db556b146102f8578063e4457a8a14610300578063e4cd1aec14610313578063e570b78b14610332578063f24ccbfe14610345575f5ffd5b80638759c2341461029f5780638d315f6a146102b25780639ad5f5a4146102c55780639b2cb5d8146102cd578063bfb18f29146101a4575f5ffd5b8063481c6a7511610105578063481c6a75146101b55780635c5f7dae146101f4578063676e55501461021b57806370a082311461022e5780637427f7d21461024d578063795be58714610262575f5ffd5b806318160ddd146101415780631e7ff8f61461015d5780633046c204146101855780633ba0b9a9146101a4578063446a2ec8146101ac575b5f5ffd5b61014a60025481565b6040519081526020015b60405180910390f35b61017061016b3660046112f0565b61036c565b60408051928352602083019190915201610154565b61014a6101933660046112f0565b60056020525f908152604090205481565b61014a6103b7565b61014a60035481565b6101dc7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610154565b61014a7f000000000000000000000000000000000000000000000000000000000000000081565b61014a6102293660046112f0565b6103c5565b61014a61023c3660046112f0565b60016020525f908152604090205481565b61026061025b366004611310565b610428565b005b61017061027036600461132f565b6001600160a01b03919091165f9081526006602090815260408083209383529290522080546001909101549091565b6102606102ad366004611357565b6104a6565b6102606102c0366004611357565b6107b6565b610170610860565b61014a670de0b6b3a764000081565b5f546102e89060ff1681565b6040519015158152602001610154565b610260610a94565b61014a61030e36600461136e565b610af8565b61014a6103213660046112f0565b60046020525f908152604090205481565b61026061034036600461136e565b610df6565b6101dc7f000000000000000000000000000000000000000000000000000000000000000081565b5f5f5f6103776103b7565b9050610381611134565b6001600160a01b0385165f908152600160205260409020546103a49083906113a2565b6103ae91906113b9565b94909350915050565b5f6103c0611134565b905090565b6001600160a01b0381165f908152600460205260408120546003546a084595161401484a000000916103f6916113d8565b6001600160a01b0384165f9081526001602052604090205461041891906113a2565b61042291906113b9565b92915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104945760405162461bcd60e51b815260206004820152600c60248201526b37b7363c9036b0b730b3b2b960a11b60448201526064015b60405180910390fd5b5f805460ff1916911515919091179055565b335f908152600660209081526040808320848452825291829020825180840184528154815260019091015481830152825163900cf0cf60e01b8152925190927f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169263900cf0cf926004808401938290030181865afa158015610533573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061055791906113eb565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a7ab69616040518163ffffffff1660e01b8152600401602060405180830381865afa1580156105b3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105d791906113eb565b82602001516105e69190611402565b111580156105f45750805115155b6106405760405162461bcd60e51b815260206004820152601c60248201527f496e636f6d706c657465207769746864726177616c20706572696f6400000000604482015260640161048b565b5f610649611134565b6106516103b7565b835161065d91906113a2565b61066791906113b9565b335f818152600660209081526040808320888452909152808220828155600101919091555163990dc9db60e01b81526004810191909152602481018290529091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063990dc9db906044015f604051808303815f87803b1580156106f3575f5ffd5b505af1158015610705573d5f5f3e3d5ffd5b5050604051637b47e88760e01b81527f0000000000000000000000000000000000000000000000000000000000000000600482015233602482015260448101849052606481018690527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169250637b47e88791506084015f604051808303815f87803b15801561079b575f5ffd5b505af11580156107ad573d5f5f3e3d5ffd5b50505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461081d5760405162461bcd60e51b815260206004820152600c60248201526b37b7363c9036b0b730b3b2b960a11b604482015260640161048b565b6002541561085d5760025461083d6a084595161401484a000000836113a2565b61084791906113b9565b60035f8282546108579190611402565b90915550505b50565b5f5f5f61086c336103c5565b9050670de0b6b3a76400008110156108c65760405162461bcd60e51b815260206004820152601c60248201527f546f6f20736d616c6c207265776172647320746f2072657374616b6500000000604482015260640161048b565b600354335f908152600460205260408120919091556108e36103b7565b6108eb611134565b6108f590846113a2565b6108ff91906113b9565b335f90815260016020526040812080549293508392909190610922908490611402565b925050819055508060025f82825461093a9190611402565b909155505060405163e71a5cdf60e01b81527f00000000000000000000000000000000000000000000000000000000000000006004820152602481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e71a5cdf906044015f604051808303815f87803b1580156109c4575f5ffd5b505af11580156109d6573d5f5f3e3d5ffd5b505050505f6109e43361036c565b50604051637f88a95760e01b81527f00000000000000000000000000000000000000000000000000000000000000006004820152336024820152604481018290529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690637f88a957906064015f604051808303815f87803b158015610a73575f5ffd5b505af1158015610a85573d5f5f3e3d5ffd5b5094975f975095505050505050565b5f610a9e33611187565b9050670de0b6b3a764000081101561085d5760405162461bcd60e51b815260206004820152601860248201527f546f6f20736d616c6c207265776172647320616d6f756e740000000000000000604482015260640161048b565b5f805460ff16610b435760405162461bcd60e51b815260206004820152601660248201527511195b1959d85d1a5bdb881a5cc8191a5cd8589b195960521b604482015260640161048b565b610b4c33611187565b50604051630ae61b7960e11b8152336004820152602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906315cc36f2906044015f604051808303815f87803b158015610bb2575f5ffd5b505af1158015610bc4573d5f5f3e3d5ffd5b505050505f610bd16103b7565b610bd9611134565b610be390866113a2565b610bed91906113b9565b905082811015610c335760405162461bcd60e51b8152602060048201526011602482015270546f6f206d75636820736c69707061676560781b604482015260640161048b565b5f8111610c705760405162461bcd60e51b815260206004820152600b60248201526a5a65726f2073686172657360a81b604482015260640161048b565b335f9081526001602052604081208054839290610c8e908490611402565b925050819055508060025f828254610ca69190611402565b909155505060405163e71a5cdf60e01b81527f00000000000000000000000000000000000000000000000000000000000000006004820152602481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e71a5cdf906044015f604051808303815f87803b158015610d30575f5ffd5b505af1158015610d42573d5f5f3e3d5ffd5b505060405163c69d057360e01b81527f0000000000000000000000000000000000000000000000000000000000000000600482015233602482015260448101879052606481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925063c69d057391506084015f604051808303815f87803b158015610dd8575f5ffd5b505af1158015610dea573d5f5f3e3d5ffd5b50959695505050505050565b610dff33611187565b505f610e0a3361036c565b50905080831115610e525760405162461bcd60e51b8152602060048201526012602482015271151bdbc81b5d58da081c995c5d595cdd195960721b604482015260640161048b565b5f610e5b6103b7565b610e63611134565b610e6d90866113a2565b610e7791906113b9565b905082811115610ebd5760405162461bcd60e51b8152602060048201526011602482015270746f6f206d75636820736c69707061676560781b604482015260640161048b565b335f9081526001602052604081208054839290610edb9084906113d8565b925050819055508060025f828254610ef391906113d8565b9091555050335f90815260056020526040812080548290610f1390611415565b919050819055905060405180604001604052808381526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663900cf0cf6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610f88573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fac91906113eb565b9052335f9081526006602090815260408083208584528252909120825181559101516001909101557f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e71a5cdf7f000000000000000000000000000000000000000000000000000000000000000061102d8861142d565b6040516001600160e01b031960e085901b168152600481019290925260248201526044015f604051808303815f87803b158015611068575f5ffd5b505af115801561107a573d5f5f3e3d5ffd5b5050604051632a9b5b4160e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201523360248201526044810188905260648101859052608481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169250635536b682915060a4015f604051808303815f87803b158015611117575f5ffd5b505af1158015611129573d5f5f3e3d5ffd5b505050505050505050565b5f60087f000000000000000000000000000000000000000000000000000000000000000010611170576c01431e0fae6d7217caa0000000611173565b60645b6cffffffffffffffffffffffffff16905090565b5f611191826103c5565b6003546001600160a01b0384165f90815260046020526040902055905080156112d55760405163990dc9db60e01b81526001600160a01b038381166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000169063990dc9db906044015f604051808303815f87803b15801561121b575f5ffd5b505af115801561122d573d5f5f3e3d5ffd5b505060405163b7721d2d60e01b81527f000000000000000000000000000000000000000000000000000000000000000060048201526001600160a01b038581166024830152604482018590527f000000000000000000000000000000000000000000000000000000000000000016925063b7721d2d91506064015f604051808303815f87803b1580156112be575f5ffd5b505af11580156112d0573d5f5f3e3d5ffd5b505050505b919050565b80356001600160a01b03811681146112d5575f5ffd5b5f60208284031215611300575f5ffd5b611309826112da565b9392505050565b5f60208284031215611320575f5ffd5b81358015158114611309575f5ffd5b5f5f60408385031215611340575f5ffd5b611349836112da565b946020939093013593505050565b5f60208284031215611367575f5ffd5b5035919050565b5f5f6040838503121561137f575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176104225761042261138e565b5f826113d357634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156104225761042261138e565b5f602082840312156113fb575f5ffd5b5051919050565b808201808211156104225761042261138e565b5f600182016114265761142661138e565b5060010190565b5f600160ff1b82016114415761144161138e565b505f039056",
}

// MockValidatorShare is an auto generated Go binding around an Ethereum contract.
type MockValidatorShare struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockValidatorShare) GetABI() abi.ABI {
	return c.abi
}

// NewMockValidatorShare creates a new instance of MockValidatorShare.
func NewMockValidatorShare() *MockValidatorShare {
	parsed, err := MockValidatorShareMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockValidatorShare{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockValidatorShare) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 id, address _logger) returns()
func (mockValidatorShare *MockValidatorShare) PackConstructor(id *big.Int, _logger common.Address) []byte {
	enc, err := mockValidatorShare.abi.Pack("", id, _logger)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (mockValidatorShare *MockValidatorShare) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := mockValidatorShare.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (mockValidatorShare *MockValidatorShare) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return mockValidatorShare.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (mockValidatorShare *MockValidatorShare) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := mockValidatorShare.abi.Unpack("balanceOf", data)
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
// Solidity: function buyVoucherPOL(uint256 _amount, uint256 _minSharesToMint) returns(uint256)
func (mockValidatorShare *MockValidatorShare) PackBuyVoucherPOL(amount *big.Int, minSharesToMint *big.Int) []byte {
	enc, err := mockValidatorShare.abi.Pack("buyVoucherPOL", amount, minSharesToMint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyVoucherPOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4457a8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyVoucherPOL(uint256 _amount, uint256 _minSharesToMint) returns(uint256)
func (mockValidatorShare *MockValidatorShare) TryPackBuyVoucherPOL(amount *big.Int, minSharesToMint *big.Int) ([]byte, error) {
	return mockValidatorShare.abi.Pack("buyVoucherPOL", amount, minSharesToMint)
}

// UnpackBuyVoucherPOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4457a8a.
//
// Solidity: function buyVoucherPOL(uint256 _amount, uint256 _minSharesToMint) returns(uint256)
func (mockValidatorShare *MockValidatorShare) UnpackBuyVoucherPOL(data []byte) (*big.Int, error) {
	out, err := mockValidatorShare.abi.Unpack("buyVoucherPOL", data)
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
func (mockValidatorShare *MockValidatorShare) PackDelegation() []byte {
	enc, err := mockValidatorShare.abi.Pack("delegation")
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
func (mockValidatorShare *MockValidatorShare) TryPackDelegation() ([]byte, error) {
	return mockValidatorShare.abi.Pack("delegation")
}

// UnpackDelegation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf5cf723.
//
// Solidity: function delegation() view returns(bool)
func (mockValidatorShare *MockValidatorShare) UnpackDelegation(data []byte) (bool, error) {
	out, err := mockValidatorShare.abi.Unpack("delegation", data)
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
func (mockValidatorShare *MockValidatorShare) PackExchangeRate() []byte {
	enc, err := mockValidatorShare.abi.Pack("exchangeRate")
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
func (mockValidatorShare *MockValidatorShare) TryPackExchangeRate() ([]byte, error) {
	return mockValidatorShare.abi.Pack("exchangeRate")
}

// UnpackExchangeRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ba0b9a9.
//
// Solidity: function exchangeRate() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) UnpackExchangeRate(data []byte) (*big.Int, error) {
	out, err := mockValidatorShare.abi.Unpack("exchangeRate", data)
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
func (mockValidatorShare *MockValidatorShare) PackGetLiquidRewards(user common.Address) []byte {
	enc, err := mockValidatorShare.abi.Pack("getLiquidRewards", user)
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
func (mockValidatorShare *MockValidatorShare) TryPackGetLiquidRewards(user common.Address) ([]byte, error) {
	return mockValidatorShare.abi.Pack("getLiquidRewards", user)
}

// UnpackGetLiquidRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x676e5550.
//
// Solidity: function getLiquidRewards(address user) view returns(uint256)
func (mockValidatorShare *MockValidatorShare) UnpackGetLiquidRewards(data []byte) (*big.Int, error) {
	out, err := mockValidatorShare.abi.Unpack("getLiquidRewards", data)
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
func (mockValidatorShare *MockValidatorShare) PackGetTotalStake(user common.Address) []byte {
	enc, err := mockValidatorShare.abi.Pack("getTotalStake", user)
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
func (mockValidatorShare *MockValidatorShare) TryPackGetTotalStake(user common.Address) ([]byte, error) {
	return mockValidatorShare.abi.Pack("getTotalStake", user)
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
func (mockValidatorShare *MockValidatorShare) UnpackGetTotalStake(data []byte) (GetTotalStakeOutput, error) {
	out, err := mockValidatorShare.abi.Unpack("getTotalStake", data)
	outstruct := new(GetTotalStakeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackInitalRewardPerShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4cd1aec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initalRewardPerShare(address ) view returns(uint256)
func (mockValidatorShare *MockValidatorShare) PackInitalRewardPerShare(arg0 common.Address) []byte {
	enc, err := mockValidatorShare.abi.Pack("initalRewardPerShare", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitalRewardPerShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4cd1aec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initalRewardPerShare(address ) view returns(uint256)
func (mockValidatorShare *MockValidatorShare) TryPackInitalRewardPerShare(arg0 common.Address) ([]byte, error) {
	return mockValidatorShare.abi.Pack("initalRewardPerShare", arg0)
}

// UnpackInitalRewardPerShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4cd1aec.
//
// Solidity: function initalRewardPerShare(address ) view returns(uint256)
func (mockValidatorShare *MockValidatorShare) UnpackInitalRewardPerShare(data []byte) (*big.Int, error) {
	out, err := mockValidatorShare.abi.Unpack("initalRewardPerShare", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLogger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf24ccbfe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function logger() view returns(address)
func (mockValidatorShare *MockValidatorShare) PackLogger() []byte {
	enc, err := mockValidatorShare.abi.Pack("logger")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLogger is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf24ccbfe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function logger() view returns(address)
func (mockValidatorShare *MockValidatorShare) TryPackLogger() ([]byte, error) {
	return mockValidatorShare.abi.Pack("logger")
}

// UnpackLogger is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf24ccbfe.
//
// Solidity: function logger() view returns(address)
func (mockValidatorShare *MockValidatorShare) UnpackLogger(data []byte) (common.Address, error) {
	out, err := mockValidatorShare.abi.Unpack("logger", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manager() view returns(address)
func (mockValidatorShare *MockValidatorShare) PackManager() []byte {
	enc, err := mockValidatorShare.abi.Pack("manager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481c6a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manager() view returns(address)
func (mockValidatorShare *MockValidatorShare) TryPackManager() ([]byte, error) {
	return mockValidatorShare.abi.Pack("manager")
}

// UnpackManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x481c6a75.
//
// Solidity: function manager() view returns(address)
func (mockValidatorShare *MockValidatorShare) UnpackManager(data []byte) (common.Address, error) {
	out, err := mockValidatorShare.abi.Unpack("manager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMinAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b2cb5d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minAmount() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) PackMinAmount() []byte {
	enc, err := mockValidatorShare.abi.Pack("minAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b2cb5d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minAmount() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) TryPackMinAmount() ([]byte, error) {
	return mockValidatorShare.abi.Pack("minAmount")
}

// UnpackMinAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b2cb5d8.
//
// Solidity: function minAmount() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) UnpackMinAmount(data []byte) (*big.Int, error) {
	out, err := mockValidatorShare.abi.Unpack("minAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRestakePOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ad5f5a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function restakePOL() returns(uint256, uint256)
func (mockValidatorShare *MockValidatorShare) PackRestakePOL() []byte {
	enc, err := mockValidatorShare.abi.Pack("restakePOL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRestakePOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ad5f5a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function restakePOL() returns(uint256, uint256)
func (mockValidatorShare *MockValidatorShare) TryPackRestakePOL() ([]byte, error) {
	return mockValidatorShare.abi.Pack("restakePOL")
}

// RestakePOLOutput serves as a container for the return parameters of contract
// method RestakePOL.
type RestakePOLOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackRestakePOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ad5f5a4.
//
// Solidity: function restakePOL() returns(uint256, uint256)
func (mockValidatorShare *MockValidatorShare) UnpackRestakePOL(data []byte) (RestakePOLOutput, error) {
	out, err := mockValidatorShare.abi.Unpack("restakePOL", data)
	outstruct := new(RestakePOLOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRewardPerShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x446a2ec8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPerShare() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) PackRewardPerShare() []byte {
	enc, err := mockValidatorShare.abi.Pack("rewardPerShare")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardPerShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x446a2ec8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardPerShare() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) TryPackRewardPerShare() ([]byte, error) {
	return mockValidatorShare.abi.Pack("rewardPerShare")
}

// UnpackRewardPerShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x446a2ec8.
//
// Solidity: function rewardPerShare() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) UnpackRewardPerShare(data []byte) (*big.Int, error) {
	out, err := mockValidatorShare.abi.Unpack("rewardPerShare", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSellVoucherNewPOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe570b78b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sellVoucher_newPOL(uint256 claimAmount, uint256 maximumSharesToBurn) returns()
func (mockValidatorShare *MockValidatorShare) PackSellVoucherNewPOL(claimAmount *big.Int, maximumSharesToBurn *big.Int) []byte {
	enc, err := mockValidatorShare.abi.Pack("sellVoucher_newPOL", claimAmount, maximumSharesToBurn)
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
func (mockValidatorShare *MockValidatorShare) TryPackSellVoucherNewPOL(claimAmount *big.Int, maximumSharesToBurn *big.Int) ([]byte, error) {
	return mockValidatorShare.abi.Pack("sellVoucher_newPOL", claimAmount, maximumSharesToBurn)
}

// PackTestAddReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d315f6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testAddReward(uint256 reward) returns()
func (mockValidatorShare *MockValidatorShare) PackTestAddReward(reward *big.Int) []byte {
	enc, err := mockValidatorShare.abi.Pack("testAddReward", reward)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestAddReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d315f6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testAddReward(uint256 reward) returns()
func (mockValidatorShare *MockValidatorShare) TryPackTestAddReward(reward *big.Int) ([]byte, error) {
	return mockValidatorShare.abi.Pack("testAddReward", reward)
}

// PackTestSetDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7427f7d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSetDelegation(bool on) returns()
func (mockValidatorShare *MockValidatorShare) PackTestSetDelegation(on bool) []byte {
	enc, err := mockValidatorShare.abi.Pack("testSetDelegation", on)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSetDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7427f7d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSetDelegation(bool on) returns()
func (mockValidatorShare *MockValidatorShare) TryPackTestSetDelegation(on bool) ([]byte, error) {
	return mockValidatorShare.abi.Pack("testSetDelegation", on)
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) PackTotalSupply() []byte {
	enc, err := mockValidatorShare.abi.Pack("totalSupply")
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
func (mockValidatorShare *MockValidatorShare) TryPackTotalSupply() ([]byte, error) {
	return mockValidatorShare.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := mockValidatorShare.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3046c204.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondNonces(address ) view returns(uint256)
func (mockValidatorShare *MockValidatorShare) PackUnbondNonces(arg0 common.Address) []byte {
	enc, err := mockValidatorShare.abi.Pack("unbondNonces", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3046c204.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondNonces(address ) view returns(uint256)
func (mockValidatorShare *MockValidatorShare) TryPackUnbondNonces(arg0 common.Address) ([]byte, error) {
	return mockValidatorShare.abi.Pack("unbondNonces", arg0)
}

// UnpackUnbondNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3046c204.
//
// Solidity: function unbondNonces(address ) view returns(uint256)
func (mockValidatorShare *MockValidatorShare) UnpackUnbondNonces(data []byte) (*big.Int, error) {
	out, err := mockValidatorShare.abi.Unpack("unbondNonces", data)
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
// Solidity: function unbonds_new(address user, uint256 nonce) view returns(uint256, uint256)
func (mockValidatorShare *MockValidatorShare) PackUnbondsNew(user common.Address, nonce *big.Int) []byte {
	enc, err := mockValidatorShare.abi.Pack("unbonds_new", user, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondsNew is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x795be587.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbonds_new(address user, uint256 nonce) view returns(uint256, uint256)
func (mockValidatorShare *MockValidatorShare) TryPackUnbondsNew(user common.Address, nonce *big.Int) ([]byte, error) {
	return mockValidatorShare.abi.Pack("unbonds_new", user, nonce)
}

// UnbondsNewOutput serves as a container for the return parameters of contract
// method UnbondsNew.
type UnbondsNewOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackUnbondsNew is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x795be587.
//
// Solidity: function unbonds_new(address user, uint256 nonce) view returns(uint256, uint256)
func (mockValidatorShare *MockValidatorShare) UnpackUnbondsNew(data []byte) (UnbondsNewOutput, error) {
	out, err := mockValidatorShare.abi.Unpack("unbonds_new", data)
	outstruct := new(UnbondsNewOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackUnstakeClaimTokensNewPOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8759c234.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstakeClaimTokens_newPOL(uint256 unbondNonce) returns()
func (mockValidatorShare *MockValidatorShare) PackUnstakeClaimTokensNewPOL(unbondNonce *big.Int) []byte {
	enc, err := mockValidatorShare.abi.Pack("unstakeClaimTokens_newPOL", unbondNonce)
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
func (mockValidatorShare *MockValidatorShare) TryPackUnstakeClaimTokensNewPOL(unbondNonce *big.Int) ([]byte, error) {
	return mockValidatorShare.abi.Pack("unstakeClaimTokens_newPOL", unbondNonce)
}

// PackValidatorId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c5f7dae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorId() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) PackValidatorId() []byte {
	enc, err := mockValidatorShare.abi.Pack("validatorId")
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
func (mockValidatorShare *MockValidatorShare) TryPackValidatorId() ([]byte, error) {
	return mockValidatorShare.abi.Pack("validatorId")
}

// UnpackValidatorId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c5f7dae.
//
// Solidity: function validatorId() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) UnpackValidatorId(data []byte) (*big.Int, error) {
	out, err := mockValidatorShare.abi.Unpack("validatorId", data)
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
func (mockValidatorShare *MockValidatorShare) PackWithdrawExchangeRate() []byte {
	enc, err := mockValidatorShare.abi.Pack("withdrawExchangeRate")
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
func (mockValidatorShare *MockValidatorShare) TryPackWithdrawExchangeRate() ([]byte, error) {
	return mockValidatorShare.abi.Pack("withdrawExchangeRate")
}

// UnpackWithdrawExchangeRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbfb18f29.
//
// Solidity: function withdrawExchangeRate() view returns(uint256)
func (mockValidatorShare *MockValidatorShare) UnpackWithdrawExchangeRate(data []byte) (*big.Int, error) {
	out, err := mockValidatorShare.abi.Unpack("withdrawExchangeRate", data)
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
func (mockValidatorShare *MockValidatorShare) PackWithdrawRewardsPOL() []byte {
	enc, err := mockValidatorShare.abi.Pack("withdrawRewardsPOL")
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
func (mockValidatorShare *MockValidatorShare) TryPackWithdrawRewardsPOL() ([]byte, error) {
	return mockValidatorShare.abi.Pack("withdrawRewardsPOL")
}
