// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// BSC native staking (BEP-294): the StakeHub system contract at 0x…2002. Signatures,
/// events and errors as on mainnet.
interface IStakeHub {
    event Delegated(address indexed operatorAddress, address indexed delegator, uint256 shares, uint256 bnbAmount);
    event Undelegated(address indexed operatorAddress, address indexed delegator, uint256 shares, uint256 bnbAmount);
    event Redelegated(address indexed srcValidator, address indexed dstValidator, address indexed delegator, uint256 oldShares, uint256 newShares, uint256 bnbAmount);
    event Claimed(address indexed operatorAddress, address indexed delegator, uint256 bnbAmount);
    event RewardDistributed(address indexed operatorAddress, uint256 reward);
    event RewardDistributeFailed(address indexed operatorAddress, bytes failReason);
    event ValidatorSlashed(address indexed operatorAddress, uint256 jailUntil, uint256 slashAmount, uint8 slashType);
    event ValidatorJailed(address indexed operatorAddress);
    event ValidatorUnjailed(address indexed operatorAddress);
    event CommissionRateEdited(address indexed operatorAddress, uint64 newCommissionRate);

    error ValidatorNotExisted();
    error OnlySelfDelegation();
    error DelegationAmountTooSmall();
    error ZeroShares();
    error SameValidator();
    error InBlackList();
    error StakeHubPaused();
    error NoClaimableUnbondRequest();

    function delegate(address operatorAddress, bool delegateVotePower) external payable;
    function undelegate(address operatorAddress, uint256 shares) external;
    function redelegate(address srcValidator, address dstValidator, uint256 shares, bool delegateVotePower) external;
    function claim(address operatorAddress, uint256 requestNumber) external;
    function claimBatch(address[] calldata operatorAddresses, uint256[] calldata requestNumbers) external;

    function getValidators(uint256 offset, uint256 limit) external view returns (address[] memory operatorAddrs, address[] memory creditAddrs, uint256 totalLength);
    function getValidatorCreditContract(address operatorAddress) external view returns (address creditContract);
    function getValidatorBasicInfo(address operatorAddress) external view returns (uint256 createdTime, bool jailed, uint256 jailUntil);
    function getValidatorCommission(address operatorAddress) external view returns (uint64 rate, uint64 maxRate, uint64 maxChangeRate);
    function getValidatorDescription(address operatorAddress) external view returns (string memory moniker, string memory identity, string memory website, string memory details);
    function getValidatorRewardRecord(address operatorAddress, uint256 index) external view returns (uint256);
    function getValidatorTotalPooledBNBRecord(address operatorAddress, uint256 index) external view returns (uint256);
    function unbondPeriod() external view returns (uint256);
    function minDelegationBNBChange() external view returns (uint256);
    function redelegateFeeRate() external view returns (uint256);
    function BREATHE_BLOCK_INTERVAL() external view returns (uint256);
}

/// BSC StakeCredit: one per validator, an untransferable share token over the validator's
/// BNB pool.
interface IStakeCredit {
    event RewardReceived(uint256 rewardToAll, uint256 commission);
    event Transfer(address indexed from, address indexed to, uint256 value);

    error TransferNotAllowed();
    error ApproveNotAllowed();

    function balanceOf(address account) external view returns (uint256);
    function totalSupply() external view returns (uint256);
    function getPooledBNB(address account) external view returns (uint256);
    function getPooledBNBByShares(uint256 shares) external view returns (uint256);
    function getSharesByPooledBNB(uint256 bnbAmount) external view returns (uint256);
    function totalPooledBNB() external view returns (uint256);
    function pendingUnbondRequest(address delegator) external view returns (uint256);
    function unbondRequest(address delegator, uint256 _index) external view returns (uint256 shares, uint256 bnbAmount, uint256 unlockTime);
    function claimableUnbondRequest(address delegator) external view returns (uint256);
    function lockedBNBs(address delegator, uint256 number) external view returns (uint256);
    function unbondSequence(address delegator) external view returns (uint256);
}
