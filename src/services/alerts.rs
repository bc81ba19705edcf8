//! After an import: one message per person whose alerts match new positions,
//! queued in the outbox.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;

use crate::domain::outbox::{DedupeKey, Payload};
use crate::domain::positions::Position;
use crate::domain::Lang;
use crate::i18n::{position_summary, I18n, Tr};
use crate::store::{QueuedMessage, Store, StoreError};
use std::sync::Arc;

/// The most positions one alert message lists.
const MAX_LISTED: usize = 15;

/// Queues one alert message per person with an alert matching any of
/// `new_positions` still open at `now`; returns how many were queued.
pub(super) async fn queue_alerts(
    store: &Store,
    i18n: &Arc<I18n>,
    new_positions: &[Position],
    now: DateTime<Utc>,
) -> Result<u32, StoreError> {
    let today = now.with_timezone(&Oslo).date_naive();
    let open: Vec<&Position> = new_positions.iter().filter(|p| p.deadline >= today).collect();
    if open.is_empty() {
        return Ok(0);
    }
    let mut matches: BTreeMap<i64, (Lang, Vec<&Position>)> = BTreeMap::new();
    for alert in store.all_alerts().await? {
        let entry = matches.entry(alert.user_id).or_insert_with(|| (alert.language, Vec::new()));
        for &position in open.iter().filter(|p| alert.filter.matches(p)) {
            if !entry.1.iter().any(|known| known.external_id == position.external_id) {
                entry.1.push(position);
            }
        }
    }
    let batch = now.timestamp_nanos_opt().unwrap_or_default();
    let mut queued = 0;
    for (user_id, (lang, positions)) in matches.into_iter().filter(|(_, (_, found))| !found.is_empty()) {
        let tr = Tr::new(i18n.clone(), lang);
        let mut text = tr.with("alerts-new", &[("count", positions.len().into())]);
        for position in positions.iter().take(MAX_LISTED) {
            text.push_str("\n\n");
            text.push_str(&position_summary(&tr, position));
        }
        if positions.len() > MAX_LISTED {
            text.push_str(&format!(
                "\n\n{}",
                tr.with("alerts-more", &[("count", (positions.len() - MAX_LISTED).into())])
            ));
        }
        text.push_str(&format!("\n\n{}", tr.t("alerts-new-outro")));
        let message = QueuedMessage {
            chat_id: user_id,
            payload: Payload::text(text),
            due_at: now,
            dedupe_key: Some(DedupeKey::Alert { batch, person: user_id }),
        };
        if store.enqueue(&message).await? {
            queued += 1;
        }
    }
    Ok(queued)
}
