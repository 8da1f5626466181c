// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import "../iface/IBSC.sol";

/// A StakeCredit for tests: shares over a BNB pool, a FIFO unbond queue, rewards that
/// compound into the pool and commission minted as shares to the validator.
contract MockStakeCredit is IStakeCredit {
    struct UnbondRequest {
        uint256 shares;
        uint256 bnbAmount;
        uint256 unlockTime;
    }

    address public immutable hub;
    address public immutable validator;
    mapping(address => uint256) public override balanceOf;
    uint256 public override totalSupply;
    uint256 public override totalPooledBNB;
    mapping(address => UnbondRequest[]) internal queue;
    mapping(address => uint256) internal head;
    mapping(address => uint256) public override unbondSequence;
    mapping(uint256 => uint256) public rewardRecord;
    mapping(uint256 => uint256) public totalPooledBNBRecord;

    constructor(address _validator) {
        hub = msg.sender;
        validator = _validator;
    }

    modifier onlyHub() {
        require(msg.sender == hub, "only hub");
        _;
    }

    function transfer(address, uint256) external pure returns (bool) {
        revert TransferNotAllowed();
    }

    function approve(address, uint256) external pure returns (bool) {
        revert ApproveNotAllowed();
    }

    function getPooledBNBByShares(uint256 shares) public view override returns (uint256) {
        if (totalSupply == 0) return shares;
        return shares * totalPooledBNB / totalSupply;
    }

    function getSharesByPooledBNB(uint256 bnbAmount) public view override returns (uint256) {
        if (totalPooledBNB == 0) return bnbAmount;
        return bnbAmount * totalSupply / totalPooledBNB;
    }

    function getPooledBNB(address account) external view override returns (uint256) {
        return getPooledBNBByShares(balanceOf[account]);
    }

    function pendingUnbondRequest(address delegator) external view override returns (uint256) {
        return queue[delegator].length - head[delegator];
    }

    function unbondRequest(address delegator, uint256 _index) external view override returns (uint256, uint256, uint256) {
        UnbondRequest memory r = queue[delegator][head[delegator] + _index];
        return (r.shares, r.bnbAmount, r.unlockTime);
    }

    function claimableUnbondRequest(address delegator) public view override returns (uint256 n) {
        for (uint256 i = head[delegator]; i < queue[delegator].length; i++) {
            if (queue[delegator][i].unlockTime > block.timestamp) break;
            n++;
        }
    }

    function lockedBNBs(address delegator, uint256 number) external view override returns (uint256 total) {
        uint256 end = queue[delegator].length;
        if (number != 0 && head[delegator] + number < end) end = head[delegator] + number;
        for (uint256 i = head[delegator]; i < end; i++) total += queue[delegator][i].bnbAmount;
    }

    function delegate(address delegator) external payable onlyHub returns (uint256 shares) {
        shares = getSharesByPooledBNB(msg.value);
        require(shares > 0, "zero shares");
        totalPooledBNB += msg.value;
        _mint(delegator, shares);
    }

    function unbond(address delegator, uint256 shares, uint256 period) external onlyHub returns (uint256 bnbAmount) {
        bnbAmount = _burnFor(delegator, shares);
        queue[delegator].push(UnbondRequest(shares, bnbAmount, block.timestamp + period));
        unbondSequence[delegator]++;
    }

    function unbondInstant(address delegator, uint256 shares) external onlyHub returns (uint256 bnbAmount) {
        bnbAmount = _burnFor(delegator, shares);
        (bool ok,) = hub.call{value: bnbAmount}("");
        require(ok, "transfer failed");
    }

    function claim(address payable delegator, uint256 number) external onlyHub returns (uint256 total) {
        uint256 n = claimableUnbondRequest(delegator);
        if (number != 0 && number < n) n = number;
        if (n == 0) revert IStakeHub.NoClaimableUnbondRequest();
        for (uint256 i = 0; i < n; i++) {
            total += queue[delegator][head[delegator]].bnbAmount;
            delete queue[delegator][head[delegator]];
            head[delegator]++;
        }
        (bool ok,) = delegator.call{gas: 5000, value: total}("");
        require(ok, "transfer failed");
    }

    function distributeReward(uint64 commissionRate) external payable onlyHub {
        uint256 commission = msg.value * commissionRate / 10000;
        uint256 toAll = msg.value - commission;
        totalPooledBNB += toAll;
        if (commission > 0) {
            uint256 shares = getSharesByPooledBNB(commission);
            totalPooledBNB += commission;
            _mint(validator, shares);
        }
        uint256 day = block.timestamp / 1 days;
        rewardRecord[day] += toAll;
        totalPooledBNBRecord[day] = totalPooledBNB;
        emit RewardReceived(toAll, commission);
    }

    function slash(uint256 amount) external onlyHub returns (uint256 slashed) {
        uint256 own = getPooledBNBByShares(balanceOf[validator]);
        slashed = amount < own ? amount : own;
        uint256 shares = getSharesByPooledBNB(slashed);
        if (shares > balanceOf[validator]) shares = balanceOf[validator];
        balanceOf[validator] -= shares;
        totalSupply -= shares;
        totalPooledBNB -= slashed;
        emit Transfer(validator, address(0), shares);
        (bool ok,) = hub.call{value: slashed}("");
        require(ok, "transfer failed");
    }

    function _burnFor(address delegator, uint256 shares) internal returns (uint256 bnbAmount) {
        if (shares == 0) revert IStakeHub.ZeroShares();
        require(balanceOf[delegator] >= shares, "insufficient shares");
        bnbAmount = getPooledBNBByShares(shares);
        balanceOf[delegator] -= shares;
        totalSupply -= shares;
        totalPooledBNB -= bnbAmount;
        emit Transfer(delegator, address(0), shares);
    }

    function _mint(address to, uint256 shares) internal {
        balanceOf[to] += shares;
        totalSupply += shares;
        emit Transfer(address(0), to, shares);
    }

    receive() external payable {}
}

