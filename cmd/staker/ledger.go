package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
)

func newLedgerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ledger",
		Short: "Inspect and correct the double-entry books",
		Long: `The books hold, per token and in base units, where custody is (custody:hot,
custody:delegated/<validator>, custody:unbonding, custody:inflight) and what it is owed to
(external:chain for principal, rewards:reserve, users:payable, treasury:fee, treasury:orphan).
Custody accounts are debit-normal, the others credit-normal, so every balance reads as a
plain quantity and, per token, custody equals what it is owed to.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newLedgerBalancesCmd(), newLedgerPostCmd(), newLedgerCheckCmd(), newLedgerAccountsCmd())
	return cmd
}

func newLedgerBalancesCmd() *cobra.Command {
	var (
		sf      storeFlags
		token   string
		asJSON  bool
		showAll bool
	)
	cmd := &cobra.Command{
		Use:   "balances [--token T]",
		Short: "Print account balances, per token",
		Example: `  staker ledger balances
  staker ledger balances --token SOL --json`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			tokens, err := tokensFlag(token)
			if err != nil {
				return err
			}
			s, err := sf.open(cmd.Context(), nil)
			if err != nil {
				return err
			}
			defer s.Close()
			if tokens == nil {
				symbols, err := s.Tokens(cmd.Context())
				if err != nil {
					return err
				}
				for _, sym := range symbols {
					t, err := money.Lookup(sym)
					if err != nil {
						return fmt.Errorf("books hold unknown token: %w", err)
					}
					tokens = append(tokens, t)
				}
			}
			var rows []balanceRow
			for _, t := range tokens {
				bs, err := s.Balances(cmd.Context(), t.Symbol)
				if err != nil {
					return err
				}
				for _, b := range bs {
					if b.Amount.IsZero() && !showAll {
						continue
					}
					rows = append(rows, balanceRow{Token: t.Symbol, Account: string(b.Account),
						Side: b.Account.Side().String(), Amount: t.Format(b.Amount), BaseUnits: b.Amount.String()})
				}
			}
			if asJSON {
				if rows == nil {
					rows = []balanceRow{}
				}
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(rows)
			}
			return printBalances(cmd.OutOrStdout(), rows)
		},
	}
	sf.register(cmd)
	cmd.Flags().StringVar(&token, "token", "", "only this token (e.g. SOL)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	cmd.Flags().BoolVar(&showAll, "all", false, "include accounts whose balance is zero")
	return cmd
}

type balanceRow struct {
	Token     string `json:"token"`
	Account   string `json:"account"`
	Side      string `json:"side"`
	Amount    string `json:"amount"`
	BaseUnits string `json:"base_units"`
}

func printBalances(w io.Writer, rows []balanceRow) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "no balances")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "TOKEN\tACCOUNT\tSIDE\tBALANCE\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", r.Token, r.Account, r.Side, r.Amount)
	}
	return tw.Flush()
}

// tokensFlag returns the one token named, or nil for all tokens when symbol is empty.
func tokensFlag(symbol string) ([]money.Token, error) {
	if symbol == "" {
		return nil, nil
	}
	t, err := lookupToken(symbol)
	if err != nil {
		return nil, err
	}
	return []money.Token{t}, nil
}

func newLedgerPostCmd() *cobra.Command {
	var (
		sf      storeFlags
		token   string
		key     string
		why     string
		debits  []string
		credits []string
	)
	cmd := &cobra.Command{
		Use:   "post --token T --key KEY --reason TEXT --debit ACCOUNT=AMOUNT --credit ACCOUNT=AMOUNT",
		Short: "Post a manual correction to the books",
		Long: `Post a balanced manual correction. Amounts are in token units ("1.5"); debits must
