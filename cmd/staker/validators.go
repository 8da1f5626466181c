package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/chains"
	_ "github.com/softstake/staker/chains/all" // registers the chain adapters
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/money"
)

// defaultConfigPath is the configuration read when --config is not given.
const defaultConfigPath = "staker.yaml"

func newValidatorsCmd() *cobra.Command {
	var symbol, path string
	cmd := &cobra.Command{
		Use:   "validators --token T [--config FILE]",
		Short: "List a chain's validators with commission, status and our stake, read from the node",
		Long: `validators asks the token's chain (through the first endpoint of its configuration) for the
validator set, and prints each validator's id, name, status, commission and total stake, the
stake our custody addresses hold with it, and whether it is on the configured allowlist.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if symbol == "" {
				return usagef("--token is required (see '%s --help')", cmd.CommandPath())
			}
			return listValidators(cmd.Context(), cmd.OutOrStdout(), symbol, path)
		},
	}
	cmd.Flags().StringVar(&symbol, "token", "", "token symbol (BNB, POL, AXS, S, …)")
	cmd.Flags().StringVar(&path, "config", defaultConfigPath, "configuration file naming the token's chain")
	return cmd
}

func listValidators(ctx context.Context, out io.Writer, symbol, path string) error {
	token, err := lookupToken(symbol)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(path)
	if err != nil {
		return err
	}
	tok, ok := cfg.Token(token.Symbol)
	if !ok {
		return usagef("--config %s: token %s is not enabled there", path, token.Symbol)
	}
	cc, err := adapterConfig(tok)
	if err != nil {
		return asUsage(err)
	}
	adapter, err := chains.New(ctx, cc, chains.Options{Sequences: readOnlySequences{}})
	if err != nil {
		if chains.Classify(err) == chains.ClassFatal {
			return asUsage(fmt.Errorf("%s: %w", token.Symbol, err))
		}
		return fmt.Errorf("%s: %w", token.Symbol, err)
	}
	vals, err := adapter.Validators(ctx)
	if err != nil {
		return fmt.Errorf("%s validators: %w", token.Symbol, err)
	}
	ours := map[string]money.Amount{}
	for _, owner := range cc.Custody {
		ps, err := adapter.Positions(ctx, owner)
		if err != nil {
			return fmt.Errorf("%s positions of %s: %w", token.Symbol, owner, err)
		}
		for _, p := range ps {
			id := strings.ToLower(p.Validator)
			sum, err := ours[id].Add(p.Bonded)
			if err == nil {
				sum, err = sum.Add(p.Activating)
			}
			if err != nil {
				return err
			}
			ours[id] = sum
		}
	}
	allowed := map[string]bool{}
	for _, v := range cc.Validators {
		allowed[strings.ToLower(v)] = true
	}
	w := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintf(w, "ID\tNAME\tSTATUS\tCOMMISSION\tTOTAL STAKE\tOUR STAKE\tALLOWLISTED\n")
	for _, v := range vals {
		mark := "no"
		if allowed[strings.ToLower(v.ID)] {
			mark = "yes"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%d.%02d%%\t%s\t%s\t%s\n", v.ID, v.Name, v.Status, v.CommissionBps/100, v.CommissionBps%100,
			token.Format(v.TotalStake), token.Format(ours[strings.ToLower(v.ID)]), mark)
	}
	return w.Flush()
}

// adapterConfig turns a token's chain block into what the adapter factory takes.
func adapterConfig(tok *config.Token) (chains.Config, error) {
	ch := &tok.Chain
	cc := chains.Config{Chain: ch.Name, Token: tok.Token, Network: ch.Network, Settings: ch.DecodeSettings}
	if ch.ChainID != 0 {
		cc.ChainID = fmt.Sprint(ch.ChainID)
	}
	for _, e := range ch.Endpoints {
		u, err := e.ResolveURL()
		if err != nil {
			return chains.Config{}, err
		}
		ep := chains.Endpoint{URL: u}
		if e.APIKeyHeader != "" {
			key, err := e.APIKey.Resolve()
			if err != nil {
				return chains.Config{}, fmt.Errorf("endpoint api key: %w", err)
			}
			ep.Header = http.Header{}
			ep.Header.Set(e.APIKeyHeader, key)
		}
		cc.Endpoints = append(cc.Endpoints, ep)
	}
	for _, c := range ch.Custody {
		if c.Address != "" {
			cc.Custody = append(cc.Custody, c.Address)
		}
	}
	for _, v := range ch.Validators {
		cc.Validators = append(cc.Validators, v.ID)
	}
	return cc, nil
}

// readOnlySequences is the sequence store of commands that only read: it refuses to hand
// out nonces.
type readOnlySequences struct{}

var errReadOnly = errors.New("read-only command: no transaction sequences")

func (readOnlySequences) ReserveSeq(context.Context, string, string, string, uint64) (uint64, error) {
	return 0, errReadOnly
}

func (readOnlySequences) RecordSent(context.Context, string, string, uint64, string) error {
	return errReadOnly
}

func (readOnlySequences) SentWith(context.Context, string, string, uint64) ([]string, error) {
	return nil, errReadOnly
}

// Interface guards
var _ chains.SequenceStore = readOnlySequences{}
