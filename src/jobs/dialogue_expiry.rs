//! Deletes the state of flows abandoned half-way (an eligibility check the
//! person never finished), so their answers do not stay in the database.

use std::sync::Arc;
use std::time::Duration;

use crate::domain::clock::Clock;
use crate::store::Store;

/// How long an unfinished flow is kept after its last step.
pub const ABANDONED_AFTER: Duration = Duration::from_secs(24 * 60 * 60);
/// How often the worker looks.
pub const EVERY: Duration = Duration::from_secs(60 * 60);

/// Runs forever: once at start, then every [`EVERY`]. Ages are in `clock`'s time.
pub async fn run(store: Store, clock: Arc<dyn Clock>) {
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        ticks.tick().await;
        let cutoff = clock.now() - ABANDONED_AFTER;
        match store.delete_dialogues_idle_since(cutoff).await {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(deleted, "deleted abandoned dialogue states"),
            Err(error) => tracing::error!(%error, "could not delete abandoned dialogue states"),
        }
    }
}
