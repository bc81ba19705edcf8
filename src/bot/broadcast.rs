//! /broadcast: a coordinator picks an audience, sends the message (text, or
//! a photo or document with a caption), sees it exactly as recipients will,
//! can send a test to themselves, schedule it, mark it urgent, and confirms
//! with the number of recipients. Delivery goes through the outbox.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::broadcasts::audience_words;
use super::refusals::{self, time_error};
use super::{AppState, BotError, Ctx, HandlerResult, State, StateDialogue};
use crate::domain::broadcast::{BroadcastAudience, Content, MAX_CAPTION};
use crate::domain::gatherings::parse_future;
use crate::domain::organisations::Scope;
use crate::domain::outbox::Payload;
use crate::i18n::{clock_time, moment_in_words, Tr};
use crate::services::broadcasts::{check_text, BroadcastRequest};
use crate::services::{Actor, Outcome, Refusal};
use crate::store::QueuedMessage;
use crate::telegram::broadcast_status::broadcast_status;
use crate::telegram::callback::{Action, BroadcastStep};
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// A broadcast being prepared, kept in the dialogue state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub audience: BroadcastAudience,
    pub content: Option<Content>,
    pub scheduled: Option<DateTime<Utc>>,
    pub urgent: bool,
    /// Waiting for the time to send it (typed).
    pub asking_time: bool,
}

/// /broadcast: whom to send to, among the audiences the coordinator may reach.
pub async fn command(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState, page: u16) -> HandlerResult {
    let (tr, actor) = (&ctx.tr, app.acting(ctx.user_id).await?);
    let mine = |programme: &str| actor.scope.covers_programme(&app.catalogue, programme);
    let mut audiences = Vec::new();
    if actor.scope == Scope::Everything {
        audiences.push(BroadcastAudience::Everyone);
    }
    audiences.push(BroadcastAudience::Alerts);
    audiences.extend(
        app.catalogue
            .programmes
            .iter()
            .filter(|p| mine(&p.id))
            .map(|p| BroadcastAudience::Trainees(p.id.clone())),
    );
    let cohorts = app.store.cohorts(None).await?.into_iter().filter(|c| mine(&c.programme));
    audiences.extend(cohorts.map(|c| BroadcastAudience::Cohort(c.id)));
    audiences.extend([BroadcastAudience::Mentors, BroadcastAudience::Coordinators]);
    let mut buttons = Vec::with_capacity(audiences.len());
    for audience in audiences {
        let label = audience_words(tr, app, &audience, actor.scope.organisation()).await?;
        buttons.push(keyboards::button(label, Action::Broadcast(BroadcastStep::Audience(audience))));
    }
    let mut text = tr.t("broadcast-choose-audience");
    let buttons = keyboards::paged(tr, &mut text, buttons, page, |page| {
        Action::Broadcast(BroadcastStep::Audiences(page))
    });
    bot.send_text(chat, text).reply_markup(buttons).await?;
    Ok(())
}

