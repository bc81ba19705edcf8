//! /gatherings, answering coming or not, the calendar file, /attendance,
//! and changing or cancelling a gathering.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use teloxide::prelude::*;
use teloxide::types::Me;
use teloxide::types::{InputFile, MessageId};

use super::refusals;
use super::{AppState, BotError, Ctx, HandlerResult, Standing, State, StateDialogue};
use crate::domain::calendar::gathering_ics;
use crate::domain::gatherings::{parse_future, Gathering};
use crate::services::gatherings::{describe, rsvp_buttons, when};
use crate::services::Outcome;
use crate::store::GatheringChange;
use crate::telegram::callback::{Action, ManageStep};
use crate::telegram::delivery::markup;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// How many upcoming gatherings a trainee or mentor sees.
const SHOWN_TO_MEMBERS: u32 = 5;
/// How many upcoming gatherings are looked at to find a coordinator's own.
const SCANNED_FOR_COORDINATORS: u32 = 1000;

/// What a coordinator is asked to type for a gathering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Time,
    Place,
    Topic,
    Agenda,
}

/// What picking a gathering from the coordinator's list opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Attendance,
    Manage,
}

/// /gatherings: a trainee's or mentor's next gatherings, one message each
/// with its buttons; for coordinators, every upcoming gathering to manage.
pub async fn command(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState) -> HandlerResult {
    let tr = &ctx.tr;
    match app.standing(ctx.user_id).await? {
        Standing::Coordinator | Standing::Operator => {
            return choose(bot, chat, ctx, app, Pick::Manage, 0).await
        }
        Standing::Applicant => {
            bot.send_text(chat, tr.t("gatherings-not-member")).reply_markup(keyboards::menu_only(tr)).await?;
            return Ok(());
        }
        Standing::Member(_) => {}
    }
    let now = app.clock.now();
    let upcoming = app.store.upcoming_gatherings_for(ctx.user_id, now, SHOWN_TO_MEMBERS).await?;
    if upcoming.is_empty() {
        bot.send_text(chat, tr.t("gatherings-none")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    bot.send_text(chat, tr.with("gatherings-title", &[("count", upcoming.len().into())])).await?;
    for (gathering, answer) in upcoming {
        let mut text = describe(tr, &gathering);
        if let Some(coming) = answer {
            text.push_str(&format!("\n\n{}", tr.t(answer_key(coming))));
        }
        bot.send_text(chat, text).reply_markup(markup(&rsvp_buttons(tr, gathering.id))).await?;
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
pub async fn choose(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    pick: Pick,
    page: u16,
) -> HandlerResult {
    let (tr, actor) = (&ctx.tr, app.acting(ctx.user_id).await?);
    let now = app.clock.now();
    let upcoming: Vec<Gathering> = app
        .store
        .upcoming_gatherings(now, SCANNED_FOR_COORDINATORS)
        .await?
        .into_iter()
        .filter(|g| actor.scope.covers_programme(&app.catalogue, &g.programme))
        .collect();
    if upcoming.is_empty() {
        bot.send_text(chat, tr.t("gatherings-none-planned")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    let buttons = upcoming
        .iter()
        .map(|g| {
            let label = format!("{} – {}", when(tr, g), g.topic);
            let action = match pick {
                Pick::Attendance => Action::Attendance(g.id),
                Pick::Manage => Action::Manage(g.id, ManageStep::Menu),
            };
            keyboards::button(label, action)
        })
        .collect();
    let mut text = tr.t("gatherings-choose");
    let buttons = keyboards::paged(tr, &mut text, buttons, page, |page| {
        Action::GatheringsPage(pick == Pick::Manage, page)
    });
    bot.send_text(chat, text).reply_markup(buttons).await?;
    Ok(())
}

/// Why someone may not answer for or download a gathering, if so.
async fn refusal(app: &AppState, ctx: &Ctx, id: i64) -> Result<Result<Gathering, String>, BotError> {
    let tr = &ctx.tr;
    let Some(gathering) = app.store.gathering(id).await? else {
        return Ok(Err(tr.t("button-unknown")));
    };
    let coordinator = app.actor(ctx.user_id).await?;
    let manages = coordinator.is_some_and(|a| a.scope.covers_programme(&app.catalogue, &gathering.programme));
    if !manages && !app.store.is_invited(id, ctx.user_id).await? {
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
    let args = [("topic", gathering.topic.as_str().into()), ("when", when(tr, &gathering).into())];
    bot.send_text(chat, tr.with(key, &args)).reply_markup(keyboards::menu_only(tr)).await?;
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
    let gathering = match app.services.gathering_for(&app.acting(user).await?, id).await.refused()? {
        Ok(gathering) => gathering,
        Err(refusal) => return Ok(Some(refusals::words(tr, &refusal))),
    };
    if gathering.cancelled {
        return Ok(Some(tr.t("rsvp-cancelled")));
    }
    match step {
        ManageStep::Menu => {
            let later = app.store.later_in_series(id).await?;
            let mut buttons = vec![
                keyboards::button(tr.t("manage-attendance"), Action::Attendance(id)),
                keyboards::button(tr.t("manage-new-time"), Action::Manage(id, ManageStep::NewTime)),
                keyboards::button(tr.t("manage-new-place"), Action::Manage(id, ManageStep::NewPlace)),
                keyboards::button(tr.t("manage-new-topic"), Action::Manage(id, ManageStep::NewTopic)),
                keyboards::button(tr.t("manage-new-agenda"), Action::Manage(id, ManageStep::NewAgenda)),
                keyboards::button(tr.t("manage-cancel"), Action::Manage(id, ManageStep::Cancel)),
            ];
            if later > 0 {
                let label = tr.with("manage-cancel-series", &[("count", (later + 1).into())]);
                buttons.push(keyboards::button(label, Action::Manage(id, ManageStep::CancelSeries)));
            }
            let text = describe(tr, &gathering);
            bot.send_text(chat, text).reply_markup(keyboards::column(buttons)).await?;
        }
        ManageStep::NewTime | ManageStep::NewPlace | ManageStep::NewTopic | ManageStep::NewAgenda => {
            let (what, key) = match step {
                ManageStep::NewTime => (Change::Time, "manage-ask-time"),
                ManageStep::NewPlace => (Change::Place, "manage-ask-place"),
                ManageStep::NewTopic => (Change::Topic, "manage-ask-topic"),
                _ => (Change::Agenda, "manage-ask-agenda"),
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
                &[("topic", gathering.topic.as_str().into()), ("when", when(tr, &gathering).into())],
            );
            bot.edit_text(chat, message, text).reply_markup(keyboards::column(buttons)).await?;
        }
        ManageStep::CancelSeries => {
            let later = app.store.later_in_series(id).await?;
            let buttons = [
                keyboards::button(
                    tr.t("manage-cancel-yes"),
                    Action::Manage(id, ManageStep::ConfirmCancelSeries),
                ),
                keyboards::button(tr.t("manage-cancel-no"), Action::Manage(id, ManageStep::Menu)),
            ];
            let args = [
                ("topic", gathering.topic.as_str().into()),
                ("when", when(tr, &gathering).into()),
                ("count", (later + 1).into()),
            ];
            let text = tr.with("manage-cancel-series-ask", &args);
            bot.edit_text(chat, message, text).reply_markup(keyboards::column(buttons)).await?;
        }
        ManageStep::ConfirmCancelSeries => {
            match app.services.cancel_series(&app.acting(user).await?, id).await.refused()? {
                Ok((_, count, told)) => {
                    let text = tr.with(
                        "manage-cancelled-series",
                        &[("gatherings", count.into()), ("count", told.into())],
                    );
                    bot.edit_text(chat, message, text).reply_markup(keyboards::menu_only(tr)).await?;
                }
                Err(refusal) => return Ok(Some(refusals::words(tr, &refusal))),
            }
        }
        ManageStep::ConfirmCancel => {
            match app.services.cancel_gathering(&app.acting(user).await?, id).await.refused()? {
                Ok((_, told)) => {
                    bot.edit_text(chat, message, tr.with("manage-cancelled", &[("count", told.into())]))
                        .reply_markup(keyboards::menu_only(tr))
                        .await?;
                }
                Err(refusal) => return Ok(Some(refusals::words(tr, &refusal))),
            }
        }
    }
    Ok(None)
}

/// The new time, place, topic or agenda a coordinator typed.
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
        bot.send_text(chat, tr.t("coordinators-only")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    let change = match what {
        Change::Time => match parse_future(text, app.clock.now()) {
            Ok((_, instant)) => GatheringChange { starts_at: Some(instant), ..GatheringChange::default() },
            Err(error) => {
                bot.send_text(chat, refusals::time_error(tr, &error)).await?;
                return Ok(());
            }
        },
        Change::Place => GatheringChange { place: Some(text.to_owned()), ..GatheringChange::default() },
        Change::Topic => GatheringChange { topic: Some(text.to_owned()), ..GatheringChange::default() },
        Change::Agenda => GatheringChange { agenda: Some(text.to_owned()), ..GatheringChange::default() },
    };
    let text =
        match app.services.change_gathering(&app.acting(ctx.user_id).await?, id, change).await.refused()? {
            Ok((revised, told)) => {
                dialogue.exit().await?;
                tr.with(
                    "manage-changed",
                    &[("count", told.into()), ("gathering", describe(tr, &revised.gathering).into())],
                )
            }
            // A bad place can be typed again; a gathering cancelled meanwhile cannot be changed.
            Err(refusal @ crate::services::Refusal::TextLength { .. }) => refusals::words(tr, &refusal),
            Err(refusal) => {
                dialogue.exit().await?;
                refusals::words(tr, &refusal)
            }
        };
    bot.send_text(chat, text).reply_markup(keyboards::menu_only(tr)).await?;
    Ok(())
}
