//! The reminder scheduler: when a gathering's reminder lead falls due, it
//! queues one reminder per invited person in the outbox (exactly once, by
//! the outbox's dedupe key) and marks the lead handled. Leads that fell due
//! while the bot was down are handled on start; those of gatherings that
//! have begun are dropped.

use std::time::Duration;

use crate::domain::clock::{sleep_or_moved, Clock};
use crate::services::Services;

/// The longest the scheduler sleeps without looking again.
const IDLE_LOOK: Duration = Duration::from_secs(60);
/// How many due leads are handled per look.
const BATCH: u32 = 50;

/// Runs until the task is dropped.
pub async fn run(services: Services) {
    let mut moves = services.clock.moves();
    loop {
        let wait = match tick(&services, services.clock.as_ref()).await {
            Ok(wait) => wait,
            Err(error) => {
                tracing::error!(%error, "the reminder scheduler could not read or write the store");
                Duration::from_secs(5)
            }
        };
        tokio::select! {
            () = sleep_or_moved(wait, &mut moves) => {}
            () = services.store.scheduler_wake().notified() => {}
        }
    }
}

/// Handles every lead due now; returns how long to sleep until the next.
pub async fn tick(services: &Services, clock: &dyn Clock) -> Result<Duration, crate::store::StoreError> {
    loop {
        let now = clock.now();
        let due = services.store.reminders_due(now, BATCH).await?;
        for (gathering, lead) in &due {
            let queued = services.queue_reminder(*gathering, *lead, now).await?;
            tracing::info!(gathering, lead = lead.code(), queued, "reminder lead handled");
        }
        if due.len() < BATCH as usize {
            break;
        }
    }
    let next = services.store.reminders_next_due().await?;
    Ok(next.map_or(IDLE_LOOK, |next| (next - clock.now()).to_std().unwrap_or_default().min(IDLE_LOOK)))
}
