// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import "../iface/IERC20.sol";
import "../iface/IPolygon.sol";

/// The StakingInfo logger and EventsHub in one contract, for tests.
contract MockStakingInfo is IStakingInfo, IEventsHub {
    function logShareMinted(uint256 id, address user, uint256 amount, uint256 tokens) external {
        emit ShareMinted(id, user, amount, tokens);
    }

    function logDelegatorClaimRewards(uint256 id, address user, uint256 rewards) external {
        emit DelegatorClaimedRewards(id, user, rewards);
    }

    function logDelegatorRestaked(uint256 id, address user, uint256 totalStaked) external {
        emit DelegatorRestaked(id, user, totalStaked);
    }

    function logShareBurnedWithId(uint256 id, address user, uint256 amount, uint256 tokens, uint256 nonce) external {
        emit ShareBurnedWithId(id, user, amount, tokens, nonce);
    }

    function logDelegatorUnstakeWithId(uint256 id, address user, uint256 amount, uint256 nonce) external {
        emit DelegatorUnstakeWithId(id, user, amount, nonce);
    }

    function logJailed(uint256 id, uint256 exitEpoch, address signer) external {
        emit Jailed(id, exitEpoch, signer);
    }
}

/// A ValidatorShare for tests: shares at a fixed exchange rate, liquid rewards per share,
/// rewards paid as a side effect of buying and selling, the nonce-based exit API.
contract MockValidatorShare is IValidatorShare {
    struct Unbond {
        uint256 shares;
        uint256 withdrawEpoch;
    }

    uint256 internal constant REWARD_PRECISION = 1e25;
    uint256 public constant minAmount = 1e18;

    MockStakeManager public immutable manager;
    MockStakingInfo public immutable logger;
    uint256 public immutable override validatorId;
    bool public override delegation = true;
    mapping(address => uint256) public override balanceOf;
    uint256 public totalSupply;
    uint256 public rewardPerShare;
    mapping(address => uint256) public initalRewardPerShare;
    mapping(address => uint256) public override unbondNonces;
    mapping(address => mapping(uint256 => Unbond)) internal unbonds;

    constructor(uint256 id, MockStakingInfo _logger) {
        manager = MockStakeManager(msg.sender);
        logger = _logger;
        validatorId = id;
    }

    modifier onlyManager() {
        require(msg.sender == address(manager), "only manager");
        _;
    }

    function _precision() internal view returns (uint256) {
        return validatorId < 8 ? 100 : 1e29;
    }

    function exchangeRate() public view override returns (uint256) {
        return _precision();
    }

    function withdrawExchangeRate() public view override returns (uint256) {
        return _precision();
    }

    function getLiquidRewards(address user) public view override returns (uint256) {
        return balanceOf[user] * (rewardPerShare - initalRewardPerShare[user]) / REWARD_PRECISION;
    }

    function getTotalStake(address user) public view override returns (uint256, uint256) {
        uint256 rate = exchangeRate();
        return (balanceOf[user] * rate / _precision(), rate);
    }

    function unbonds_new(address user, uint256 nonce) external view override returns (uint256, uint256) {
        Unbond storage u = unbonds[user][nonce];
        return (u.shares, u.withdrawEpoch);
    }

    function buyVoucherPOL(uint256 _amount, uint256 _minSharesToMint) external override returns (uint256) {
        require(delegation, "Delegation is disabled");
        _withdrawAndTransferReward(msg.sender);
        manager.depositFrom(msg.sender, _amount);
        uint256 shares = _amount * _precision() / exchangeRate();
        require(shares >= _minSharesToMint, "Too much slippage");
        require(shares > 0, "Zero shares");
        balanceOf[msg.sender] += shares;
        totalSupply += shares;
        manager.addDelegated(validatorId, int256(_amount));
        logger.logShareMinted(validatorId, msg.sender, _amount, shares);
        return _amount;
    }

    function sellVoucher_newPOL(uint256 claimAmount, uint256 maximumSharesToBurn) external override {
        _withdrawAndTransferReward(msg.sender);
        (uint256 total,) = getTotalStake(msg.sender);
        require(claimAmount <= total, "Too much requested");
        uint256 shares = claimAmount * _precision() / exchangeRate();
        require(shares <= maximumSharesToBurn, "too much slippage");
        balanceOf[msg.sender] -= shares;
        totalSupply -= shares;
        uint256 nonce = ++unbondNonces[msg.sender];
        unbonds[msg.sender][nonce] = Unbond(shares, manager.epoch());
        manager.addDelegated(validatorId, -int256(claimAmount));
        logger.logShareBurnedWithId(validatorId, msg.sender, claimAmount, shares, nonce);
    }

    function unstakeClaimTokens_newPOL(uint256 unbondNonce) external override {
        Unbond memory u = unbonds[msg.sender][unbondNonce];
        require(u.withdrawEpoch + manager.withdrawalDelay() <= manager.epoch() && u.shares > 0, "Incomplete withdrawal period");
        uint256 amount = u.shares * withdrawExchangeRate() / _precision();
        delete unbonds[msg.sender][unbondNonce];
        manager.transferFunds(msg.sender, amount);
        logger.logDelegatorUnstakeWithId(validatorId, msg.sender, amount, unbondNonce);
    }

    function withdrawRewardsPOL() external override {
        uint256 rewards = _withdrawAndTransferReward(msg.sender);
        require(rewards >= minAmount, "Too small rewards amount");
    }

    function restakePOL() external override returns (uint256, uint256) {
        uint256 liquid = getLiquidRewards(msg.sender);
        require(liquid >= minAmount, "Too small rewards to restake");
        initalRewardPerShare[msg.sender] = rewardPerShare;
        uint256 shares = liquid * _precision() / exchangeRate();
        balanceOf[msg.sender] += shares;
        totalSupply += shares;
        manager.addDelegated(validatorId, int256(liquid));
        (uint256 total,) = getTotalStake(msg.sender);
        logger.logDelegatorRestaked(validatorId, msg.sender, total);
        return (liquid, 0);
    }

    function _withdrawAndTransferReward(address user) internal returns (uint256 liquid) {
        liquid = getLiquidRewards(user);
        initalRewardPerShare[user] = rewardPerShare;
        if (liquid > 0) {
            manager.transferFunds(user, liquid);
            logger.logDelegatorClaimRewards(validatorId, user, liquid);
        }
    }

    function testAddReward(uint256 reward) external onlyManager {
        if (totalSupply > 0) rewardPerShare += reward * REWARD_PRECISION / totalSupply;
    }

    function testSetDelegation(bool on) external onlyManager {
        delegation = on;
    }
}

