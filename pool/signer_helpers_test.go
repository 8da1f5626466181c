package pool_test

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/softstake/staker/signer"
)

// importKey stores a custody key in the test keystore under dir.
func importKey(t *testing.T, dir, keyID string, typ signer.KeyType, secret []byte) signer.KeyInfo {
	t.Helper()
	ks, err := signer.OpenKeystore(filepath.Join(dir, "keys"), cheapKeys)
	if err != nil {
		t.Fatal(err)
	}
	info, err := ks.Import(keyID, typ, secret, []byte(passText))
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// judgingSigner is the real signer of a test: the keystore under dir with keyID unlocked,
// the audit log beside it, and one policy rule for keyID, judging payloads with decoder.
// close locks the key and closes the log.
func judgingSigner(dir string, st signer.Store, keyID string, rule signer.Rule, decoder signer.Decoder) (svc *signer.Service, close func(), err error) {
	ks, err := signer.OpenKeystore(filepath.Join(dir, "keys"), cheapKeys)
	if err != nil {
		return nil, nil, err
	}
	if err := ks.Unlock(keyID, []byte(passText), time.Hour); err != nil {
		return nil, nil, err
	}
	audit, err := signer.OpenAuditLog(filepath.Join(dir, "audit.log"), nil)
	if err != nil {
		ks.LockAll()
		return nil, nil, err
	}
	rule.Keys = []string{keyID}
	svc, err = signer.NewService(signer.ServiceOptions{Keys: ks, Store: st, Audit: audit,
		Policy: &signer.Policy{Rules: []signer.Rule{rule}}, Decoders: map[string]signer.Decoder{rule.Chain: decoder}})
	if err != nil {
		ks.LockAll()
		return nil, nil, errors.Join(err, audit.Close())
	}
	return svc, func() { ks.LockAll(); audit.Close() }, nil
}

// mustJudgingSigner is judgingSigner for tests in process.
func mustJudgingSigner(t *testing.T, dir string, st signer.Store, keyID string, rule signer.Rule, decoder signer.Decoder) *signer.Service {
	t.Helper()
	svc, close, err := judgingSigner(dir, st, keyID, rule, decoder)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(close)
	return svc
}
