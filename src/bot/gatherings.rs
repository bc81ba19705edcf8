//! /gatherings, answering coming or not, the calendar file, /attendance,
//! and changing or cancelling a gathering.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use teloxide::prelude::*;
use teloxide::types::Me;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId};

use super::callback::{Action, ManageStep};
use super::send::SendText;
use super::{keyboards, AppState, BotError, Ctx, HandlerResult, Standing, State, StateDialogue};
use crate::domain::calendar::gathering_ics;
use crate::domain::gatherings::{oslo_instant, parse_local, Gathering, TimeError, MAX_TEXT};
use crate::domain::outbox::Button;
use crate::gatherings::{describe, rsvp_buttons, when};
use crate::i18n::Tr;
use crate::store::GatheringChange;

/// How many upcoming gatherings a trainee or mentor sees.
const SHOWN_TO_MEMBERS: u32 = 5;
/// How many upcoming gatherings a coordinator can pick from.
const SHOWN_TO_COORDINATORS: u32 = 30;

/// What a coordinator is asked to type for a gathering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Time,
    Place,
}

/// What picking a gathering from the coordinator's list opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Attendance,
    Manage,
}

/// Buttons built for the outbox, as a Telegram keyboard.
pub fn markup(rows: Vec<Vec<Button>>) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(
        rows.into_iter().map(|row| row.into_iter().map(|b| InlineKeyboardButton::callback(b.label, b.data))),
    )
}

/// /gatherings: a trainee's or mentor's next gatherings, one message each
/// with its buttons; for coordinators, every upcoming gathering to manage.
pub async fn command(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState) -> HandlerResult {
    let tr = &ctx.tr;
    match app.standing(ctx.user_id).await? {
        Standing::Coordinator => return choose(bot, chat, tr, app, Pick::Manage).await,
        Standing::Applicant => {
            bot.send_text(chat, tr.t("gatherings-not-member")).await?;
            return Ok(());
        }
        Standing::Member(_) => {}
    }
    let now = app.clock.now();
    let upcoming = app.store.upcoming_gatherings_for(ctx.user_id, now, SHOWN_TO_MEMBERS).await?;
    if upcoming.is_empty() {
        bot.send_text(chat, tr.t("gatherings-none")).await?;
        return Ok(());
    }
    bot.send_text(chat, tr.with("gatherings-title", &[("count", upcoming.len().into())])).await?;
    for (gathering, answer) in upcoming {
        let mut text = describe(tr, &gathering, now);
        if let Some(coming) = answer {
            text.push_str(&format!("\n\n{}", tr.t(answer_key(coming))));
        }
        bot.send_text(chat, text).reply_markup(markup(rsvp_buttons(tr, gathering.id))).await?;
    }
    Ok(())
}

fn answer_key(coming: bool) -> &'static str {
    if coming {
        "gathering-answered-coming"
    } else {
        "gathering-answered-not-coming"
    }
}

/// Coordinators: the upcoming gatherings as buttons that open `pick`.
pub async fn choose(bot: &Bot, chat: ChatId, tr: &Tr, app: &AppState, pick: Pick) -> HandlerResult {
    let now = app.clock.now();
    let upcoming = app.store.upcoming_gatherings(now, SHOWN_TO_COORDINATORS).await?;
    if upcoming.is_empty() {
        bot.send_text(chat, tr.t("gatherings-none-planned")).await?;
        return Ok(());
    }
    let buttons = upcoming.iter().map(|g| {
        let label = format!("{} – {}", when(tr, g, now), g.topic);
        let action = match pick {
            Pick::Attendance => Action::Attendance(g.id),
            Pick::Manage => Action::Manage(g.id, ManageStep::Menu),
        };
        keyboards::button(label, action)
    });
    bot.send_text(chat, tr.t("gatherings-choose")).reply_markup(keyboards::column(buttons)).await?;
    Ok(())
}