/// A button of the flow (coordinators only; checked by the caller).
pub async fn press(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
    state: State,
    step: BroadcastStep,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    if let BroadcastStep::Audiences(page) = step {
        command(bot, chat, ctx, app, page).await?;
        return Ok(None);
    }
    if let BroadcastStep::Audience(audience) = step {
        let actor = app.acting(ctx.user_id).await?;
        let count = match app.services.audience(&actor, &audience).await.refused()? {
            Ok(members) => members.len(),
            Err(refusal) => return Ok(Some(refusals::words(tr, &refusal))),
        };
        if count == 0 {
            return Ok(Some(tr.t("broadcast-nobody")));
        }
        let draft = Draft { audience, content: None, scheduled: None, urgent: false, asking_time: false };
        dialogue.update(State::Broadcast(draft)).await?;
        bot.edit_text(chat, message, tr.with("broadcast-ask-content", &[("count", count.into())])).await?;
        return Ok(None);
    }
    match step {
        BroadcastStep::CancelRunning(id) => return ask_cancel(bot, chat, ctx, app, id).await,
        BroadcastStep::ConfirmCancel(id) => return cancel_running(bot, (chat, message), ctx, app, id).await,
        BroadcastStep::KeepRunning => {
            bot.edit_text(chat, message, tr.t("broadcast-cancel-kept"))
                .reply_markup(keyboards::menu_only(tr))
                .await?;
            return Ok(None);
        }
        _ => {}
    }
    let State::Broadcast(mut draft) = state else {
        return Ok(Some(tr.t("broadcast-gone")));
    };
    let Some(content) = draft.content.clone() else {
        return Ok(Some(tr.t("button-unknown")));
    };
    match step {
        BroadcastStep::Test => {
            let test = QueuedMessage {
                chat_id: chat.0,
                payload: payload(&content),
                due_at: app.clock.now(),
                dedupe_key: None,
            };
            app.store.enqueue_messages(&[test]).await?;
            return Ok(Some(tr.t("broadcast-test-sent")));
        }
        BroadcastStep::Later => {
            draft.asking_time = true;
            dialogue.update(State::Broadcast(draft)).await?;
            bot.send_text(chat, tr.t("broadcast-ask-time")).await?;
            return Ok(None);
        }
        BroadcastStep::Urgent => {
            draft.urgent = !draft.urgent;
            let (text, buttons) = control(tr, app, &app.acting(ctx.user_id).await?, &draft).await?;
            dialogue.update(State::Broadcast(draft)).await?;
            bot.edit_text(chat, message, text).reply_markup(buttons).await?;
            return Ok(None);
        }
        BroadcastStep::Discard => {
            dialogue.exit().await?;
            bot.edit_text(chat, message, tr.t("broadcast-discarded"))
                .reply_markup(keyboards::menu_only(tr))
                .await?;
            return Ok(None);
        }
        BroadcastStep::Confirm => {}
        BroadcastStep::Audience(_)
        | BroadcastStep::CancelRunning(_)
        | BroadcastStep::ConfirmCancel(_)
        | BroadcastStep::KeepRunning
        | BroadcastStep::Audiences(_) => {
            unreachable!("handled above")
        }
    }
    let request = BroadcastRequest {
        audience: draft.audience.clone(),
        payload: payload(&content),
        at: draft.scheduled,
        urgent: draft.urgent,
        status: Some((chat.0, message.0, tr.lang())),
    };
    let id = match app.services.create_broadcast(&app.acting(ctx.user_id).await?, request).await.refused()? {
        Ok(queued) => queued.id,
        Err(refusal) => return Ok(Some(refusals::words(tr, &refusal))),
    };
    dialogue.exit().await?;
    let now = app.clock.now();
    if let Some(summary) = app.store.broadcasts(true, None, 100).await?.into_iter().find(|b| b.id == id) {
        let (text, buttons) = broadcast_status(tr, &summary, now);
        let edit = bot.edit_text(chat, message, text);
        match buttons {
            Some(buttons) => edit.reply_markup(buttons).await?,
            None => edit.await?,
        };
    }
    Ok(None)
}

/// What the outbox sends for `content`.
fn payload(content: &Content) -> Payload {
    match content {
        Content::Text(text) => Payload::text(text.clone()),
        Content::Copy { chat_id, message_id } => {
            Payload::Copy { from_chat_id: *chat_id, message_id: *message_id, if_undeliverable: Vec::new() }
        }
    }
}