equal credits. A debit increases a custody account and decreases any other; a credit does
the opposite. The idempotency key makes the command safe to repeat: the same key with the
same content changes nothing, the same key with different content is refused.`,
		Example: `  # 2.5 SOL found in the hot wallet that the books missed, owed to principal:
  staker ledger post --token SOL --key fix-2026-11-20-1 \
    --reason "deposit 5Xy… missed by the feed" \
    --debit custody:hot=2.5 --credit external:chain=2.5`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			tx, err := correction(token, key, why, debits, credits)
			if err != nil {
				return err
			}
			s, err := sf.open(cmd.Context(), slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer s.Close()
			stored, created, err := s.Post(cmd.Context(), tx)
			if errors.Is(err, ledger.ErrInvalid) || errors.Is(err, ledger.ErrIdempotencyConflict) {
				return asUsage(err)
			}
			var funds *ledger.InsufficientFundsError
			if errors.As(err, &funds) {
				t, _ := money.Lookup(funds.Token)
				return fmt.Errorf("%w (%s: holds %s, change %s)", err, t.Symbol, t.Format(funds.Balance), t.Format(funds.Change))
			}
			if err != nil {
				return err
			}
			if created {
				_, err = fmt.Fprintf(cmd.OutOrStdout(), "posted transaction %d (key %s, content %s)\n", stored.ID, stored.Key, stored.Hash)
			} else {
				_, err = fmt.Fprintf(cmd.OutOrStdout(), "already posted as transaction %d (key %s): nothing changed\n", stored.ID, stored.Key)
			}
			return err
		},
	}
	sf.register(cmd)
	cmd.Flags().StringVar(&token, "token", "", "token symbol (required)")
	cmd.Flags().StringVar(&key, "key", "", "idempotency key (required)")
	cmd.Flags().StringVar(&why, "reason", "", "why this correction is needed (required; kept with the transaction)")
	cmd.Flags().StringArrayVar(&debits, "debit", nil, "ACCOUNT=AMOUNT to debit (repeatable)")
	cmd.Flags().StringArrayVar(&credits, "credit", nil, "ACCOUNT=AMOUNT to credit (repeatable)")
	return cmd
}

// correction builds a manual correction from the post command's flags, naming the flag at
// fault in any error.
func correction(symbol, key, why string, debits, credits []string) (ledger.Transaction, error) {
	var missing []string
	for _, f := range []struct{ name, value string }{{"--token", symbol}, {"--key", key}, {"--reason", why}} {
		if strings.TrimSpace(f.value) == "" {
			missing = append(missing, f.name)
		}
	}
	if len(debits) == 0 {
		missing = append(missing, "--debit")
	}
	if len(credits) == 0 {
		missing = append(missing, "--credit")
	}
	if len(missing) > 0 {
		return ledger.Transaction{}, usagef("missing %s", strings.Join(missing, ", "))
	}
	t, err := money.Lookup(symbol)
	if err != nil {
		return ledger.Transaction{}, asUsage(fmt.Errorf("--token: %w", err))
	}
	tx := ledger.Transaction{Token: t.Symbol, Key: key, Reason: ledger.ReasonCorrection, Memo: why}
	for _, side := range []struct {
		flag   string
		values []string
		sign   int
	}{{"--debit", debits, 1}, {"--credit", credits, -1}} {
		for _, v := range side.values {
			name, amount, ok := strings.Cut(v, "=")
			if !ok {
				return ledger.Transaction{}, usagef("%s %q: want ACCOUNT=AMOUNT", side.flag, v)
			}
			account, err := ledger.ParseAccount(name)
			if err != nil {
				return ledger.Transaction{}, asUsage(fmt.Errorf("%s %q: %w", side.flag, v, err))
			}
			a, err := t.Parse(amount)
			if err != nil {
				return ledger.Transaction{}, asUsage(fmt.Errorf("%s %q: %w", side.flag, v, err))
			}
			if a.IsZero() {
				return ledger.Transaction{}, usagef("%s %q: amount must be above zero", side.flag, v)
			}
			if side.sign < 0 {
				a = a.Neg()
			}
			tx.Postings = append(tx.Postings, ledger.Posting{Account: account, Amount: a})
		}
	}
	return tx, nil
}

func newLedgerCheckCmd() *cobra.Command {
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Run every ledger invariant over the books; exit 1 if any is violated",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := sf.open(cmd.Context(), nil)
			if err != nil {
				return err
			}
			defer s.Close()
			violations, err := ledger.Check(cmd.Context(), s)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for _, v := range violations {
				fmt.Fprintf(out, "VIOLATED %s\n", v)
			}
			if len(violations) > 0 {
				return &reportedError{err: fmt.Errorf("%d invariant violations", len(violations))}
			}
			for _, inv := range ledger.Invariants() {
				fmt.Fprintf(out, "ok  %s: %s\n", inv.Name, inv.About)
			}
			return nil
		},
	}
	sf.register(cmd)
	return cmd
}

func newLedgerAccountsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "accounts",
		Short: "List the chart of accounts",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ACCOUNT\tSIDE\tMAY GO NEGATIVE\tWHAT IT HOLDS")
			for _, a := range ledger.Chart() {
				fmt.Fprintf(tw, "%s\t%s\t%t\t%s\n", a.Pattern, a.Side, a.MayGoNegative, a.About)
			}
			return tw.Flush()
		},
	}
}
