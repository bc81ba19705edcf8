//! After an import: one message per person whose alerts match new positions,
//! queued in the outbox. Matching is linear in alerts times positions and
//! runs off the async threads, so a large import does not hold up anyone's
//! answer; each message stays within Telegram's length limit.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;

use crate::domain::broadcast::MAX_TEXT;
use crate::domain::outbox::{DedupeKey, Payload};
use crate::domain::positions::Position;
use crate::domain::Lang;
use crate::i18n::{position_summary, I18n, Tr};
use crate::store::{Alert, QueuedMessage, Store, StoreError};

/// Queues one alert message per person with an alert matching any of
/// `new_positions` still open at `now`; returns how many were queued.
pub(super) async fn queue_alerts(
    store: &Store,
    i18n: &Arc<I18n>,
    new_positions: &[Position],
    now: DateTime<Utc>,
) -> Result<u32, StoreError> {
    let today = now.with_timezone(&Oslo).date_naive();
    let open: Vec<Position> = new_positions.iter().filter(|p| p.deadline >= today).cloned().collect();
    if open.is_empty() {
        return Ok(0);
    }
    let alerts = store.all_alerts().await?;
    let i18n = i18n.clone();
    let texts = tokio::task::spawn_blocking(move || alert_texts(&i18n, &alerts, &open))
        .await
        .map_err(|error| StoreError::Task(error.to_string()))?;
    let batch = now.timestamp_nanos_opt().unwrap_or_default();
    let mut queued = 0;
    for (user_id, text) in texts {
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

/// The alert message for each person whose alerts match any of `open`
/// (pure work: the benchmark measures it).
pub fn alert_texts(i18n: &Arc<I18n>, alerts: &[Alert], open: &[Position]) -> Vec<(i64, String)> {
    // Each person's matching positions, once each, in import order.
    let mut matches: BTreeMap<i64, (Lang, BTreeSet<usize>)> = BTreeMap::new();
    for alert in alerts {
        let entry = matches.entry(alert.user_id).or_insert_with(|| (alert.language, BTreeSet::new()));
        entry.1.extend(open.iter().enumerate().filter(|(_, p)| alert.filter.matches(p)).map(|(i, _)| i));
    }
    matches
        .into_iter()
        .filter(|(_, (_, found))| !found.is_empty())
        .map(|(user_id, (lang, found))| {
            let tr = Tr::new(i18n.clone(), lang);
            let positions: Vec<&Position> = found.iter().map(|&i| &open[i]).collect();
            (user_id, message(&tr, &positions))
        })
        .collect()
}

/// "N new positions", as many of them as fit in one message, how many more
/// there are, and where to see them all.
fn message(tr: &Tr, positions: &[&Position]) -> String {
    let outro = format!("\n\n{}", tr.t("alerts-new-outro"));
    let more = |left: usize| format!("\n\n{}", tr.with("alerts-more", &[("count", left.into())]));
    let mut text = tr.with("alerts-new", &[("count", positions.len().into())]);
    let mut listed = 0;
    for position in positions {
        let summary = format!("\n\n{}", position_summary(tr, position));
        let left_after = positions.len() - listed - 1;
        let tail = if left_after > 0 { more(left_after).chars().count() } else { 0 };
        if text.chars().count() + summary.chars().count() + tail + outro.chars().count() > MAX_TEXT {
            break;
        }
        text.push_str(&summary);
        listed += 1;
    }
    if listed < positions.len() {
        text.push_str(&more(positions.len() - listed));
    }
    text.push_str(&outro);
    text
}
