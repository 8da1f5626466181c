package contract

import (
	"bytes"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// mainnet holds the selectors and event topics of the mainnet contracts, as published; our
// interface files must produce exactly these.
var mainnet = []struct {
	abi     abi.ABI
	methods map[string]string
	events  map[string]string
}{
	{NewIValidatorShare().GetABI(), map[string]string{
		"buyVoucherPOL": "e4457a8a", "withdrawRewardsPOL": "e0db556b", "restakePOL": "9ad5f5a4",
		"sellVoucher_newPOL": "e570b78b", "unstakeClaimTokens_newPOL": "8759c234", "getLiquidRewards": "676e5550",
		"getTotalStake": "1e7ff8f6", "exchangeRate": "3ba0b9a9", "withdrawExchangeRate": "bfb18f29",
		"unbondNonces": "3046c204", "unbonds_new": "795be587", "validatorId": "5c5f7dae",
	}, nil},
	{NewIStakeManager().GetABI(), map[string]string{
		"epoch": "900cf0cf", "currentEpoch": "76671808", "withdrawalDelay": "a7ab6961", "NFTCounter": "5508d8e1",
		"isValidator": "2649263a", "getValidatorContract": "56342d8c", "validators": "35aa2e44", "migrateDelegation": "fb1ef52c",
	}, nil},
	{NewIERC20().GetABI(), map[string]string{"approve": "095ea7b3"}, nil},
	{NewIStakingInfo().GetABI(), nil, map[string]string{
		"ShareMinted":             "c9afff0972d33d68c8d330fe0ebd0e9f54491ad8c59ae17330a9206f280f0865",
		"ShareBurned":             "7e86625aa6e668407f095af342e0cc237809c4c5086b4d665a0067de122980a9",
		"DelegatorClaimedRewards": "31d1715032654fde9867c0f095aecce1113049e30b9f4ecbaa6954ed6c63b8df",
		"DelegatorRestaked":       "0f9ccdda16b467e719059c85ebd8383fcb7f8ffa5576629fe3b842836e04dad1",
		"DelegatorUnstaked":       "770c7c7d8e20347e5080e2ac70e8519793bedaff621f044396fd8d6d052c4aa8",
		"StakeUpdate":             "35af9eea1f0e7b300b0a14fae90139a072470e44daa3f14b5069bebbc1265bda",
		"Jailed":                  "f6566d8fbe8f23227826ba3da2ecc1ec48698c5be051a829965e3358fd5b9658",
		"UnJailed":                "d3cb87a9c75a0d21336afc0f79f7e398f06748db5ce1815af01d315c7c135c0b",
	}},
	{NewIEventsHub().GetABI(), nil, map[string]string{
		"ShareBurnedWithId":      "502f5a6697a92e602c626b931a4a771fef4360eb9cece7bf906f10c5cec96aaa",
		"DelegatorUnstakeWithId": "7beb9bef91040fcf7607c78d4fc668370a9036788d7e6f202a4a2db5b0c28c80",
		"SharesTransfer":         "0a11785f16076d5ade1b5a7a0867d5ec042b8ae8c4f0609d0a72bfd062ba2ee0",
		"UpdateCommissionRate":   "7d5da5ece9d43013d62ab966f4704ca376b92be29ca6fbb958154baf1c0dc17e",
	}},
	{NewIStakeHub().GetABI(), map[string]string{
		"delegate": "982ef0a7", "undelegate": "4d99dd16", "redelegate": "59491871", "claim": "aad3ec96",
		"claimBatch": "d7c2dfc8", "getValidators": "bff02e20", "getValidatorCreditContract": "dbda7fb3",
		"getValidatorBasicInfo": "cbb04d9d", "getValidatorCommission": "6ec01b27", "getValidatorDescription": "a43569b3",
		"getValidatorRewardRecord": "f80a3402", "getValidatorTotalPooledBNBRecord": "8cd22b22", "unbondPeriod": "fc0c5ff1",
		"minDelegationBNBChange": "38409988", "redelegateFeeRate": "e992aaf5", "BREATHE_BLOCK_INTERVAL": "1fa8882b",
	}, map[string]string{
		"Delegated":              "24d7bda8602b916d64417f0dbfe2e2e88ec9b1157bd9f596dfdb91ba26624e04",
		"Undelegated":            "3aace7340547de7b9156593a7652dc07ee900cea3fd8f82cb6c9d38b40829802",
		"Redelegated":            "fdac6e81913996d95abcc289e90f2d8bd235487ce6fe6f821e7d21002a1915b4",
		"Claimed":                "f7a40077ff7a04c7e61f6f26fb13774259ddf1b6bce9ecf26a8276cdd3992683",
		"RewardDistributed":      "e34918ff1c7084970068b53fd71ad6d8b04e9f15d3886cbf006443e6cdc52ea6",
		"RewardDistributeFailed": "fc8bff675087dd2da069cc3fb517b9ed001e19750c0865241a5542dba1ba170d",
		"ValidatorSlashed":       "6e9a2ee7aee95665e3a774a212eb11441b217e3e4656ab9563793094689aabb2",
		"ValidatorJailed":        "4905ac32602da3fb8b4b7b00c285e5fc4c6c2308cc908b4a1e4e9625a29c90a3",
		"ValidatorUnjailed":      "9390b453426557da5ebdc31f19a37753ca04addf656d32f35232211bb2af3f19",
		"CommissionRateEdited":   "78cdd96edf59e09cfd4d26ef6ef6c92d166effe6a40970c54821206d541932cb",
	}},
	{NewIStakeCredit().GetABI(), map[string]string{
		"getPooledBNB": "0913db47", "getPooledBNBByShares": "91faf0b4", "getSharesByPooledBNB": "647df759",
		"totalPooledBNB": "15d1f898", "pendingUnbondRequest": "038c0023", "unbondRequest": "d241c1ea",
		"claimableUnbondRequest": "2f2d448a", "lockedBNBs": "a9664feb",
	}, map[string]string{
		"RewardReceived": "fb0e1482d62102ab9594f69d4c6d693749e3e2bf1c21af272f5456b2d5a4f6b5",
	}},
	{NewIAxsPool().GetABI(), map[string]string{
		"stake": "a694fc3a", "unstake": "2e17de78", "unstakeAll": "35322f37", "claimPendingRewards": "92bd7b2c",
		"restakeRewards": "3d8527ba", "emergencyUnstake": "7589cf2f", "getPendingRewards": "f6ed2017",
		"getStakingAmount": "74363daa", "getStakingTotal": "61ee98dc", "getStakingToken": "9f9106d1", "getRewardToken": "69940d79",
	}, map[string]string{
		"Staked":            "5dac0c1b1112564a045ba943c9d50270893e8e826c49be8e7073adc713ab7bd7",
		"Unstaked":          "d8654fcc8cf5b36d30b3f5e4688fc78118e6d68de60b9994e09902268b57c3e3",
		"RewardClaimed":     "0aa4d283470c904c551d18bb894d37e17674920f3261a7f854be501e25f421b7",
		"EmergencyUnstaked": "589526ce978dd18660ed3d203132d4f86762231a31e8fe21896e2ee637069551",
	}},
	{NewIAxsManager().GetABI(), map[string]string{
		"canObtainRewards": "d96f0723", "minClaimedTimeWindow": "713124aa", "userRewardInfo": "66993646", "getPendingRewards": "7a27db57",
	}, nil},
	{NewISFC().GetABI(), map[string]string{
		"delegate": "9fa6dd35", "undelegate": "4f864df4", "withdraw": "441a3e70", "claimRewards": "0962ef79",
		"restakeRewards": "08c36874", "stashRewards": "8cddb015", "pendingRewards": "6099ecb2", "rewardsStash": "6f498663",
		"getStake": "cfd47663", "getWithdrawalRequest": "1f270152", "getValidator": "b5d89627", "lastValidatorID": "c7be95de",
		"getEpochValidatorIDs": "b88a37e2", "currentEpoch": "76671808", "currentSealedEpoch": "7cacb1d6", "isSlashed": "c3de580e",
		"slashingRefundRatio": "c65ee0e1", "getSelfStake": "5601fe01", "constsAddress": "d46fa518",
	}, map[string]string{
		"Delegated":              "9a8f44850296624dadfd9c246d17e47171d35727a181bd090aa14bbbe00238bb",
		"Undelegated":            "d3bb4e423fbea695d16b982f9f682dc5f35152e5411646a8a5a79a6b02ba8d57",
		"Withdrawn":              "94ffd6b85c71b847775c89ef6496b93cee961bdc6ff827fd117f174f06f745ae",
		"ClaimedRewards":         "70de20a533702af05c8faf1637846c4586a021bbc71b6928b089b6d555e4fbc2",
		"RestakedRewards":        "663e0f63f4fc6b01be195c4b56111fd6f14b947d6264497119b08daf77e26da5",
		"ChangedValidatorStatus": "cd35267e7654194727477d6c78b541a553483cff7f92a055d17868d3da6e953e",
		"DeactivatedValidator":   "ac4801c32a6067ff757446524ee4e7a373797278ac3c883eac5c693b4ad72e47",
	}},
	{NewIConstantsManager().GetABI(), map[string]string{
		"withdrawalPeriodTime": "b82b8427", "withdrawalPeriodEpochs": "650acd66", "validatorCommission": "a7786515",
		"minSelfStake": "c5f530af", "maxDelegatedRatio": "2265f284",
	}, nil},
}

// TestMainnetSelectorsAndTopics: drift between our interface files and the mainnet ABIs
// fails loudly.
func TestMainnetSelectorsAndTopics(t *testing.T) {
	n := 0
	for _, c := range mainnet {
		for name, want := range c.methods {
			m, ok := c.abi.Methods[name]
			if !ok {
				t.Errorf("method %s missing from our interface", name)
				continue
			}
			if got := hex.EncodeToString(m.ID); got != want {
				t.Errorf("%s: selector %s, mainnet %s", m.Sig, got, want)
			}
			n++
		}
		for name, want := range c.events {
			e, ok := c.abi.Events[name]
			if !ok {
				t.Errorf("event %s missing from our interface", name)
				continue
			}
			if got := hex.EncodeToString(e.ID.Bytes()); got != want {
				t.Errorf("event %s: topic %s, mainnet %s", e.Sig, got, want)
			}
			n++
		}
	}
	if n < 115 {
		t.Errorf("only %d selectors and topics checked", n)
	}
}

// TestRegenerationChangesNothing recompiles the contracts with the pinned solc and reruns
// abigen into a scratch tree, and compares with what is committed. It needs node and the
// npm packages (make contracts installs them); without them it is skipped.
func TestRegenerationChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("regeneration is slow")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	repo, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(repo, "contracts/node_modules/solc")); err != nil {
		t.Skip("contracts/node_modules is not installed (cd contracts && npm ci)")
	}
	out := t.TempDir()
	cmd := exec.Command("sh", filepath.Join(repo, "contracts/generate.sh"), out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generate: %v\n%s", err, b)
	}
	for _, f := range []string{"contracts/artifacts/iface.json", "contracts/artifacts/mocks.json",
		"chains/evm/contract/bindings.go", "chains/evm/evmtest/mock/bindings.go"} {
		want, err := os.ReadFile(filepath.Join(repo, f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from a fresh regeneration: run make contracts and commit", f)
		}
	}
}
