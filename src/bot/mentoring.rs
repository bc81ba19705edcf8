//! Trainees and mentors write to each other through the bot: /mentor,
//! /trainees, replies to relayed messages. Every message is copied
//! (copyMessage, so no phone number or username shows) through the outbox,
//! after a header naming the sender; only ids are kept for routing.

use std::sync::Arc;

use teloxide::prelude::*;

use super::{AppState, BotError, Ctx, HandlerResult, State, StateDialogue};
use crate::domain::members::Role;
use crate::domain::outbox::{DedupeKey, Notice, Part, Payload};
use crate::i18n::Tr;
use crate::store::{Member, QueuedMessage, Relay, Route};
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// /mentor: who the mentor is; what the trainee sends next goes to them.
pub async fn mentor(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
) -> HandlerResult {
    let tr = &ctx.tr;
    let Some(trainee) = app.store.member(ctx.user_id).await?.filter(|m| m.role == Role::Trainee) else {
        bot.send_text(chat, tr.t("mentor-only-trainees")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    };
    let Some(mentor) = linked_mentor(app, &trainee).await? else {
        bot.send_text(chat, tr.t("mentor-none")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    };
    dialogue.update(State::Writing { to: mentor.user_id }).await?;
    let text = tr.with("mentor-start", &[("name", mentor.first_name.as_str().into())]);
    bot.send_text(chat, text).reply_markup(done_button(tr)).await?;
    Ok(())
}

/// /trainees: a mentor picks a trainee to write to.
pub async fn trainees(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState) -> HandlerResult {
    let tr = &ctx.tr;
    if app.store.member(ctx.user_id).await?.is_none_or(|m| m.role != Role::Mentor) {
        bot.send_text(chat, tr.t("trainees-only-mentors")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    let trainees = app.store.trainees_of(ctx.user_id).await?;
    if trainees.is_empty() {
        bot.send_text(chat, tr.t("trainees-none")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    let buttons = trainees.iter().map(|t| keyboards::button(display_name(t), Action::WriteTo(t.user_id)));
    bot.send_text(chat, tr.t("trainees-choose")).reply_markup(keyboards::column(buttons)).await?;
    Ok(())
}

/// A mentor pressed a trainee's button: what they send next goes to them.
pub async fn write_to(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
    trainee: i64,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let Some(trainee) = app.store.member(trainee).await?.filter(|t| t.mentor_id == Some(ctx.user_id)) else {
        return Ok(Some(tr.t("relay-not-linked")));
    };
    dialogue.update(State::Writing { to: trainee.user_id }).await?;
    let text = tr.with("trainee-start", &[("name", trainee.first_name.as_str().into())]);
    bot.send_text(chat, text).reply_markup(done_button(tr)).await?;
    Ok(None)
}

/// Ends writing.
pub async fn stop(bot: &Bot, chat: ChatId, tr: &Tr, dialogue: &StateDialogue) -> HandlerResult {
    dialogue.exit().await?;
    bot.send_text(chat, tr.t("relay-stopped")).reply_markup(keyboards::menu_only(tr)).await?;
    Ok(())
}

fn done_button(tr: &Tr) -> teloxide::types::InlineKeyboardMarkup {
    keyboards::column([keyboards::button(tr.t("relay-done"), Action::StopWriting)])
}

fn display_name(member: &Member) -> String {
    match &member.cohort {
        Some(cohort) => format!("{} ({})", member.first_name, cohort.name),
        None => member.first_name.clone(),
    }
}

async fn linked_mentor(app: &AppState, trainee: &Member) -> Result<Option<Member>, BotError> {
    let Some(id) = trainee.mentor_id else { return Ok(None) };
    Ok(app.store.member(id).await?.filter(|m| m.role == Role::Mentor))
}

/// Any message while writing: relayed to `to` if the pair is still linked.
pub async fn message_while_writing(
    bot: Bot,
    msg: Message,
    ctx: Ctx,
    app: Arc<AppState>,
    dialogue: StateDialogue,
    to: i64,
) -> HandlerResult {
    if !relay_between(&bot, &msg, &ctx, &app, to, true).await? {
        dialogue.exit().await?;
    }
    Ok(())
}

/// Whether a message answers a relayed message in this chat: its route.
pub async fn route_of(msg: Message, app: Arc<AppState>) -> Option<Route> {
    let replied = msg.reply_to_message()?;
    match app.store.relay_route(msg.chat.id.0, replied.id.0).await {
        Ok(route) => route,
        Err(error) => {
            tracing::error!(%error, "could not look up a reply's route");
            None
        }
    }
}

/// A reply to a relayed message goes back to the other side of the pair.
pub async fn reply(bot: Bot, msg: Message, ctx: Ctx, app: Arc<AppState>, route: Route) -> HandlerResult {
    let to = if route.to_mentor { route.trainee_id } else { route.mentor_id };
    relay_between(&bot, &msg, &ctx, &app, to, false).await?;
    Ok(())
}

/// Relays `msg` from the writer to `to` when they are a linked pair, and
/// confirms; otherwise says why not. Returns whether it was relayed.
async fn relay_between(
    bot: &Bot,
    msg: &Message,
    ctx: &Ctx,
    app: &AppState,
    to: i64,
    writing: bool,
) -> Result<bool, BotError> {
    let (chat, tr) = (msg.chat.id, &ctx.tr);
    let (Some(from), Some(to)) = (app.store.member(ctx.user_id).await?, app.store.member(to).await?) else {
        bot.send_text(chat, tr.t("relay-not-linked")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(false);
    };
    let (trainee, mentor) = match (from.role, to.role) {
        (Role::Trainee, Role::Mentor) => (&from, &to),
        (Role::Mentor, Role::Trainee) => (&to, &from),
        _ => (&from, &from),
    };
    if trainee.role != Role::Trainee || trainee.mentor_id != Some(mentor.user_id) {
        bot.send_text(chat, tr.t("relay-not-linked")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(false);
    }
    let to_mentor = from.role == Role::Trainee;
    let now = app.clock.now();
    let to_tr = Tr::new(app.i18n.clone(), to.language);
    let header = if to_mentor {
        to_tr.with("relay-header-from-trainee", &[("name", display_name(&from).into())])
    } else {
        to_tr.with("relay-header-from-mentor", &[("name", from.first_name.as_str().into())])
    };
    let mut notices = vec![Notice {
        chat_id: from.user_id,
        text: tr.with("relay-undeliverable", &[("name", to.first_name.as_str().into())]),
    }];
    for (coordinator, lang) in app.coordinators_of(trainee.organisation.as_deref()).await? {
        let text = Tr::new(app.i18n.clone(), lang).with(
            "relay-undeliverable-coordinator",
            &[("from", display_name(&from).into()), ("to", display_name(&to).into())],
        );
        notices.push(Notice { chat_id: coordinator, text });
    }
    let key = |part| Some(DedupeKey::Relay { sender: chat.0, message: msg.id.0, part });
    let relay = Relay {
        trainee_id: trainee.user_id,
        mentor_id: mentor.user_id,
        to_mentor,
        header: QueuedMessage {
            chat_id: to.user_id,
            payload: Payload::text(header),
            due_at: now,
            dedupe_key: key(Part::Header),
        },
        copy: QueuedMessage {
            chat_id: to.user_id,
            payload: Payload::Copy { from_chat_id: chat.0, message_id: msg.id.0, if_undeliverable: notices },
            due_at: now,
            dedupe_key: key(Part::Copy),
        },
    };
    if !app.store.patiently(|| app.store.relay(&relay, now)).await? {
        return Ok(true); // The same update again: relayed already.
    }
    let mut text = tr.with("relay-sent", &[("name", to.first_name.as_str().into())]);
    if let (true, Some(days)) = (to_mentor, app.mentoring.answer_within_days) {
        text.push(' ');
        text.push_str(&tr.with("relay-usual-answer", &[("days", days.into())]));
    }
    let sent = bot.send_text(chat, text);
    if writing {
        sent.reply_markup(done_button(tr)).await?;
    } else {
        sent.await?;
    }
    Ok(true)
}
