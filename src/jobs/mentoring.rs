//! Hourly care of mentoring: purges relay routing records older than the
//! retention limit, and gives each trainee–mentor pair that has been silent
//! for the configured number of days one gentle nudge each (once per silent
//! spell: the dedupe key names when the silence began).

use std::time::Duration;

use chrono::TimeDelta;

use crate::config::Mentoring;
use crate::domain::clock::{sleep_or_moved, Clock};
use crate::domain::outbox::{DedupeKey, Payload};
use crate::i18n::Tr;
use crate::services::Services;
use crate::store::{QueuedMessage, StoreError};

/// How often the job looks.
const EVERY: Duration = Duration::from_secs(60 * 60);

/// Runs until the task is dropped.
pub async fn run(services: Services, mentoring: Mentoring) {
    let mut moves = services.clock.moves();
    loop {
        match tick(&services, mentoring, services.clock.as_ref()).await {
            Ok((0, 0)) => {}
            Ok((purged, nudged)) => tracing::info!(purged, nudged, "mentoring care done"),
            Err(error) => tracing::error!(%error, "mentoring care failed"),
        }
        sleep_or_moved(EVERY, &mut moves).await;
    }
}

/// Purges old routing records and queues due nudges; returns how many of each.
pub async fn tick(
    services: &Services,
    mentoring: Mentoring,
    clock: &dyn Clock,
) -> Result<(u64, u64), StoreError> {
    let now = clock.now();
    let store = &services.store;
    let purged = store.purge_relays(now - TimeDelta::days(mentoring.retention_days.into())).await?;
    let mut nudged = 0;
    for pair in store.silent_pairs(now - TimeDelta::days(mentoring.nudge_after_days.into())).await? {
        let (Some(trainee), Some(mentor)) =
            (store.member(pair.trainee_id).await?, store.member(pair.mentor_id).await?)
        else {
            continue;
        };
        let messages: Vec<QueuedMessage> =
            [(&trainee, &mentor, "nudge-trainee"), (&mentor, &trainee, "nudge-mentor")]
                .into_iter()
                .map(|(to, other, key)| QueuedMessage {
                    chat_id: to.user_id,
                    payload: Payload::text(
                        Tr::new(services.i18n.clone(), to.language)
                            .with(key, &[("name", other.first_name.as_str().into())]),
                    ),
                    due_at: services.quiet.next_allowed(now),
                    dedupe_key: Some(DedupeKey::Nudge {
                        trainee: trainee.user_id,
                        mentor: mentor.user_id,
                        since: pair.since.clone(),
                        to: to.user_id,
                    }),
                })
                .collect();
        nudged += store.nudge(&pair, &messages).await?;
    }
    Ok((purged, nudged))
}
