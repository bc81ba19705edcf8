//! /stats: the numbers, for coordinators.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;
use teloxide::prelude::*;

use super::{AppState, Ctx, HandlerResult};
use crate::i18n::{moment_in_words, Tr};
use crate::store::FeedState;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// /stats.
/// A coordinator sees their organisation's numbers; operators everyone's.
pub async fn command(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState) -> HandlerResult {
    let (tr, actor) = (&ctx.tr, app.acting(ctx.user_id).await?);
    let covered = app.covered(&actor.scope);
    let within = covered.as_ref().map(|c| c.within());
    let named = app.named_coordinators(&actor.scope);
    let s = app.store.stats(app.clock.now(), app.clock.today_in_oslo(), within, &named).await?;
    let mut text = tr.with(
        "stats-text",
        &[
            ("applicants", s.applicants.into()),
            ("trainees", s.trainees.into()),
            ("mentors", s.mentors.into()),
            ("coordinators", s.coordinators.into()),
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
    if app.feed_configured {
        text.push_str("\n\n");
        text.push_str(&feed_lines(tr, &app.store.feed_state().await?, s.feed_positions));
    }
    bot.send_text(chat, text).reply_markup(keyboards::menu_only(tr)).await?;
    Ok(())
}

/// How reading NAV's job feed goes.
fn feed_lines(tr: &Tr, state: &FeedState, positions: i64) -> String {
    let moment = |at: DateTime<Utc>| moment_in_words(tr, at.with_timezone(&Oslo).naive_local());
    match (&state.error, state.synced_at) {
        (Some((reason, at)), _) => tr.with(
            "stats-feed-failed",
            &[
                ("positions", positions.into()),
                ("moment", moment(*at).into()),
                ("reason", reason.as_str().into()),
            ],
        ),
        (None, Some(at)) => tr.with(
            "stats-feed-read",
            &[
                ("positions", positions.into()),
                ("moment", moment(at).into()),
                ("refused", state.refused.into()),
            ],
        ),
        (None, None) => tr.t("stats-feed-never"),
    }
}
