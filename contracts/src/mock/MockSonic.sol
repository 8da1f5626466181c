// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import "../iface/ISonic.sol";

/// An SFC for tests, placed at 0xFC00FACE… through the genesis alloc (no constructor runs:
/// every default is computed from zeroed storage). It is its own ConstantsManager. Rewards
/// follow the SFC's shape: sealed per epoch into a per-token accumulator, stashed per
/// delegator, claimed or restaked; withdrawals need both the time and the epoch period.
contract MockSFC is ISFC, IConstantsManager {
    struct Validator {
        uint256 status;
        uint256 receivedStake;
        address auth;
        uint256 createdEpoch;
        uint256 createdTime;
        uint256 deactivatedTime;
        uint256 deactivatedEpoch;
    }

    struct WithdrawalRequest {
        uint256 epoch;
        uint256 time;
        uint256 amount;
    }

    uint256 public constant DOUBLESIGN_BIT = 128;

    mapping(uint256 => Validator) internal vals;
    uint256 public override lastValidatorID;
    uint256 public override currentSealedEpoch;
    mapping(address => mapping(uint256 => uint256)) public override getStake;
    mapping(address => mapping(uint256 => uint256)) public override rewardsStash;
    mapping(address => mapping(uint256 => uint256)) internal paid;
    mapping(uint256 => uint256) internal rewardPerToken;
    mapping(address => mapping(uint256 => mapping(uint256 => WithdrawalRequest))) internal requests;
    mapping(uint256 => uint256) public override slashingRefundRatio;
    uint256 internal periodTimeSet;
    uint256 internal periodEpochsSet;

    // ConstantsManager.

    function withdrawalPeriodTime() public view override returns (uint256) {
        return periodTimeSet == 0 ? 7 days : periodTimeSet;
    }

    function withdrawalPeriodEpochs() public view override returns (uint256) {
        return periodEpochsSet == 0 ? 3 : periodEpochsSet;
    }

    function validatorCommission() public pure override returns (uint256) {
        return 15e16;
    }

    function minSelfStake() public pure override returns (uint256) {
        return 500000 ether;
    }

    function maxDelegatedRatio() public pure override returns (uint256) {
        return 16e18;
    }

    function baseRewardPerSecond() external pure override returns (uint256) {
        return 0;
    }

    function constsAddress() external view override returns (address) {
        return address(this);
    }

    // Views.

    function currentEpoch() public view override returns (uint256) {
        return currentSealedEpoch + 1;
    }

    function getValidator(uint256 id) external view override returns (uint256, uint256, address, uint256, uint256, uint256, uint256) {
        Validator storage v = vals[id];
        return (v.status, v.receivedStake, v.auth, v.createdEpoch, v.createdTime, v.deactivatedTime, v.deactivatedEpoch);
    }

    function getEpochValidatorIDs(uint256) external view override returns (uint256[] memory ids) {
        uint256 n;
        for (uint256 i = 1; i <= lastValidatorID; i++) if (vals[i].status == 0) n++;
        ids = new uint256[](n);
        n = 0;
        for (uint256 i = 1; i <= lastValidatorID; i++) if (vals[i].status == 0) ids[n++] = i;
    }

    function isSlashed(uint256 id) public view override returns (bool) {
        return vals[id].status & DOUBLESIGN_BIT != 0;
    }

    function getSelfStake(uint256 id) public view override returns (uint256) {
        return getStake[vals[id].auth][id];
    }

    function pendingRewards(address delegator, uint256 id) public view override returns (uint256) {
        return rewardsStash[delegator][id] + _unstashed(delegator, id);
    }

    function getWithdrawalRequest(address delegator, uint256 id, uint256 wrID) external view override returns (uint256, uint256, uint256) {
        WithdrawalRequest storage r = requests[delegator][id][wrID];
        return (r.epoch, r.time, r.amount);
    }

    // Mutators.

    function stashRewards(address delegator, uint256 id) public override {
        rewardsStash[delegator][id] += _unstashed(delegator, id);
        paid[delegator][id] = rewardPerToken[id];
    }

    function delegate(uint256 id) external payable override {
        _delegate(msg.sender, id, msg.value);
    }

    function undelegate(uint256 id, uint256 wrID, uint256 amount) external override {
        stashRewards(msg.sender, id);
        if (amount == 0) revert ZeroAmount();
        if (getStake[msg.sender][id] < amount) revert NotEnoughStake();
        if (requests[msg.sender][id][wrID].amount != 0) revert RequestExists();
        getStake[msg.sender][id] -= amount;
        vals[id].receivedStake -= amount;
        requests[msg.sender][id][wrID] = WithdrawalRequest(currentEpoch(), block.timestamp, amount);
        emit Undelegated(msg.sender, id, wrID, amount);
    }

    function withdraw(uint256 id, uint256 wrID) external override {
        WithdrawalRequest memory r = requests[msg.sender][id][wrID];
        if (r.amount == 0) revert RequestNotExists();
        if (block.timestamp < r.time + withdrawalPeriodTime()) revert NotEnoughTimePassed();
        if (currentEpoch() < r.epoch + withdrawalPeriodEpochs()) revert NotEnoughEpochsPassed();
        delete requests[msg.sender][id][wrID];
        uint256 penalty;
        if (isSlashed(id)) {
            penalty = r.amount * (1e18 - slashingRefundRatio[id]) / 1e18 + 1;
            if (penalty >= r.amount) revert StakeIsFullySlashed();
        }
        (bool ok,) = payable(msg.sender).call{value: r.amount - penalty}("");
        require(ok, "transfer failed");
        emit Withdrawn(msg.sender, id, wrID, r.amount, penalty);
    }

    function claimRewards(uint256 id) external override {
        uint256 rewards = _takeRewards(msg.sender, id);
        (bool ok,) = payable(msg.sender).call{value: rewards}("");
        require(ok, "transfer failed");
        emit ClaimedRewards(msg.sender, id, rewards);
    }

    function restakeRewards(uint256 id) external override {
        uint256 rewards = _takeRewards(msg.sender, id);
        _delegate(msg.sender, id, rewards);
        emit RestakedRewards(msg.sender, id, rewards);
    }

    function _takeRewards(address delegator, uint256 id) internal returns (uint256 rewards) {
        stashRewards(delegator, id);
        rewards = rewardsStash[delegator][id];
        if (rewards == 0) revert ZeroRewards();
        rewardsStash[delegator][id] = 0;
    }

    function _delegate(address delegator, uint256 id, uint256 amount) internal {
        Validator storage v = vals[id];
        if (v.auth == address(0)) revert ValidatorNotExists();
        if (v.status != 0) revert ValidatorNotActive();
        if (amount == 0) revert ZeroAmount();
        stashRewards(delegator, id);
        getStake[delegator][id] += amount;
        v.receivedStake += amount;
        if (delegator != v.auth && v.receivedStake > getSelfStake(id) * maxDelegatedRatio() / 1e18) {
            revert ValidatorDelegationLimitExceeded();
        }
        emit Delegated(delegator, id, amount);
    }

    function _unstashed(address delegator, uint256 id) internal view returns (uint256) {
        return getStake[delegator][id] * (rewardPerToken[id] - paid[delegator][id]) / 1e18;
    }

    // Test hooks.

    function testAddValidator(address auth) external payable returns (uint256 id) {
        id = ++lastValidatorID;
        vals[id] = Validator(0, 0, auth, currentEpoch(), block.timestamp, 0, 0);
        _delegate(auth, id, msg.value);
    }

    /// Seals an epoch paying msg.value to validator id's delegators, less commission to its auth.
    function testSealEpoch(uint256 id) external payable {
        Validator storage v = vals[id];
        if (msg.value > 0 && v.receivedStake > 0) {
            uint256 commission = msg.value * validatorCommission() / 1e18;
            rewardPerToken[id] += (msg.value - commission) * 1e18 / v.receivedStake;
            rewardsStash[v.auth][id] += commission;
        }
        currentSealedEpoch++;
    }

    function testSetStatus(uint256 id, uint256 status) external {
        vals[id].status = status;
        if (status != 0 && vals[id].deactivatedEpoch == 0) {
            vals[id].deactivatedEpoch = currentEpoch();
            vals[id].deactivatedTime = block.timestamp;
            emit DeactivatedValidator(id, currentEpoch(), block.timestamp);
        }
        emit ChangedValidatorStatus(id, status);
    }

    function testSlash(uint256 id, uint256 refundRatio) external {
        slashingRefundRatio[id] = refundRatio;
        vals[id].status |= DOUBLESIGN_BIT;
        emit ChangedValidatorStatus(id, vals[id].status);
    }

    function testSetWithdrawalPeriod(uint256 time, uint256 epochs) external {
        periodTimeSet = time;
        periodEpochsSet = epochs;
    }

    receive() external payable {}
}