/// Why someone may not answer for or download a gathering, if so.
async fn refusal(app: &AppState, ctx: &Ctx, id: i64) -> Result<Result<Gathering, String>, BotError> {
    let tr = &ctx.tr;
    let Some(gathering) = app.store.gathering(id).await? else {
        return Ok(Err(tr.t("button-unknown")));
    };
    if !app.store.is_invited(id, ctx.user_id).await? && !app.is_coordinator(ctx.user_id).await? {
        return Ok(Err(tr.t("rsvp-not-invited")));
    }
    if gathering.cancelled {
        return Ok(Err(tr.t("rsvp-cancelled")));
    }
    if gathering.starts_at <= app.clock.now() {
        return Ok(Err(tr.t("rsvp-over")));
    }
    Ok(Ok(gathering))
}

/// Coming or not coming: recorded and confirmed in words.
pub async fn rsvp(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    id: i64,
    coming: bool,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let gathering = match refusal(app, ctx, id).await? {
        Ok(gathering) => gathering,
        Err(why) => return Ok(Some(why)),
    };
    if !app.store.is_invited(id, ctx.user_id).await? {
        return Ok(Some(tr.t("rsvp-not-invited")));
    }
    app.store.set_rsvp(id, ctx.user_id, coming).await?;
    let key = if coming { "rsvp-thanks-coming" } else { "rsvp-thanks-not-coming" };
    let args =
        [("topic", gathering.topic.as_str().into()), ("when", when(tr, &gathering, app.clock.now()).into())];
    bot.send_text(chat, tr.with(key, &args)).await?;
    Ok(None)
}

/// The gathering as an .ics file.
pub async fn calendar(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    me: &Me,
    id: i64,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let gathering = match refusal(app, ctx, id).await? {
        Ok(gathering) => gathering,
        Err(why) => return Ok(Some(why)),
    };
    let ics = gathering_ics(&gathering, &gathering.topic, &format!("{}.t.me", me.username()));
    let file = InputFile::memory(ics.into_bytes()).file_name(format!("gathering-{id}.ics"));
    bot.send_document(chat, file).caption(tr.t("calendar-caption")).await?;
    Ok(None)
}

/// Who is coming, who is not, and who has not answered.
pub async fn attendance(
    bot: &Bot,
    chat: ChatId,
    tr: &Tr,
    app: &AppState,
    id: i64,
) -> Result<Option<String>, BotError> {
    let Some(gathering) = app.store.gathering(id).await? else {
        return Ok(Some(tr.t("button-unknown")));
    };
    let answers = app.store.rsvps(id).await?;
    let (mut coming, mut not_coming, mut silent) = (Vec::new(), Vec::new(), Vec::new());
    for member in app.store.invitees(id).await? {
        match answers.get(&member.user_id) {
            Some(true) => coming.push(member.first_name),
            Some(false) => not_coming.push(member.first_name),
            None => silent.push(member.first_name),
        }
    }
    let list = |names: &[String]| if names.is_empty() { "–".to_owned() } else { names.join(", ") };
    let text = tr.with(
        "attendance-text",
        &[
            ("topic", gathering.topic.as_str().into()),
            ("when", when(tr, &gathering, app.clock.now()).into()),
            ("coming", coming.len().into()),
            ("coming_names", list(&coming).into()),
            ("not_coming", not_coming.len().into()),
            ("not_coming_names", list(&not_coming).into()),
            ("silent", silent.len().into()),
            ("silent_names", list(&silent).into()),
        ],
    );
    bot.send_text(chat, text).await?;
    Ok(None)
}

