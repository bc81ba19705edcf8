//! /stats: the numbers, for coordinators.

use teloxide::prelude::*;

use super::{AppState, HandlerResult};
use crate::i18n::Tr;
use crate::telegram::send::SendText;

/// /stats.
pub async fn command(bot: &Bot, chat: ChatId, tr: &Tr, app: &AppState) -> HandlerResult {
    let s = app.store.stats(app.clock.now(), app.clock.today_in_oslo()).await?;
    let text = tr.with(
        "stats-text",
        &[
            ("applicants", s.applicants.into()),
            ("trainees", s.trainees.into()),
            ("mentors", s.mentors.into()),
            ("coordinators", (s.coordinators + app.coordinator_ids.len() as i64).into()),
            ("nb", s.languages[0].into()),
            ("nn", s.languages[1].into()),
            ("en", s.languages[2].into()),
            ("unchosen", s.languages[3].into()),
            ("positions", s.open_positions.into()),
            ("alerts", s.alerts.into()),
            ("gatherings", s.upcoming_gatherings.into()),
            ("coming", s.rsvps.0.into()),
            ("not_coming", s.rsvps.1.into()),
            ("broadcasts", s.broadcasts.0.into()),
            ("delivered", s.broadcasts.1.into()),
            ("failed", s.broadcasts.2.into()),
            ("questions", s.unanswered_questions.into()),
            ("unreachable", s.unreachable.into()),
        ],
    );
    bot.send_text(chat, text).await?;
    Ok(())
}
