// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// Polygon PoS staking on Ethereum: the StakeManager (behind its proxy).
interface IStakeManager {
    function epoch() external view returns (uint256);
    function currentEpoch() external view returns (uint256);
    function withdrawalDelay() external view returns (uint256);
    function NFTCounter() external view returns (uint256);
    function isValidator(uint256 validatorId) external view returns (bool);
    function getValidatorContract(uint256 validatorId) external view returns (address);
    function validators(uint256 validatorId) external view returns (
        uint256 amount,
        uint256 reward,
        uint256 activationEpoch,
        uint256 deactivationEpoch,
        uint256 jailTime,
        address signer,
        address contractAddress,
        uint8 status,
        uint256 commissionRate,
        uint256 lastCommissionUpdate,
        uint256 delegatorsReward,
        uint256 delegatedAmount,
        uint256 initialRewardPerStake
    );
    function delegatedAmount(uint256 validatorId) external view returns (uint256);
    function delegatorsReward(uint256 validatorId) external view returns (uint256);
    function migrateDelegation(uint256 fromValidatorId, uint256 toValidatorId, uint256 amount) external;
}

/// Polygon's per-validator ValidatorShare (POL variants of every action).
interface IValidatorShare {
    function buyVoucherPOL(uint256 _amount, uint256 _minSharesToMint) external returns (uint256 amountToDeposit);
    function sellVoucher_newPOL(uint256 claimAmount, uint256 maximumSharesToBurn) external;
    function unstakeClaimTokens_newPOL(uint256 unbondNonce) external;
    function withdrawRewardsPOL() external;
    function restakePOL() external returns (uint256 amountRestaked, uint256 liquidReward);

    function getLiquidRewards(address user) external view returns (uint256);
    function getTotalStake(address user) external view returns (uint256, uint256);
    function exchangeRate() external view returns (uint256);
    function withdrawExchangeRate() external view returns (uint256);
    function unbondNonces(address user) external view returns (uint256);
    function unbonds_new(address user, uint256 nonce) external view returns (uint256 shares, uint256 withdrawEpoch);
    function balanceOf(address account) external view returns (uint256);
    function validatorId() external view returns (uint256);
    function delegation() external view returns (bool);
}

/// Polygon's StakingInfo logger: the events delegations emit.
interface IStakingInfo {
    event ShareMinted(uint256 indexed validatorId, address indexed user, uint256 indexed amount, uint256 tokens);
    event ShareBurned(uint256 indexed validatorId, address indexed user, uint256 indexed amount, uint256 tokens);
    event DelegatorClaimedRewards(uint256 indexed validatorId, address indexed user, uint256 indexed rewards);
    event DelegatorRestaked(uint256 indexed validatorId, address indexed user, uint256 indexed totalStaked);
    event DelegatorUnstaked(uint256 indexed validatorId, address indexed user, uint256 amount);
    event StakeUpdate(uint256 indexed validatorId, uint256 indexed nonce, uint256 indexed newAmount);
    event Jailed(uint256 indexed validatorId, uint256 indexed exitEpoch, address indexed signer);
    event UnJailed(uint256 indexed validatorId, address indexed signer);
}

/// Polygon's EventsHub: the events of the exit API with unbond nonces.
interface IEventsHub {
    event ShareBurnedWithId(uint256 indexed validatorId, address indexed user, uint256 indexed amount, uint256 tokens, uint256 nonce);
    event DelegatorUnstakeWithId(uint256 indexed validatorId, address indexed user, uint256 amount, uint256 nonce);
    event SharesTransfer(uint256 indexed validatorId, address indexed from, address indexed to, uint256 value);
    event UpdateCommissionRate(uint256 indexed validatorId, uint256 indexed newCommissionRate, uint256 indexed oldCommissionRate);
}
