package store

// SetPostingHook installs fn to run after each posting Post writes inside its database
// transaction (with the count written so far) and, with -1, after the commit.
func SetPostingHook(fn func(written int)) { postingHook = fn }