/// A StakeHub for tests, placed at 0x…2002 through the genesis alloc (no constructor runs:
/// every default is computed from zeroed storage). Hooks named test* stand in for the
/// validator-set contract, slashing and governance.
contract MockStakeHub is IStakeHub {
    struct Val {
        MockStakeCredit credit;
        uint256 createdTime;
        bool jailed;
        uint256 jailUntil;
        uint64 rate;
        string moniker;
    }

    address[] internal operators;
    mapping(address => Val) internal vals;
    bool public testPaused;
    uint256 internal unbondPeriodSet;

    function unbondPeriod() public view override returns (uint256) {
        return unbondPeriodSet == 0 ? 7 days : unbondPeriodSet;
    }

    function minDelegationBNBChange() public pure override returns (uint256) {
        return 1 ether;
    }

    function redelegateFeeRate() public pure override returns (uint256) {
        return 2;
    }

    function BREATHE_BLOCK_INTERVAL() external pure override returns (uint256) {
        return 1 days;
    }

    modifier whenNotPaused() {
        if (testPaused) revert StakeHubPaused();
        _;
    }

    function _val(address op) internal view returns (Val storage v) {
        v = vals[op];
        if (address(v.credit) == address(0)) revert ValidatorNotExisted();
    }

    function delegate(address operatorAddress, bool) external payable override whenNotPaused {
        Val storage v = _val(operatorAddress);
        if (v.jailed && msg.sender != operatorAddress) revert OnlySelfDelegation();
        if (msg.value < minDelegationBNBChange()) revert DelegationAmountTooSmall();
        uint256 shares = v.credit.delegate{value: msg.value}(msg.sender);
        emit Delegated(operatorAddress, msg.sender, shares, msg.value);
    }

    function undelegate(address operatorAddress, uint256 shares) external override whenNotPaused {
        Val storage v = _val(operatorAddress);
        if (shares == 0) revert ZeroShares();
        uint256 bnb = v.credit.unbond(msg.sender, shares, unbondPeriod());
        emit Undelegated(operatorAddress, msg.sender, shares, bnb);
    }

    function redelegate(address srcValidator, address dstValidator, uint256 shares, bool) external override whenNotPaused {
        if (srcValidator == dstValidator) revert SameValidator();
        Val storage src = _val(srcValidator);
        Val storage dst = _val(dstValidator);
        if (dst.jailed) revert OnlySelfDelegation();
        if (shares == 0) revert ZeroShares();
        uint256 bnb = src.credit.unbondInstant(msg.sender, shares);
        if (bnb < minDelegationBNBChange()) revert DelegationAmountTooSmall();
        uint256 fee = bnb * redelegateFeeRate() / 100000;
        uint256 newShares = dst.credit.delegate{value: bnb - fee}(msg.sender);
        if (fee > 0) dst.credit.distributeReward{value: fee}(0);
        emit Redelegated(srcValidator, dstValidator, msg.sender, shares, newShares, bnb);
    }

    function claim(address operatorAddress, uint256 requestNumber) public override whenNotPaused {
        Val storage v = _val(operatorAddress);
        uint256 amount = v.credit.claim(payable(msg.sender), requestNumber);
        emit Claimed(operatorAddress, msg.sender, amount);
    }

    function claimBatch(address[] calldata operatorAddresses, uint256[] calldata requestNumbers) external override {
        require(operatorAddresses.length == requestNumbers.length, "length mismatch");
        for (uint256 i = 0; i < operatorAddresses.length; i++) claim(operatorAddresses[i], requestNumbers[i]);
    }

    function getValidators(uint256 offset, uint256 limit) external view override returns (address[] memory operatorAddrs, address[] memory creditAddrs, uint256 totalLength) {
        totalLength = operators.length;
        if (offset >= totalLength) return (new address[](0), new address[](0), totalLength);
        uint256 n = totalLength - offset;
        if (n > limit) n = limit;
        operatorAddrs = new address[](n);
        creditAddrs = new address[](n);
        for (uint256 i = 0; i < n; i++) {
            operatorAddrs[i] = operators[offset + i];
            creditAddrs[i] = address(vals[operators[offset + i]].credit);
        }
    }

    function getValidatorCreditContract(address operatorAddress) external view override returns (address) {
        return address(vals[operatorAddress].credit);
    }

    function getValidatorBasicInfo(address operatorAddress) external view override returns (uint256, bool, uint256) {
        Val storage v = vals[operatorAddress];
        return (v.createdTime, v.jailed, v.jailUntil);
    }

    function getValidatorCommission(address operatorAddress) external view override returns (uint64, uint64, uint64) {
        return (vals[operatorAddress].rate, 10000, 500);
    }

    function getValidatorDescription(address operatorAddress) external view override returns (string memory, string memory, string memory, string memory) {
        return (vals[operatorAddress].moniker, "", "", "");
    }

    function getValidatorRewardRecord(address operatorAddress, uint256 index) external view override returns (uint256) {
        return vals[operatorAddress].credit.rewardRecord(index);
    }

    function getValidatorTotalPooledBNBRecord(address operatorAddress, uint256 index) external view override returns (uint256) {
        return vals[operatorAddress].credit.totalPooledBNBRecord(index);
    }

    // Test hooks.

    function testAddValidator(address operator, string calldata moniker, uint64 rate) external payable {
        require(address(vals[operator].credit) == address(0), "exists");
        MockStakeCredit c = new MockStakeCredit(operator);
        vals[operator] = Val(c, block.timestamp, false, 0, rate, moniker);
        operators.push(operator);
        if (msg.value > 0) c.delegate{value: msg.value}(operator);
    }

    function testDistributeReward(address operatorAddress) external payable {
        Val storage v = _val(operatorAddress);
        v.credit.distributeReward{value: msg.value}(v.rate);
        emit RewardDistributed(operatorAddress, msg.value);
    }

    function testJail(address operatorAddress, uint256 jailUntil) external {
        Val storage v = _val(operatorAddress);
        v.jailed = true;
        v.jailUntil = jailUntil;
        emit ValidatorJailed(operatorAddress);
    }

    function testUnjail(address operatorAddress) external {
        Val storage v = _val(operatorAddress);
        v.jailed = false;
        v.jailUntil = 0;
        emit ValidatorUnjailed(operatorAddress);
    }

    function testSlash(address operatorAddress, uint256 amount, uint8 slashType) external {
        Val storage v = _val(operatorAddress);
        uint256 slashed = v.credit.slash(amount);
        v.jailed = true;
        v.jailUntil = block.timestamp + 2 days;
        emit ValidatorSlashed(operatorAddress, v.jailUntil, slashed, slashType);
    }

    function testPause(bool p) external {
        testPaused = p;
    }

    function testSetUnbondPeriod(uint256 period) external {
        unbondPeriodSet = period;
    }

    receive() external payable {}
}
