//! The daily retention job: deletes delivered outbox rows older than
//! OUTBOX_RETENTION_DAYS and forgets applicants not seen for
//! APPLICANT_RETENTION_DAYS (trainees, mentors and coordinators are kept
//! while they take part). Relay routing is purged by the mentoring job.

use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;

use crate::config::Retention;
use crate::domain::clock::{sleep_or_moved, Clock};
use crate::store::{Store, StoreError};

/// How often the job runs.
pub const EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// Runs until the task is dropped: at start, then daily.
pub async fn run(store: Store, retention: Retention, clock: Arc<dyn Clock>) {
    let mut moves = clock.moves();
    loop {
        match tick(&store, retention, clock.as_ref()).await {
            Ok((0, 0)) => {}
            Ok((messages, people)) => tracing::info!(messages, people, "retention: old data deleted"),
            Err(error) => tracing::error!(%error, "retention failed"),
        }
        sleep_or_moved(EVERY, &mut moves).await;
    }
}

/// Deletes what is past its time; returns (outbox rows, applicants).
pub async fn tick(store: &Store, retention: Retention, clock: &dyn Clock) -> Result<(u64, u64), StoreError> {
    let now = clock.now();
    let messages = store.purge_outbox(now - TimeDelta::days(retention.outbox_days.into())).await?;
    let mut people = 0;
    for user in store.inactive_applicants(now - TimeDelta::days(retention.applicant_days.into())).await? {
        store.forget(user).await?;
        people += 1;
    }
    Ok((messages, people))
}
