//! /stats: the numbers, for coordinators.

use teloxide::prelude::*;

use super::{AppState, Ctx, HandlerResult};
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
    let text = tr.with(
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
    bot.send_text(chat, text).reply_markup(keyboards::menu_only(tr)).await?;
    Ok(())
}
