// Package all owns the list of chain adapters linked into the binary: importing it for its
// side effects registers every adapter with chains.Register. Each adapter sits in its own
// maybe_<chain>.go file behind a build tag, so a build can leave one out (-tags omit_bsc).
package all
