//! /broadcasts, stopping a running broadcast, and audiences in words.

use teloxide::prelude::*;
use teloxide::types::MessageId;

use super::refusals;
use super::{AppState, BotError, Ctx, HandlerResult};
use crate::domain::broadcast::BroadcastAudience;
use crate::i18n::{stored_moment_in_words, Tr};
use crate::services::Outcome;
use crate::telegram::broadcast_status::broadcast_status;
use crate::telegram::callback::{Action, BroadcastStep};
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// How many past broadcasts /broadcasts lists.
const LISTED: u32 = 10;

/// An audience in words, e.g. "Traineene i Kull 2027"; the alerts, mentors
/// and coordinators of `organisation` when one is given.
pub async fn audience_words(
    tr: &Tr,
    app: &AppState,
    audience: &BroadcastAudience,
    organisation: Option<&str>,
) -> Result<String, BotError> {
    let of = organisation.and_then(|id| app.organisations.get(id)).map(|o| o.name.get(tr.lang()));
    let within = |key: &str| match of {
        Some(name) => tr.with(&format!("{key}-of"), &[("organisation", name.into())]),
        None => tr.t(key),
    };
    Ok(match audience {
        BroadcastAudience::Everyone => tr.t("broadcast-audience-everyone"),
        BroadcastAudience::Alerts => within("broadcast-audience-alerts"),
        BroadcastAudience::Trainees(id) => {
            let name = app.catalogue.programme(id).map_or(id.as_str(), |p| p.short_name.get(tr.lang()));
            tr.with("broadcast-audience-trainees", &[("programme", name.into())])
        }
        BroadcastAudience::Cohort(id) => {
            let name = app.store.cohort(*id).await?.map_or_else(|| id.to_string(), |c| c.name);
            tr.with("broadcast-audience-cohort", &[("cohort", name.into())])
        }
        BroadcastAudience::Mentors => within("broadcast-audience-mentors"),
        BroadcastAudience::Coordinators => within("broadcast-audience-coordinators"),
    })
}

/// /broadcasts: the latest broadcasts with their figures; running ones can
/// be cancelled.
pub async fn list(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState) -> HandlerResult {
    let (tr, actor) = (&ctx.tr, app.acting(ctx.user_id).await?);
    let broadcasts = app.store.broadcasts(false, actor.scope.organisation(), LISTED).await?;
    if broadcasts.is_empty() {
        bot.send_text(chat, tr.t("broadcasts-none")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    let now = app.clock.now();
    let mut text = tr.t("broadcasts-title");
    let mut buttons = Vec::new();
    for broadcast in &broadcasts {
        let audience = match BroadcastAudience::parse(&broadcast.audience) {
            Some(audience) => audience_words(tr, app, &audience, broadcast.organisation.as_deref()).await?,
            None => broadcast.audience.clone(),
        };
        let (status, cancel) = broadcast_status(tr, broadcast, now);
        let time = stored_moment_in_words(tr, &broadcast.scheduled_at);
        let heading = tr.with("broadcasts-item", &[("audience", audience.into()), ("time", time.into())]);
        text.push_str(&format!("\n\n{heading}\n{status}"));
        if cancel.is_some() {
            let label = tr.with("broadcast-cancel", &[("id", broadcast.id.into())]);
            buttons.push(keyboards::button(
                label,
                Action::Broadcast(BroadcastStep::CancelRunning(broadcast.id)),
            ));
        }
    }
    bot.send_text(chat, text).reply_markup(keyboards::column(buttons)).await?;
    Ok(())
}

/// Cancels what is left of a running broadcast.
pub async fn cancel_running(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    id: i64,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    if let Err(refusal) =
        app.services.cancel_broadcast(&app.acting(ctx.user_id).await?, id).await.refused()?
    {
        return Ok(Some(refusals::words(tr, &refusal)));
    }
    let now = app.clock.now();
    let mut answer = tr.t("broadcast-cancel-done");
    if let Some(summary) = app.store.broadcast(id).await? {
        let (text, _) = broadcast_status(tr, &summary, now);
        // The status message shows the end; the question turns into it when
        // there is none (a broadcast planned for later).
        match summary.status_message {
            Some((status_chat, status_message)) => {
                bot.edit_text(ChatId(status_chat), MessageId(status_message), &text).await?;
            }
            None => answer = text.clone(),
        }
        app.store.note_broadcast_progress(id, &text, true).await?;
    }
    bot.edit_text(chat, message, &answer).reply_markup(keyboards::menu_only(tr)).await?;
    Ok(None)
}

/// Asks whether to stop broadcast `id`: what is sent stays sent. One that
/// no longer runs is said so at once.
pub async fn ask_cancel(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    id: i64,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let now = app.clock.now();
    let found = app.store.broadcast(id).await?;
    let Some(summary) = found.filter(|summary| broadcast_status(tr, summary, now).1.is_some()) else {
        return Ok(Some(tr.t("broadcast-not-running")));
    };
    let actor = app.acting(ctx.user_id).await?;
    if let Err(refusal) = app.services.ensure_organisation(&actor, summary.organisation.as_deref()) {
        return Ok(Some(refusals::words(tr, &refusal)));
    }
    let buttons = keyboards::column([
        keyboards::button(tr.t("broadcast-cancel-yes"), Action::Broadcast(BroadcastStep::ConfirmCancel(id))),
        keyboards::button(tr.t("broadcast-cancel-no"), Action::Broadcast(BroadcastStep::KeepRunning)),
    ]);
    bot.send_text(chat, tr.with("broadcast-cancel-ask", &[("id", id.into())])).reply_markup(buttons).await?;
    Ok(None)
}
