//! /flag: a trainee or mentor raises a concern with the coordinators. The
//! short text is shown back for confirmation before it is sent.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::MessageId;

use super::refusals;
use super::{AppState, BotError, Ctx, HandlerResult, State, StateDialogue};
use crate::domain::members::Role;
use crate::domain::outbox::{DedupeKey, Payload};
use crate::i18n::Tr;
use crate::services::Outcome;
use crate::store::{ConcernKey, QueuedMessage};
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// The longest concern accepted.
pub const MAX_FLAG: usize = 1000;

/// /flag: asks for the concern in a few words.
pub async fn command(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
) -> HandlerResult {
    let tr = &ctx.tr;
    if app.store.member(ctx.user_id).await?.is_none_or(|m| m.role == Role::Coordinator) {
        bot.send_text(chat, tr.t("gatherings-not-member")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    dialogue.update(State::FlagText).await?;
    bot.send_text(chat, tr.with("flag-ask", &[("max", MAX_FLAG.into())])).await?;
    Ok(())
}

/// The concern, typed: shown back with Send and Cancel.
pub async fn text(bot: Bot, msg: Message, ctx: Ctx, dialogue: StateDialogue) -> HandlerResult {
    let (chat, tr) = (msg.chat.id, &ctx.tr);
    let concern = msg.text().map(str::trim).unwrap_or_default();
    if concern.is_empty() || concern.chars().count() > MAX_FLAG {
        bot.send_text(chat, tr.with("flag-bad", &[("max", MAX_FLAG.into())])).await?;
        return Ok(());
    }
    dialogue.update(State::FlagConfirm { text: concern.to_owned() }).await?;
    let buttons = [
        keyboards::button(tr.t("flag-send"), Action::Flag(true)),
        keyboards::button(tr.t("flag-cancel"), Action::Flag(false)),
    ];
    let preview = tr.with("flag-preview", &[("text", concern.into())]);
    bot.send_text(chat, preview).reply_markup(keyboards::column(buttons)).await?;
    Ok(())
}

/// Text while the concern waits for Send or Cancel.
pub async fn use_buttons(bot: Bot, msg: Message, ctx: Ctx) -> HandlerResult {
    bot.send_text(msg.chat.id, ctx.tr.t("flag-use-buttons")).await?;
    Ok(())
}

/// Send or Cancel pressed.
pub async fn press(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
    state: State,
    send: bool,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let State::FlagConfirm { text } = state else {
        return Ok(Some(tr.t("button-unknown")));
    };
    dialogue.exit().await?;
    if !send {
        bot.edit_text(chat, message, tr.t("flag-cancelled")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(None);
    }
    let Some(member) = app.store.member(ctx.user_id).await? else {
        return Ok(Some(tr.t("gatherings-not-member")));
    };
    let now = app.clock.now();
    let messages: Vec<QueuedMessage> = app
        .coordinators_of(member.organisation.as_deref())
        .await?
        .into_iter()
        .map(|(coordinator, lang)| {
            let tr = Tr::new(app.i18n.clone(), lang);
            let text = tr.with(
                "flag-to-coordinator",
                &[
                    ("role", member.role.code().into()),
                    ("name", member.first_name.as_str().into()),
                    ("programme", app.place_of(&member, lang).into()),
                    ("cohort", member.cohort_or_none().into()),
                    ("id", member.user_id.to_string().into()),
                    ("text", text.as_str().into()),
                ],
            );
            QueuedMessage {
                chat_id: coordinator,
                payload: Payload::text(text),
                due_at: now,
                dedupe_key: Some(DedupeKey::Concern {
                    raised_by: member.user_id,
                    message: message.0,
                    coordinator,
                }),
            }
        })
        .collect();
    if !messages.is_empty() {
        let concern = ConcernKey { raised_by: member.user_id, message: message.0 };
        let organisation = member.organisation.as_deref();
        app.store.patiently(|| app.store.raise_concern(concern, organisation, &text, &messages, now)).await?;
    }
    let key = if messages.is_empty() { "flag-no-coordinator" } else { "flag-sent" };
    bot.edit_text(chat, message, tr.t(key)).reply_markup(keyboards::menu_only(tr)).await?;
    Ok(None)
}

/// Whether a coordinator's message replies to a concern delivered to them:
/// which concern.
pub async fn concern_of(msg: Message, app: Arc<AppState>) -> Option<ConcernKey> {
    let replied = msg.reply_to_message()?;
    match app.store.concern_route(msg.chat.id.0, replied.id.0).await {
        Ok(found) => found,
        Err(error) => {
            tracing::error!(%error, "could not look up a reply's concern");
            None
        }
    }
}

/// A reply to a concern: the answer goes to whoever raised it.
pub async fn reply(
    bot: Bot,
    msg: Message,
    ctx: Ctx,
    app: Arc<AppState>,
    concern: ConcernKey,
) -> HandlerResult {
    send_answer(&bot, &msg, &ctx, &app, concern).await
}

/// "Answer the concern" pressed in /inbox: the next message answers it.
pub async fn start_answer(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
    id: i64,
) -> Result<Option<String>, BotError> {
    let (tr, actor) = (&ctx.tr, app.acting(ctx.user_id).await?);
    let Some(concern) = app.store.concern(id).await? else {
        return Ok(Some(tr.t("button-unknown")));
    };
    if let Err(refusal) = app.services.ensure_organisation(&actor, concern.organisation.as_deref()) {
        return Ok(Some(refusals::words(tr, &refusal)));
    }
    dialogue.update(State::AnsweringConcern { concern: id }).await?;
    bot.send_text(chat, tr.t("flag-write-answer")).await?;
    Ok(None)
}

/// A message while answering a concern from /inbox.
pub async fn answer_from_inbox(
    bot: Bot,
    msg: Message,
    ctx: Ctx,
    app: Arc<AppState>,
    dialogue: StateDialogue,
    concern: i64,
) -> HandlerResult {
    dialogue.exit().await?;
    match app.store.concern(concern).await? {
        Some(concern) => send_answer(&bot, &msg, &ctx, &app, concern.key()).await,
        None => {
            let tr = &ctx.tr;
            bot.send_text(msg.chat.id, tr.t("button-unknown")).reply_markup(keyboards::menu_only(tr)).await?;
            Ok(())
        }
    }
}

async fn send_answer(
    bot: &Bot,
    msg: &Message,
    ctx: &Ctx,
    app: &AppState,
    concern: ConcernKey,
) -> HandlerResult {
    let (chat, tr) = (msg.chat.id, &ctx.tr);
    let text = match app.actor(ctx.user_id).await? {
        None => tr.t("coordinators-only"),
        Some(actor) => match app.services.answer_concern(&actor, concern, msg.id.0).await.refused()? {
            Ok(()) => tr.t("flag-answered"),
            Err(refusal) => refusals::words(tr, &refusal),
        },
    };
    bot.send_text(chat, text).reply_markup(keyboards::menu_only(tr)).await?;
    Ok(())
}
