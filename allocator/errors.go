package allocator

import "errors"

// Errors returned by this package. Functions wrap them with the user, the time or the amount
// at fault; test for them with errors.Is.
var (
	// ErrDuplicateUser means a user id appears twice where each user must appear once (the
	// holdings given to Split, the opening balances given to an Averager).
	ErrDuplicateUser = errors.New("duplicate user")
	// ErrEmptyUser means a row has an empty user id.
	ErrEmptyUser = errors.New("empty user id")
	// ErrOverflow means a sum of balances reached 2^256 base units.
	ErrOverflow = errors.New("sum of balances does not fit in 256 bits")
	// ErrNegative means a negative amount was given where only zero or more makes sense.
	ErrNegative = errors.New("negative amount")
	// ErrFeeBps means fee_bps is above 10000 (100%).
	ErrFeeBps = errors.New("fee_bps above 10000")
	// ErrMinAboveCap means the minimum to qualify is above a non-zero cap, so no balance
	// could ever count in full.
	ErrMinAboveCap = errors.New("minimum above cap")
	// ErrBaseBelowEffective means an explicit base B is smaller than the sum of effective
	// balances: the pool rate would pay out more than the net reward.
	ErrBaseBelowEffective = errors.New("base below the sum of effective balances")
	// ErrUnknownPolicy means a distribution policy name is not pool_rate or redistribute.
	ErrUnknownPolicy = errors.New("unknown distribution policy")
	// ErrBadDay means a day is not written YYYY-MM-DD or is not a calendar date.
	ErrBadDay = errors.New("not a day (want YYYY-MM-DD)")
	// ErrOutsideDay means a balance change is timed outside the day being averaged.
	ErrOutsideDay = errors.New("time outside the day")
	// ErrEventOrder means a user's balance change is timed before that user's previous change:
	// an Averager needs each user's changes in time order.
	ErrEventOrder = errors.New("balance change before the user's previous change")
	// ErrOpeningAfterEvents means an opening balance was given for a user whose balance
	// changes were already recorded.
	ErrOpeningAfterEvents = errors.New("opening balance after the user's balance changes")
	// ErrBalanceAfterActivations means a balance row came after activation rows: an
	// Averager takes all balances first, so that it knows who holds the token.
	ErrBalanceAfterActivations = errors.New("balance after activation records")
	// ErrActivationOrder means a deactivation time is before its activation time.
	ErrActivationOrder = errors.New("deactivated before activated")
	// ErrFinished means an Averager was used after Finish.
	ErrFinished = errors.New("averager already finished")
	// ErrFailed means an Averager was used after it refused a batch.
	ErrFailed = errors.New("averager refused earlier input")
)