/// A StakeManager for tests: validators with ValidatorShares, a checkpoint counter, the POL
/// it holds for delegators. Hooks named test* stand in for checkpoints and jailing.
contract MockStakeManager is IStakeManager {
    struct Validator {
        uint256 amount;
        uint256 reward;
        uint256 activationEpoch;
        uint256 deactivationEpoch;
        uint256 jailTime;
        address signer;
        address contractAddress;
        uint8 status;
        uint256 commissionRate;
        uint256 lastCommissionUpdate;
        uint256 delegatorsReward;
        uint256 delegatedAmount;
        uint256 initialRewardPerStake;
    }

    IERC20 public immutable token;
    MockStakingInfo public immutable logger;
    uint256 public override epoch = 1;
    uint256 public override withdrawalDelay = 80;
    uint256 public override NFTCounter = 1;
    mapping(uint256 => Validator) public override validators;
    mapping(address => bool) internal isShare;

    constructor(IERC20 _token) {
        token = _token;
        logger = new MockStakingInfo();
    }

    modifier onlyShare() {
        require(isShare[msg.sender], "only validator share");
        _;
    }

    function currentEpoch() external view override returns (uint256) {
        return epoch;
    }

    function isValidator(uint256 id) public view override returns (bool) {
        Validator storage v = validators[id];
        return v.amount > 0 && (v.deactivationEpoch == 0 || v.deactivationEpoch > epoch) && v.status == 1;
    }

    function getValidatorContract(uint256 id) external view override returns (address) {
        return validators[id].contractAddress;
    }

    function delegatedAmount(uint256 id) external view override returns (uint256) {
        return validators[id].delegatedAmount;
    }

    function delegatorsReward(uint256 id) external view override returns (uint256) {
        return validators[id].delegatorsReward;
    }

    function migrateDelegation(uint256, uint256, uint256) external pure override {
        revert("migrateDelegation not supported by the mock");
    }

    function depositFrom(address user, uint256 amount) external onlyShare {
        require(token.transferFrom(user, address(this), amount), "transferFrom failed");
    }

    function transferFunds(address to, uint256 amount) external onlyShare {
        require(token.transfer(to, amount), "transfer failed");
    }

    function addDelegated(uint256 id, int256 delta) external onlyShare {
        if (delta >= 0) validators[id].delegatedAmount += uint256(delta);
        else validators[id].delegatedAmount -= uint256(-delta);
    }

    // Test hooks.

    function testAddValidator(address signer, uint256 selfStake, uint256 commissionRate) external returns (uint256 id) {
        id = NFTCounter++;
        MockValidatorShare share = new MockValidatorShare(id, logger);
        isShare[address(share)] = true;
        Validator storage v = validators[id];
        v.amount = selfStake;
        v.activationEpoch = epoch;
        v.signer = signer;
        v.contractAddress = address(share);
        v.status = 1;
        v.commissionRate = commissionRate;
    }

    /// A checkpoint: epoch+1, paying reward (already held by this contract) to id's delegators.
    function testCheckpoint(uint256 id, uint256 reward) external {
        if (reward > 0) MockValidatorShare(validators[id].contractAddress).testAddReward(reward);
        validators[id].delegatorsReward += reward;
        epoch++;
    }

    function testAdvanceEpochs(uint256 n) external {
        epoch += n;
    }

    function testJail(uint256 id) external {
        Validator storage v = validators[id];
        v.status = 2;
        v.jailTime = epoch;
        MockValidatorShare(v.contractAddress).testSetDelegation(false);
        logger.logJailed(id, epoch, v.signer);
    }

    function testSetWithdrawalDelay(uint256 d) external {
        withdrawalDelay = d;
    }
}
