//! A broadcast's status message: its progress in words, with a cancel
//! button while it runs. Shown by /broadcast, /broadcasts and the progress
//! worker.

use chrono::{DateTime, Utc};
use teloxide::types::InlineKeyboardMarkup;

use super::callback::{Action, BroadcastStep};
use super::keyboards;
use crate::i18n::{stored_moment_in_words, Tr};
use crate::store::BroadcastSummary;

/// The status of a broadcast in words (per language when it went out in
/// more than one), with a cancel button while it runs.
pub fn broadcast_status(
    tr: &Tr,
    broadcast: &BroadcastSummary,
    now: DateTime<Utc>,
) -> (String, Option<InlineKeyboardMarkup>) {
    let (mut text, cancel) = overall_status(tr, broadcast, now);
    if broadcast.languages.len() > 1 {
        for version in &broadcast.languages {
            let args = [
                ("lang", version.lang.code().into()),
                ("sent", version.sent.into()),
                ("queued", version.queued.into()),
            ];
            text.push('\n');
            text.push_str(&tr.with("broadcast-status-language", &args));
        }
    }
    (text, cancel)
}

fn overall_status(
    tr: &Tr,
    broadcast: &BroadcastSummary,
    now: DateTime<Utc>,
) -> (String, Option<InlineKeyboardMarkup>) {
    let p = broadcast.progress;
    let args = [
        ("id", broadcast.id.into()),
        ("recipients", broadcast.recipients.into()),
        ("sent", p.sent.into()),
        ("failed", p.failed.into()),
        ("left", p.left.into()),
        ("cancelled", p.cancelled.into()),
        ("time", stored_moment_in_words(tr, &broadcast.scheduled_at).into()),
    ];
    let cancel = || {
        let label = tr.with("broadcast-cancel", &[("id", broadcast.id.into())]);
        Some(keyboards::column([keyboards::button(
            label,
            Action::Broadcast(BroadcastStep::CancelRunning(broadcast.id)),
        )]))
    };
    if broadcast.status == "cancelled" {
        return (tr.with("broadcast-status-cancelled", &args), None);
    }
    if p.left == 0 {
        return (tr.with("broadcast-status-done", &args), None);
    }
    let scheduled = DateTime::parse_from_rfc3339(&broadcast.scheduled_at).is_ok_and(|at| at > now);
    if scheduled && p.sent + p.failed == 0 {
        return (tr.with("broadcast-status-scheduled", &args), cancel());
    }
    (tr.with("broadcast-status-sending", &args), cancel())
}
