package ronin_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/chainstest"
	"github.com/softstake/staker/chains/evm/evmtest"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/chains/evm/ronin"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

type env struct {
	chain             *evmtest.Chain
	adapter           chains.Adapter
	fixture           chainstest.Fixture
	erc               *mock.MockERC20
	mgr               *mock.MockAxsManager
	pool              *mock.MockAxsPool
	token, m, poolAdr common.Address
}

func setup(t *testing.T) *env {
	t.Helper()
	owner := evmtest.NewKey(t)
	c := evmtest.New(t, 2020, types.GenesisAlloc{evmtest.Addr(owner): {Balance: evmtest.Eth(10)}})
	e := &env{chain: c, erc: mock.NewMockERC20(), mgr: mock.NewMockAxsManager(), pool: mock.NewMockAxsPool()}
	e.token = c.Deploy(t, mock.MockERC20MetaData.Bin, nil)
	e.m = c.Deploy(t, mock.MockAxsManagerMetaData.Bin, e.mgr.PackConstructor(e.token))
	e.poolAdr = c.Deploy(t, mock.MockAxsPoolMetaData.Bin, e.pool.PackConstructor(e.token, e.m))
	c.Send(t, nil, e.token, nil, e.erc.PackTestMint(evmtest.Addr(owner), evmtest.Eth(5000)))
	c.Send(t, nil, e.token, nil, e.erc.PackTestMint(e.m, evmtest.Eth(1_000_000)))

	token, _ := money.Lookup("AXS")
	settings := func(v any) error {
		s := v.(*ronin.Settings)
		s.Pool, s.Manager, s.Token = e.poolAdr.Hex(), e.m.Hex(), e.token.Hex()
		return nil
	}
	a, err := chains.New(context.Background(), chains.Config{Chain: "ronin", Token: token, Network: "localnet",
		Endpoints: []chains.Endpoint{{URL: c.URL}}, Settings: settings},
		chains.Options{Sequences: evmtest.NewSequences(), Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	s := chainstest.NewTestSigner()
	amount, _ := token.Parse("1000")
	e.adapter = a
	e.fixture = chainstest.Fixture{
		Adapter: a, Signer: s, KeyID: "custody", Owner: s.AddSecp256k1("custody", owner),
		Validator: e.poolAdr.Hex(), BadValidator: common.HexToAddress("0xbad").Hex(), Amount: amount,
		Settle: func(t *testing.T) { c.Commit() },
		Accrue: func(t *testing.T) {
			c.Send(t, nil, e.m, nil, e.mgr.PackTestSetRewardPerBlock(e.poolAdr, evmtest.Eth(1)))
			for range 5 {
				c.Commit()
			}
			c.Send(t, nil, e.m, nil, e.mgr.PackTestSetRewardPerBlock(e.poolAdr, big.NewInt(0)))
		},
		Mature: func(t *testing.T) {},
	}
	return e
}

// allow approves through the adapter, as the pool would on a PrerequisiteError.
func allow(t *testing.T, e *env, act chains.Action) {
	t.Helper()
	_, err := e.adapter.Build(context.Background(), act)
	var pre *chains.PrerequisiteError
	if !errors.As(err, &pre) || pre.Need.Kind != signer.ActionApprove {
		t.Fatalf("%s without allowance: %v, want a prerequisite approval", act.Kind, err)
	}
	chainstest.Do(t, e.fixture, pre.Need)
}

func TestAcceptance(t *testing.T) {
	e := setup(t)
	f := e.fixture
	allow(t, e, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: f.Validator, Amount: f.Amount})
	chainstest.Run(t, f)
	if id := e.adapter.Info().ChainID; id != "2020" {
		t.Errorf("chain id %s, want the node's 2020", id)
	}
}

func TestClaimWindowRestakeAndPause(t *testing.T) {
	e := setup(t)
	f := e.fixture
	ctx := context.Background()
	allow(t, e, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: f.Validator, Amount: f.Amount})
	chainstest.Do(t, f, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: f.Validator, Amount: f.Amount})
	f.Accrue(t)
	chainstest.Do(t, f, chains.Action{Kind: signer.ActionClaim, Owner: f.Owner, Validator: f.Validator})
	f.Accrue(t)
	restake := chains.Action{Kind: signer.ActionRestake, Owner: f.Owner, Validator: f.Validator}
	if _, err := e.adapter.Build(ctx, restake); chains.ReasonOf(err) != chains.ReasonClaimWindow {
		t.Fatalf("restake right after a claim: %v, want the claim window", err)
	}
	e.chain.AdjustTime(t, 24*time.Hour+time.Second)
	allow(t, e, restake)
	start, _ := e.adapter.Head(ctx)
	st, ref := chainstest.Do(t, f, restake)
	if st.State != chains.StateFinalized {
		t.Fatalf("restake: %+v", st)
	}
	head, _ := e.adapter.Head(ctx)
	rs, err := e.adapter.Rewards(ctx, f.Owner, chains.Window{From: start, To: head})
	if err != nil || len(rs) != 1 || rs[0].Kind != chains.RewardRestaked || rs[0].Ref.TxID != ref.ID {
		t.Fatalf("rewards: %+v %v", rs, err)
	}
	ps, _ := e.adapter.Positions(ctx, f.Owner)
	want, _ := f.Amount.Add(rs[0].Amount)
	if len(ps) != 1 || !ps[0].Bonded.Equal(want) {
		t.Errorf("positions %+v, want %s bonded", ps, want)
	}

	var stake [4]byte
	copy(stake[:], crypto.Keccak256([]byte("stake(uint256)"))[:4])
	e.chain.Send(t, nil, e.poolAdr, nil, e.pool.PackTestPause(stake, true))
	if _, err := e.adapter.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: f.Validator, Amount: f.Amount}); chains.ReasonOf(err) != chains.ReasonPaused {
		t.Errorf("stake while paused: %v", err)
	}
	vals, err := e.adapter.Validators(ctx)
	if err != nil || len(vals) != 1 || vals[0].Status != chains.ValidatorInactive {
		t.Errorf("validators while staking is paused: %+v %v", vals, err)
	}
}

func TestWrongPoolOrTokenRefused(t *testing.T) {
	e := setup(t)
	token, _ := money.Lookup("AXS")
	_, err := chains.New(context.Background(), chains.Config{Chain: "ronin", Token: token, Network: "localnet", Endpoints: []chains.Endpoint{{URL: e.chain.URL}},
		Settings: func(v any) error {
			s := v.(*ronin.Settings)
			s.Pool, s.Manager, s.Token = e.poolAdr.Hex(), e.m.Hex(), e.m.Hex()
			return nil
		}}, chains.Options{Sequences: evmtest.NewSequences(), Policy: evmtest.FastPolicy})
	if !errors.Is(err, chains.ErrMisconfigured) {
		t.Errorf("pool staking another token: %v", err)
	}
}
