package cardano

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/blockfrost/blockfrost-go"

	"github.com/softstake/staker/chains"
)

// errNotFound is Blockfrost's 404: the account, address, transaction or pool is unknown.
var errNotFound = errors.New("not found")

// classifyingTransport turns a final 429 or 5xx (after the retrying client gave up) into
// the taxonomy before blockfrost-go sees it: blockfrost-go keeps no status code for most
// errors, and would report a 502 page as an undecodable body.
// It also sets the endpoint's headers (the Blockfrost project_id) on every request.
type classifyingTransport struct {
	next   *http.Client
	header http.Header
}

func (t classifyingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if len(t.header) > 0 {
		r = r.Clone(r.Context())
		for k, v := range t.header {
			r.Header[k] = v
		}
	}
	resp, err := t.next.Do(r)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		resp.Body.Close()
		return nil, chains.ClassifyHTTPStatus(resp.StatusCode, resp.Header.Get("Retry-After"), string(body))
	}
	return resp, nil
}

// classify maps an error of a read to the taxonomy, wrapped once with op.
func (a *Adapter) classify(ctx context.Context, op string, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return fmt.Errorf("%s: %w", op, ctx.Err())
	}
	if errors.Is(err, chains.ErrRateLimited) || errors.Is(err, chains.ErrRetryable) {
		return fmt.Errorf("%s: %w", op, err)
	}
	var ae *blockfrost.APIError
	if errors.As(err, &ae) {
		switch r := ae.Response.(type) {
		case blockfrost.NotFound:
			return fmt.Errorf("%s: %w", op, errNotFound)
		case blockfrost.BadRequest:
			return fmt.Errorf("%s: %w", op, chains.Rejected(chains.ReasonInvalid, "%s", r.Message))
		case blockfrost.UnauthorizedError, blockfrost.AutoBanned:
			return fmt.Errorf("%s: %v: %w", op, ae, chains.ErrMisconfigured)
		}
		return fmt.Errorf("%s: %v: %w", op, ae, chains.ErrMisconfigured)
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	if errors.As(err, &se) || errors.As(err, &te) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: malformed response: %w", op, &chains.RetryableError{Err: err})
	}
	return fmt.Errorf("%s: %w", op, chains.ClassifyTransport(ctx, err))
}

// ledgerRules maps the ledger rule a node names in a submission error to a reason.
var ledgerRules = []struct {
	rule   string
	reason chains.Reason
	why    string
}{
	{"BadInputsUTxO", chains.ReasonNonce, "its inputs are spent or unknown"},
	{"OutsideValidityIntervalUTxO", chains.ReasonInvalid, "outside its validity interval (TTL passed)"},
	{"FeeTooSmallUTxO", chains.ReasonFeeTooLow, "fee below the minimum"},
	{"ValueNotConservedUTxO", chains.ReasonInsufficientFunds, "inputs and withdrawals do not balance outputs, fee and deposits"},
	{"OutputTooSmallUTxO", chains.ReasonBelowMinimum, "an output holds less than the minimum UTxO value"},
	{"MissingVKeyWitnessesUTXOW", chains.ReasonInvalid, "a required key did not sign"},
	{"InvalidWitnessesUTXOW", chains.ReasonInvalid, "a signature does not verify"},
	{"DelegateeNotRegisteredDELEG", chains.ReasonValidatorInactive, "the pool is not registered"},
	{"DelegateeDRepNotRegisteredDELEG", chains.ReasonInvalid, "the DRep is not registered"},
	{"StakeKeyRegisteredDELEG", chains.ReasonInvalid, "the stake key is already registered"},
	{"StakeKeyNotRegisteredDELEG", chains.ReasonInvalid, "the stake key is not registered"},
	{"IncorrectDepositDELEG", chains.ReasonInvalid, "the registration deposit is not the key deposit"},
	{"StakeKeyHasNonZeroRewardAccountBalanceDELEG", chains.ReasonInvalid, "rewards must be withdrawn first"},
	{"WithdrawalsNotInRewardsCERTS", chains.ReasonInvalid, "a withdrawal must take the whole reward balance of a registered account"},
	{"ConwayWdrlNotDelegatedToDRep", chains.ReasonInvalid, "withdrawing needs a DRep vote delegation first"},
	{"MaxTxSizeUTxO", chains.ReasonInvalid, "transaction too large"},
	{"WrongNetwork", chains.ReasonInvalid, "wrong network"},
	{"InputSetEmptyUTxO", chains.ReasonInvalid, "no inputs"},
	{"DeserialiseFailure", chains.ReasonInvalid, "the node cannot decode the transaction"},
}

// submitRejection maps a 400 from /tx/submit to a *chains.RejectedError.
func submitRejection(msg string) error {
	for _, r := range ledgerRules {
		if strings.Contains(msg, r.rule) {
			return chains.Rejected(r.reason, "%s (%s): %s", r.why, r.rule, truncate(msg, 300))
		}
	}
	return chains.Rejected(chains.ReasonInvalid, "%s", truncate(msg, 300))
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
