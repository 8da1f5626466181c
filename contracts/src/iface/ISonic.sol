// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// Sonic's Special Fee Contract (SFC) at 0xFC00FACE…: delegation, withdrawal requests and
/// rewards. Signatures, events and errors as on mainnet.
interface ISFC {
    event Delegated(address indexed delegator, uint256 indexed toValidatorID, uint256 amount);
    event Undelegated(address indexed delegator, uint256 indexed toValidatorID, uint256 indexed wrID, uint256 amount);
    event Withdrawn(address indexed delegator, uint256 indexed toValidatorID, uint256 indexed wrID, uint256 amount, uint256 penalty);
    event ClaimedRewards(address indexed delegator, uint256 indexed toValidatorID, uint256 rewards);
    event RestakedRewards(address indexed delegator, uint256 indexed toValidatorID, uint256 rewards);
    event ChangedValidatorStatus(uint256 indexed validatorID, uint256 status);
    event DeactivatedValidator(uint256 indexed validatorID, uint256 deactivatedEpoch, uint256 deactivatedTime);

    error ValidatorNotExists();
    error ValidatorNotActive();
    error ValidatorDelegationLimitExceeded();
    error ZeroAmount();
    error ZeroRewards();
    error NotEnoughStake();
    error RequestExists();
    error RequestNotExists();
    error NotEnoughTimePassed();
    error NotEnoughEpochsPassed();
    error StakeIsFullySlashed();

    function delegate(uint256 toValidatorID) external payable;
    function undelegate(uint256 toValidatorID, uint256 wrID, uint256 amount) external;
    function withdraw(uint256 toValidatorID, uint256 wrID) external;
    function claimRewards(uint256 toValidatorID) external;
    function restakeRewards(uint256 toValidatorID) external;
    function stashRewards(address delegator, uint256 toValidatorID) external;

    function pendingRewards(address delegator, uint256 toValidatorID) external view returns (uint256);
    function rewardsStash(address delegator, uint256 validatorID) external view returns (uint256);
    function getStake(address delegator, uint256 validatorID) external view returns (uint256);
    function getWithdrawalRequest(address delegator, uint256 validatorID, uint256 wrID) external view returns (uint256 epoch, uint256 time, uint256 amount);
    function getValidator(uint256 validatorID) external view returns (uint256 status, uint256 receivedStake, address auth, uint256 createdEpoch, uint256 createdTime, uint256 deactivatedTime, uint256 deactivatedEpoch);
    function lastValidatorID() external view returns (uint256);
    function getEpochValidatorIDs(uint256 epoch) external view returns (uint256[] memory);
    function currentEpoch() external view returns (uint256);
    function currentSealedEpoch() external view returns (uint256);
    function isSlashed(uint256 validatorID) external view returns (bool);
    function slashingRefundRatio(uint256 validatorID) external view returns (uint256);
    function getSelfStake(uint256 validatorID) external view returns (uint256);
    function constsAddress() external view returns (address);
}

/// Sonic's ConstantsManager, found at ISFC.constsAddress().
interface IConstantsManager {
    function withdrawalPeriodTime() external view returns (uint256);
    function withdrawalPeriodEpochs() external view returns (uint256);
    function validatorCommission() external view returns (uint256);
    function minSelfStake() external view returns (uint256);
    function maxDelegatedRatio() external view returns (uint256);
    function baseRewardPerSecond() external view returns (uint256);
}
