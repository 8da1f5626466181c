package main

import "github.com/softstake/staker/signer"

// keystoreOptions are the options every command opens a keystore with: production scrypt
// parameters. Tests swap in cheap ones (and the keystore refuses key files weaker than
// these, so a cheap test key never passes in production).
var keystoreOptions = signer.KeystoreOptions{}