/// Coordinators: a gathering's page with its actions, the questions for a
/// new time or place, and cancelling (asked first).
pub async fn manage(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
    id: i64,
    step: ManageStep,
) -> Result<Option<String>, BotError> {
    let (tr, user) = (&ctx.tr, ctx.user_id);
    let now = app.clock.now();
    let Some(gathering) = app.store.gathering(id).await? else {
        return Ok(Some(tr.t("button-unknown")));
    };
    if gathering.cancelled {
        return Ok(Some(tr.t("rsvp-cancelled")));
    }
    match step {
        ManageStep::Menu => {
            let buttons = [
                keyboards::button(tr.t("manage-attendance"), Action::Attendance(id)),
                keyboards::button(tr.t("manage-new-time"), Action::Manage(id, ManageStep::NewTime)),
                keyboards::button(tr.t("manage-new-place"), Action::Manage(id, ManageStep::NewPlace)),
                keyboards::button(tr.t("manage-cancel"), Action::Manage(id, ManageStep::Cancel)),
            ];
            let text = describe(tr, &gathering, now);
            bot.send_text(chat, text).reply_markup(keyboards::column(buttons)).await?;
        }
        ManageStep::NewTime | ManageStep::NewPlace => {
            let (what, key) = match step {
                ManageStep::NewTime => (Change::Time, "manage-ask-time"),
                _ => (Change::Place, "manage-ask-place"),
            };
            dialogue.update(State::ChangeGathering { id, what }).await?;
            bot.send_text(chat, tr.t(key)).await?;
        }
        ManageStep::Cancel => {
            let buttons = [
                keyboards::button(tr.t("manage-cancel-yes"), Action::Manage(id, ManageStep::ConfirmCancel)),
                keyboards::button(tr.t("manage-cancel-no"), Action::Manage(id, ManageStep::Menu)),
            ];
            let text = tr.with(
                "manage-cancel-ask",
                &[("topic", gathering.topic.as_str().into()), ("when", when(tr, &gathering, now).into())],
            );
            bot.edit_text(chat, message, text).reply_markup(keyboards::column(buttons)).await?;
        }
        ManageStep::ConfirmCancel => {
            let Some(revised) = app.store.cancel_gathering(id).await? else {
                return Ok(Some(tr.t("rsvp-cancelled")));
            };
            let told = app.notices.announce(&revised, now).await?;
            app.store.audit(Some(user), "gathering cancelled", &format!("gathering {id}"), None, now).await?;
            bot.edit_text(chat, message, tr.with("manage-cancelled", &[("count", told.into())])).await?;
        }
    }
    Ok(None)
}

/// The new time or place a coordinator typed.
pub async fn change_text(
    bot: Bot,
    msg: Message,
    ctx: Ctx,
    app: Arc<AppState>,
    dialogue: StateDialogue,
    (id, what): (i64, Change),
) -> HandlerResult {
    let (chat, tr) = (msg.chat.id, &ctx.tr);
    let text = msg.text().map(str::trim).unwrap_or_default();
    if !app.is_coordinator(ctx.user_id).await? {
        dialogue.exit().await?;
        bot.send_text(chat, tr.t("coordinators-only")).await?;
        return Ok(());
    }
    let now = app.clock.now();
    let change = match what {
        Change::Time => match parse_local(text).and_then(|local| {
            let instant = oslo_instant(local)?;
            if instant <= now {
                return Err(TimeError::InThePast(local));
            }
            Ok(instant)
        }) {
            Ok(instant) => GatheringChange { starts_at: Some(instant), place: None },
            Err(error) => {
                bot.send_text(chat, time_error(tr, &error)).await?;
                return Ok(());
            }
        },
        Change::Place => {
            if text.is_empty() || text.chars().count() > MAX_TEXT {
                bot.send_text(chat, tr.with("plan-text-bad", &[("max", MAX_TEXT.into())])).await?;
                return Ok(());
            }
            GatheringChange { starts_at: None, place: Some(text.to_owned()) }
        }
    };
    dialogue.exit().await?;
    let Some(revised) = app.store.change_gathering(id, &change, app.notices.quiet, now).await? else {
        bot.send_text(chat, tr.t("rsvp-cancelled")).await?;
        return Ok(());
    };
    let told = app.notices.announce(&revised, now).await?;
    app.store.audit(Some(ctx.user_id), "gathering changed", &format!("gathering {id}"), None, now).await?;
    let text = tr.with(
        "manage-changed",
        &[("count", told.into()), ("gathering", describe(tr, &revised.gathering, now).into())],
    );
    bot.send_text(chat, text).await?;
    Ok(())
}

/// A time that was not accepted, explained.
pub fn time_error(tr: &Tr, error: &TimeError) -> String {
    match error {
        TimeError::Unreadable => tr.t("time-unreadable"),
        TimeError::DoesNotExist(local) => {
            tr.with("time-does-not-exist", &[("time", local.format("%Y-%m-%d %H:%M").to_string().into())])
        }
        TimeError::InThePast(local) => {
            tr.with("time-in-the-past", &[("time", local.format("%Y-%m-%d %H:%M").to_string().into())])
        }
    }
}
