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
use crate::domain::broadcast::{BroadcastAudience, Content, Translations, MAX_CAPTION};
use crate::domain::gatherings::parse_future;
use crate::domain::organisations::Scope;
use crate::domain::outbox::Payload;
use crate::domain::Lang;
use crate::i18n::{clock_time, moment_in_words, Tr};
use crate::services::broadcasts::{check_text, count_by_language, BroadcastRequest};
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
    /// The message in Bokmål (the first one sent).
    pub content: Option<Content>,
    /// The message in Nynorsk and English, where given.
    #[serde(default)]
    pub translations: Translations<Content>,
    pub scheduled: Option<DateTime<Utc>>,
    pub urgent: bool,
    /// Waiting for the time to send it (typed).
    pub asking_time: bool,
    /// Waiting for the message in this language.
    #[serde(default)]
    pub asking_language: Option<Lang>,
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
        let draft = Draft {
            audience,
            content: None,
            translations: Translations::default(),
            scheduled: None,
            urgent: false,
            asking_time: false,
            asking_language: None,
        };
        dialogue.update(State::Broadcast(draft)).await?;
        bot.edit_text(chat, message, tr.with("broadcast-ask-content", &[("count", count.into())])).await?;
        return Ok(None);
    }
    match step {
        BroadcastStep::CancelRunning(id) => {
            return super::broadcasts::ask_cancel(bot, chat, ctx, app, id).await
        }
        BroadcastStep::ConfirmCancel(id) => {
            return super::broadcasts::cancel_running(bot, (chat, message), ctx, app, id).await
        }
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
            // Every version, so that each can be checked.
            let versions = std::iter::once(&content).chain(draft.translations.given().map(|(_, c)| c));
            let tests: Vec<QueuedMessage> = versions
                .map(|content| QueuedMessage {
                    chat_id: chat.0,
                    payload: payload(content),
                    due_at: app.clock.now(),
                    dedupe_key: None,
                })
                .collect();
            app.store.enqueue_messages(&tests).await?;
            return Ok(Some(tr.with("broadcast-test-sent", &[("count", tests.len().into())])));
        }
        BroadcastStep::Translate(lang) => {
            draft.asking_language = Some(lang);
            draft.asking_time = false;
            dialogue.update(State::Broadcast(draft)).await?;
            bot.send_text(chat, tr.with("broadcast-ask-translation", &[("lang", lang.code().into())]))
                .await?;
            return Ok(None);
        }
        BroadcastStep::Later => {
            draft.asking_time = true;
            draft.asking_language = None;
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
        translations: Translations {
            nn: draft.translations.nn.as_ref().map(payload),
            en: draft.translations.en.as_ref().map(payload),
        },
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
    if let Some(summary) = app.store.broadcast(id).await? {
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
    let recipients =
        app.services.audience_languages(actor, &draft.audience).await.refused()?.unwrap_or_default();
    let count = recipients.len();
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
            ("languages", languages(tr, &recipients, &draft.translations).into()),
        ],
    );
    let confirm = if draft.scheduled.is_some() { "broadcast-confirm-later" } else { "broadcast-confirm-now" };
    let buttons = keyboards::column([
        keyboards::button(
            tr.with(confirm, &[("count", count.into())]),
            Action::Broadcast(BroadcastStep::Confirm),
        ),
        translate(tr, Lang::Nn, draft.translations.nn.is_some()),
        translate(tr, Lang::En, draft.translations.en.is_some()),
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

/// Who gets which language version, and how many chose a language that
/// has none yet (they get the Bokmål one).
fn languages(tr: &Tr, recipients: &[(i64, Option<Lang>)], translations: &Translations<Content>) -> String {
    let list = |key: &str, counts: Vec<(Lang, usize)>| {
        let items: Vec<String> = counts
            .into_iter()
            .map(|(lang, count)| tr.with(key, &[("lang", lang.code().into()), ("count", count.into())]))
            .collect();
        items.join(", ")
    };
    let versions = count_by_language(recipients.iter().map(|(_, chosen)| translations.version_for(*chosen)));
    let mut text =
        tr.with("broadcast-versions", &[("list", list("broadcast-version-count", versions).into())]);
    let missing = recipients
        .iter()
        .filter_map(|(_, chosen)| *chosen)
        .filter(|lang| *lang != Lang::Nb && translations.version_for(Some(*lang)) == Lang::Nb);
    let missing = count_by_language(missing);
    if !missing.is_empty() {
        text.push('\n');
        let list = list("broadcast-language-count", missing);
        text.push_str(&tr.with("broadcast-versions-missing", &[("list", list.into())]));
    }
    text
}

/// The button that asks for the message in `lang`.
fn translate(tr: &Tr, lang: Lang, given: bool) -> teloxide::types::InlineKeyboardButton {
    let key = if given { "broadcast-change-language" } else { "broadcast-add-language" };
    keyboards::button(
        tr.with(key, &[("lang", lang.code().into())]),
        Action::Broadcast(BroadcastStep::Translate(lang)),
    )
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
        let content = match content_of(&msg) {
            Ok(content) => content,
            Err(refusal) => {
                let text =
                    refusal.map_or_else(|| tr.t("broadcast-kind"), |refusal| refusals::words(tr, &refusal));
                bot.send_text(chat, text).await?;
                return Ok(());
            }
        };
        // The preview, exactly as its recipients will see it.
        match &content {
            Content::Text(text) => {
                bot.send_text(chat, text).await?;
            }
            Content::Copy { chat_id, message_id } => {
                bot.copy_message(chat, ChatId(*chat_id), MessageId(*message_id)).await?;
            }
        }
        match draft.asking_language.take().and_then(|lang| draft.translations.slot(lang)) {
            Some(slot) => *slot = Some(content),
            None => draft.content = Some(content),
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
