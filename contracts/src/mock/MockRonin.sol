// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import "../iface/IERC20.sol";
import "../iface/IRonin.sol";

/// An AXS staking manager for tests: a per-block reward schedule shared pro rata, and the
/// minimum time between claims.
contract MockAxsManager is IAxsManager {
    struct UserInfo {
        uint256 debitedRewards;
        uint256 creditedRewards;
        uint256 lastClaimedTimestamp;
    }

    IERC20 public immutable rewardToken;
    uint256 public override minClaimedTimeWindow = 1 days;
    mapping(address => uint256) public rewardPerBlock;
    mapping(address => uint256) internal accPerShare;
    mapping(address => uint256) internal lastSyncedBlock;
    mapping(address => mapping(address => UserInfo)) internal users;

    constructor(IERC20 _rewardToken) {
        rewardToken = _rewardToken;
    }

    function _acc(address pool) internal view returns (uint256 acc) {
        acc = accPerShare[pool];
        uint256 total = IAxsPool(pool).getStakingTotal();
        if (block.number > lastSyncedBlock[pool] && total > 0 && lastSyncedBlock[pool] != 0) {
            acc += (block.number - lastSyncedBlock[pool]) * rewardPerBlock[pool] * 1e18 / total;
        }
    }

    function syncPool(address pool) public {
        accPerShare[pool] = _acc(pool);
        lastSyncedBlock[pool] = block.number;
    }

    function userRewardInfo(address pool, address user) external view override returns (uint256, uint256, uint256) {
        UserInfo storage u = users[pool][user];
        return (u.debitedRewards, u.creditedRewards, u.lastClaimedTimestamp);
    }

    function getPendingRewards(address pool, address user) public view override returns (uint256) {
        UserInfo storage u = users[pool][user];
        uint256 stake = IAxsPool(pool).getStakingAmount(user);
        return u.creditedRewards + stake * _acc(pool) / 1e18 - u.debitedRewards;
    }

    function canObtainRewards(address pool, address user) public view override returns (bool) {
        return block.timestamp >= users[pool][user].lastClaimedTimestamp + minClaimedTimeWindow;
    }

    /// Called by the pool before a user's stake changes from oldStake to newStake.
    function onStakeChange(address user, uint256 oldStake, uint256 newStake) external {
        address pool = msg.sender;
        syncPool(pool);
        UserInfo storage u = users[pool][user];
        u.creditedRewards += oldStake * accPerShare[pool] / 1e18 - u.debitedRewards;
        u.debitedRewards = newStake * accPerShare[pool] / 1e18;
    }

    /// Pays the user's pending rewards of the calling pool.
    function claim(address user, uint256 stake) external returns (uint256 amount) {
        address pool = msg.sender;
        require(canObtainRewards(pool, user), "StakingManager: cannot claim rewards yet");
        syncPool(pool);
        UserInfo storage u = users[pool][user];
        amount = u.creditedRewards + stake * accPerShare[pool] / 1e18 - u.debitedRewards;
        u.creditedRewards = 0;
        u.debitedRewards = stake * accPerShare[pool] / 1e18;
        u.lastClaimedTimestamp = block.timestamp;
        require(rewardToken.transfer(user, amount), "reward transfer failed");
    }

    function testSetRewardPerBlock(address pool, uint256 perBlock) external {
        syncPool(pool);
        rewardPerBlock[pool] = perBlock;
    }

    function testSetMinClaimedTimeWindow(uint256 w) external {
        minClaimedTimeWindow = w;
    }
}

/// An AXS staking pool for tests: stake by allowance, immediate unstake, rewards claimed or
/// restaked through the manager, methods pausable one by one.
contract MockAxsPool is IAxsPool {
    IERC20 public immutable token;
    MockAxsManager public immutable manager;
    mapping(address => uint256) public override getStakingAmount;
    uint256 public override getStakingTotal;
    mapping(bytes4 => bool) public override paused;

    constructor(IERC20 _token, MockAxsManager _manager) {
        token = _token;
        manager = _manager;
    }

    modifier whenMethodNotPaused(bytes4 m) {
        require(!paused[m], "Pausable: method paused");
        _;
    }

    function getStakingToken() external view override returns (address) {
        return address(token);
    }

    function getRewardToken() external view override returns (address) {
        return address(manager.rewardToken());
    }

    function getPendingRewards(address user) external view override returns (uint256) {
        return manager.getPendingRewards(address(this), user);
    }

    function stake(uint256 _amount) external override whenMethodNotPaused(this.stake.selector) {
        require(_amount > 0, "AxsStaking: invalid amount");
        _setStake(msg.sender, getStakingAmount[msg.sender] + _amount);
        require(token.transferFrom(msg.sender, address(this), _amount), "transferFrom failed");
        emit Staked(msg.sender, address(token), _amount);
    }

    function unstake(uint256 _amount) public override whenMethodNotPaused(this.unstake.selector) {
        require(_amount > 0 && _amount <= getStakingAmount[msg.sender], "AxsStaking: invalid amount");
        _setStake(msg.sender, getStakingAmount[msg.sender] - _amount);
        require(token.transfer(msg.sender, _amount), "transfer failed");
        emit Unstaked(msg.sender, address(token), _amount);
    }

    function unstakeAll() external override {
        unstake(getStakingAmount[msg.sender]);
    }

    function claimPendingRewards() external override whenMethodNotPaused(this.claimPendingRewards.selector) {
        uint256 amount = manager.claim(msg.sender, getStakingAmount[msg.sender]);
        emit RewardClaimed(msg.sender, address(token), amount);
    }

    function restakeRewards() external override whenMethodNotPaused(this.restakeRewards.selector) {
        uint256 amount = manager.claim(msg.sender, getStakingAmount[msg.sender]);
        emit RewardClaimed(msg.sender, address(token), amount);
        if (amount > 0) {
            _setStake(msg.sender, getStakingAmount[msg.sender] + amount);
            require(token.transferFrom(msg.sender, address(this), amount), "transferFrom failed");
            emit Staked(msg.sender, address(token), amount);
        }
    }

    function emergencyUnstake() external override {
        uint256 amount = getStakingAmount[msg.sender];
        _setStake(msg.sender, 0);
        require(token.transfer(msg.sender, amount), "transfer failed");
        emit EmergencyUnstaked(msg.sender, address(token), amount);
    }

    function _setStake(address user, uint256 newStake) internal {
        manager.onStakeChange(user, getStakingAmount[user], newStake);
        getStakingTotal = getStakingTotal - getStakingAmount[user] + newStake;
        getStakingAmount[user] = newStake;
    }

    function testPause(bytes4 method, bool p) external {
        paused[method] = p;
    }
}