/// The confirmation message under the preview.
async fn control(
    tr: &Tr,
    app: &AppState,
    actor: &Actor,
    draft: &Draft,
) -> Result<(String, InlineKeyboardMarkup), BotError> {
    let count =
        app.services.audience(actor, &draft.audience).await.refused()?.map_or(0, |members| members.len());
    let when = match draft.scheduled {
        Some(at) => tr.with(
            "broadcast-when-later",
            &[("time", moment_in_words(tr, at.with_timezone(&chrono_tz::Europe::Oslo).naive_local()).into())],
        ),
        None => tr.t("broadcast-when-now"),
    };
    let quiet = app.services.quiet;
    let urgent = if draft.urgent {
        tr.t("broadcast-urgent-on")
    } else if quiet.is_none() {
        tr.t("broadcast-any-time")
    } else {
        let hours =
            [("from", clock_time(tr, quiet.from).into()), ("until", clock_time(tr, quiet.until).into())];
        tr.with("broadcast-urgent-off", &hours)
    };
    let text = tr.with(
        "broadcast-ready",
        &[
            ("count", count.into()),
            ("audience", audience_words(tr, app, &draft.audience, actor.scope.organisation()).await?.into()),
            ("when", when.into()),
            ("urgent", urgent.into()),
        ],
    );
    let confirm = if draft.scheduled.is_some() { "broadcast-confirm-later" } else { "broadcast-confirm-now" };
    let buttons = keyboards::column([
        keyboards::button(
            tr.with(confirm, &[("count", count.into())]),
            Action::Broadcast(BroadcastStep::Confirm),
        ),
        keyboards::button(tr.t("broadcast-test"), Action::Broadcast(BroadcastStep::Test)),
        keyboards::button(tr.t("broadcast-later"), Action::Broadcast(BroadcastStep::Later)),
        keyboards::button(
            tr.t(if draft.urgent { "broadcast-make-not-urgent" } else { "broadcast-make-urgent" }),
            Action::Broadcast(BroadcastStep::Urgent),
        ),
        keyboards::button(tr.t("broadcast-discard"), Action::Broadcast(BroadcastStep::Discard)),
    ]);
    Ok((text, buttons))
}

/// A message while preparing: the content, or the time to send it.
pub async fn message(
    bot: Bot,
    msg: Message,
    ctx: Ctx,
    app: Arc<AppState>,
    dialogue: StateDialogue,
    draft: Draft,
) -> HandlerResult {
    let (chat, tr) = (msg.chat.id, &ctx.tr);
    let Some(actor) = app.actor(ctx.user_id).await? else {
        dialogue.exit().await?;
        bot.send_text(chat, tr.t("coordinators-only")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    };
    let mut draft = draft;
    if draft.asking_time {
        match parse_future(msg.text().unwrap_or_default(), app.clock.now()) {
            Ok((_, at)) => {
                draft.scheduled = Some(at);
                draft.asking_time = false;
            }
            Err(error) => {
                bot.send_text(chat, time_error(tr, &error)).await?;
                return Ok(());
            }
        }
    } else {
        match content_of(&msg) {
            Ok(content) => draft.content = Some(content),
            Err(refusal) => {
                let text =
                    refusal.map_or_else(|| tr.t("broadcast-kind"), |refusal| refusals::words(tr, &refusal));
                bot.send_text(chat, text).await?;
                return Ok(());
            }
        }
        // The preview, exactly as recipients will see it.
        match draft.content.as_ref() {
            Some(Content::Text(text)) => {
                bot.send_text(chat, text).await?;
            }
            Some(Content::Copy { chat_id, message_id }) => {
                bot.copy_message(chat, ChatId(*chat_id), MessageId(*message_id)).await?;
            }
            None => {}
        }
    }
    let (text, buttons) = control(tr, &app, &actor, &draft).await?;
    dialogue.update(State::Broadcast(draft)).await?;
    bot.send_text(chat, text).reply_markup(buttons).await?;
    Ok(())
}

/// The content of a message, or why it cannot be broadcast (`None`: not a
/// kind of message that can be).
fn content_of(msg: &Message) -> Result<Content, Option<Refusal>> {
    if let Some(text) = msg.text() {
        check_text(text).map_err(Some)?;
        return Ok(Content::Text(text.to_owned()));
    }
    if msg.photo().is_some() || msg.document().is_some() {
        if msg.caption().is_some_and(|c| c.chars().count() > MAX_CAPTION) {
            return Err(Some(Refusal::MessageTooLong { max: MAX_CAPTION }));
        }
        return Ok(Content::Copy { chat_id: msg.chat.id.0, message_id: msg.id.0 });
    }
    Err(None)
}

/// Cancels what is left of a running broadcast.
async fn cancel_running(
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
    if let Some(summary) = app.store.broadcasts(false, None, 1000).await?.into_iter().find(|b| b.id == id) {
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
async fn ask_cancel(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    id: i64,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let now = app.clock.now();
    let found = app.store.broadcasts(false, None, 1000).await?.into_iter().find(|b| b.id == id);
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
