package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"

	"github.com/pressly/goose/v3"
)

//go:embed migrations
var migrations embed.FS

// migrate brings the schema to the latest version with the migrations under dir.
func migrate(ctx context.Context, db *sql.DB, d goose.Dialect, dir string, opts Options, extra ...goose.ProviderOption) error {
	sub, err := fs.Sub(migrations, dir)
	if err != nil {
		return fmt.Errorf("migrate store: %w", err)
	}
	provider, err := goose.NewProvider(d, db, sub, append(extra, goose.WithDisableGlobalRegistry(true))...)
	if err != nil {
		return fmt.Errorf("migrate store: %w", err)
	}
	results, err := provider.Up(ctx)
	if err != nil {
		return fmt.Errorf("migrate store: %w", err)
	}
	for _, r := range results {
		opts.Logger.InfoContext(ctx, "store migrated", "version", r.Source.Version, "file", r.Source.Path, "took", r.Duration)
	}
	return nil
}
