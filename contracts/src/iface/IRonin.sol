// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// The AXS staking pool on Ronin (logic ABI behind its proxy).
interface IAxsPool {
    event Staked(address indexed _user, address indexed _token, uint256 indexed _amount);
    event Unstaked(address indexed _user, address indexed _token, uint256 indexed _amount);
    event RewardClaimed(address indexed _user, address indexed _token, uint256 indexed _amount);
    event EmergencyUnstaked(address indexed _user, address indexed _token, uint256 indexed _amount);

    function stake(uint256 _amount) external;
    function unstake(uint256 _amount) external;
    function unstakeAll() external;
    function claimPendingRewards() external;
    function restakeRewards() external;
    function emergencyUnstake() external;

    function getPendingRewards(address _user) external view returns (uint256);
    function getStakingAmount(address _user) external view returns (uint256);
    function getStakingTotal() external view returns (uint256);
    function getStakingToken() external view returns (address);
    function getRewardToken() external view returns (address);
    function paused(bytes4 _method) external view returns (bool);
}

/// The AXS staking manager: reward schedule and the claim window.
interface IAxsManager {
    function canObtainRewards(address _pool, address _user) external view returns (bool);
    function minClaimedTimeWindow() external view returns (uint256);
    function userRewardInfo(address _pool, address _user) external view returns (uint256 debitedRewards, uint256 creditedRewards, uint256 lastClaimedTimestamp);
    function getPendingRewards(address _pool, address _user) external view returns (uint256);
}
