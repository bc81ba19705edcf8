//! Progress of running broadcasts: every couple of seconds, each running
//! broadcast's status message is edited with what is sent, failed and left
//! (only when that changed), and a finished one gets its summary; an edit
//! that failed for a while is tried again.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use teloxide::prelude::*;
use teloxide::types::MessageId;

use crate::domain::clock::Clock;
use crate::i18n::{I18n, Tr};
use crate::store::{Store, StoreError};
use crate::telegram::broadcast_status::broadcast_status;
use crate::telegram::delivery::{classify, Failure};
use crate::telegram::send::SendText;

/// How often progress is looked at.
pub const EVERY: Duration = Duration::from_secs(2);

/// Runs until the task is dropped.
pub async fn run(store: Store, bot: Bot, i18n: Arc<I18n>, clock: Arc<dyn Clock>) {
    loop {
        if let Err(error) = tick(&store, &bot, &i18n, clock.now()).await {
            tracing::error!(%error, "could not report broadcast progress");
        }
        tokio::time::sleep(EVERY).await;
    }
}

/// Updates every running broadcast's status once.
pub async fn tick(store: &Store, bot: &Bot, i18n: &Arc<I18n>, now: DateTime<Utc>) -> Result<(), StoreError> {
    for broadcast in store.broadcasts(true, None, 100).await? {
        let done = broadcast.progress.left == 0;
        let tr = Tr::new(i18n.clone(), broadcast.status_language);
        let (text, markup) = broadcast_status(&tr, &broadcast, now);
        if broadcast.last_progress.as_deref() == Some(text.as_str()) && !done {
            continue;
        }
        if let Some((chat, message)) = broadcast.status_message {
            let mut edit = bot.edit_text(ChatId(chat), MessageId(message), &text);
            if let Some(markup) = markup {
                edit = edit.reply_markup(markup);
            }
            if let Err(error) = edit.await {
                // A 429, a 5xx or a network error: the same figures are tried
                // again at the next look, so a finished broadcast's summary is
                // not lost to one failed edit. Anything else ("message is not
                // modified", a deleted status message) is not worth trying again.
                if matches!(classify(&error), Failure::TooManyRequests(_) | Failure::Transient(_)) {
                    tracing::warn!(%error, id = broadcast.id, "could not edit a broadcast's status; trying again");
                    continue;
                }
                tracing::debug!(%error, id = broadcast.id, "could not edit a broadcast's status message");
            }
        }
        store.note_broadcast_progress(broadcast.id, &text, done).await?;
    }
    Ok(())
}
