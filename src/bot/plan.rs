//! /newgathering: a coordinator plans a gathering (or a monthly series) step
//! by step: for whom, when, how long, where, topic, agenda, how many months,
//! then confirms a summary.

use std::sync::Arc;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::refusals::{self, time_error};
use super::{AppState, BotError, Ctx, HandlerResult, State, StateDialogue};
use crate::domain::gatherings::{
    monthly_starts, parse_future, plan_starts, Audience, GatheringPlan, MAX_TEXT,
};
use crate::i18n::{moment_in_words, Tr};
use crate::services::{Outcome, Refusal};
use crate::telegram::callback::{Action, PlanStep};
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// Lengths offered, in minutes: half an hour to a working day (7 ½
/// hours); the command line takes any length up to a day.
const DURATIONS: [u32; 7] = [30, 60, 90, 120, 180, 240, 450];
/// Series lengths offered, in months (1: once).
const MONTHS: [u32; 5] = [1, 3, 6, 12, 18];

/// A gathering being planned, kept in the dialogue state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub step: Step,
    pub programme: String,
    pub audience: Audience,
    pub first_start: Option<NaiveDateTime>,
    pub duration_minutes: u32,
    pub place: String,
    pub topic: String,
    pub agenda: String,
    pub months: u32,
}

/// What the draft waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Time,
    Duration,
    Place,
    Topic,
    Agenda,
    Months,
    Confirm,
}

/// /newgathering: whom the gathering is for, among the coordinator's programmes.
pub async fn command(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState, page: u16) -> HandlerResult {
    let (tr, actor) = (&ctx.tr, app.acting(ctx.user_id).await?);
    let mine = |programme: &str| actor.scope.covers_programme(&app.catalogue, programme);
    let mut buttons = Vec::new();
    for cohort in app.store.cohorts(None).await?.into_iter().filter(|c| mine(&c.programme)) {
        let label = tr.with("plan-for-cohort", &[("cohort", cohort.name.as_str().into())]);
        buttons.push(keyboards::button(label, Action::Plan(PlanStep::ForCohort(cohort.id))));
    }
    for programme in app.catalogue.programmes.iter().filter(|p| mine(&p.id)) {
        let name = programme.short_name.get(tr.lang());
        let mentors = tr.with("plan-for-mentors", &[("programme", name.into())]);
        buttons.push(keyboards::button(mentors, Action::Plan(PlanStep::ForMentors(programme.id.clone()))));
        let everyone = tr.with("plan-for-programme", &[("programme", name.into())]);
        buttons.push(keyboards::button(everyone, Action::Plan(PlanStep::ForProgramme(programme.id.clone()))));
    }
    let mut text = tr.t("plan-choose-audience");
    let buttons =
        keyboards::paged(tr, &mut text, buttons, page, |page| Action::Plan(PlanStep::Audiences(page)));
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
    step: PlanStep,
) -> Result<Option<String>, BotError> {
    let (tr, user) = (&ctx.tr, ctx.user_id);
    if let PlanStep::Audiences(page) = step {
        command(bot, chat, ctx, app, page).await?;
        return Ok(None);
    }
    let draft = match (state, &step) {
        (_, PlanStep::ForCohort(_) | PlanStep::ForMentors(_) | PlanStep::ForProgramme(_)) => {
            let Some((programme, audience)) = audience_of(app, &step).await? else {
                return Ok(Some(tr.t("button-unknown")));
            };
            if !app.acting(user).await?.scope.covers_programme(&app.catalogue, &programme) {
                return Ok(Some(refusals::words(tr, &Refusal::OtherOrganisation(Some(programme)))));
            }
            let draft = Draft {
                step: Step::Time,
                programme,
                audience,
                first_start: None,
                duration_minutes: 0,
                place: String::new(),
                topic: String::new(),
                agenda: String::new(),
                months: 1,
            };
            bot.edit_text(chat, message, tr.t("plan-ask-time")).await?;
            dialogue.update(State::Plan(draft)).await?;
            return Ok(None);
        }
        (_, PlanStep::Cancel) => {
            dialogue.exit().await?;
            bot.edit_text(chat, message, tr.t("plan-cancelled"))
                .reply_markup(keyboards::menu_only(tr))
                .await?;
            return Ok(None);
        }
        (State::Plan(draft), _) => draft,
        _ => return Ok(Some(tr.t("button-unknown"))),
    };
    let mut draft = draft;
    match (draft.step, step) {
        (Step::Duration, PlanStep::Duration(minutes)) => {
            draft.duration_minutes = minutes;
            draft.step = Step::Place;
            bot.edit_text(chat, message, tr.t("plan-ask-place")).await?;
        }
        (Step::Agenda, PlanStep::NoAgenda) => {
            draft.step = Step::Months;
            let (text, buttons) = ask_months(tr);
            bot.edit_text(chat, message, text).reply_markup(buttons).await?;
        }
        (Step::Months, PlanStep::Months(months)) => {
            draft.months = months;
            let now = app.clock.now();
            match plan_starts(&plan_of(&draft), now) {
                Ok(_) => {
                    draft.step = Step::Confirm;
                    let (text, buttons) = summary(tr, app, &draft);
                    bot.edit_text(chat, message, text).reply_markup(buttons).await?;
                }
                Err(error) => {
                    let (text, buttons) = ask_months(tr);
                    bot.edit_text(chat, message, format!("{}\n\n{text}", time_error(tr, &error)))
                        .reply_markup(buttons)
                        .await?;
                }
            }
        }
        (Step::Confirm, PlanStep::Confirm) => {
            let text = match app
                .services
                .plan_gatherings(&app.acting(user).await?, &plan_of(&draft))
                .await
                .refused()?
            {
                Ok(ids) => tr.with("plan-created", &[("count", ids.len().into())]),
                Err(refusal) => refusals::words(tr, &refusal),
            };
            dialogue.exit().await?;
            bot.edit_text(chat, message, text).reply_markup(keyboards::menu_only(tr)).await?;
            return Ok(None);
        }
        _ => return Ok(Some(tr.t("button-unknown"))),
    }
    dialogue.update(State::Plan(draft)).await?;
    Ok(None)
}

/// The programme and audience a button names, if they exist.
async fn audience_of(app: &AppState, step: &PlanStep) -> Result<Option<(String, Audience)>, BotError> {
    let known = |id: &String| app.catalogue.programme(id).is_some();
    Ok(match step {
        PlanStep::ForCohort(id) => {
            app.store.cohort(*id).await?.map(|c| (c.programme, Audience::Cohort(c.id)))
        }
        PlanStep::ForMentors(id) if known(id) => Some((id.clone(), Audience::Mentors)),
        PlanStep::ForProgramme(id) if known(id) => Some((id.clone(), Audience::Programme)),
        _ => None,
    })
}

fn plan_of(draft: &Draft) -> GatheringPlan {
    GatheringPlan {
        programme: draft.programme.clone(),
        audience: draft.audience.clone(),
        first_start: draft.first_start.unwrap_or_default(),
        duration_minutes: draft.duration_minutes,
        place: draft.place.clone(),
        topic: draft.topic.clone(),
        agenda: draft.agenda.clone(),
        months: draft.months,
    }
}

fn ask_months(tr: &Tr) -> (String, InlineKeyboardMarkup) {
    let buttons = MONTHS.map(|months| {
        keyboards::button(
            tr.with("plan-months", &[("months", months.into())]),
            Action::Plan(PlanStep::Months(months)),
        )
    });
    (tr.t("plan-ask-months"), keyboards::column(buttons))
}

fn summary(tr: &Tr, app: &AppState, draft: &Draft) -> (String, InlineKeyboardMarkup) {
    let first = draft.first_start.unwrap_or_default();
    let last = monthly_starts(first, draft.months).last().copied().unwrap_or(first);
    let programme = app
        .catalogue
        .programme(&draft.programme)
        .map_or(draft.programme.as_str(), |p| p.short_name.get(tr.lang()));
    let text = tr.with(
        "plan-summary",
        &[
            ("programme", programme.into()),
            ("first", moment_in_words(tr, first).into()),
            ("last", moment_in_words(tr, last).into()),
            ("months", draft.months.into()),
            ("minutes", draft.duration_minutes.into()),
            ("place", draft.place.as_str().into()),
            ("topic", draft.topic.as_str().into()),
            ("agenda", if draft.agenda.is_empty() { "–" } else { draft.agenda.as_str() }.into()),
        ],
    );
    let buttons = [
        keyboards::button(tr.t("plan-confirm"), Action::Plan(PlanStep::Confirm)),
        keyboards::button(tr.t("plan-cancel"), Action::Plan(PlanStep::Cancel)),
    ];
    (text, keyboards::column(buttons))
}

/// Text typed while planning: the time, place, topic or agenda.
pub async fn text(
    bot: Bot,
    msg: Message,
    ctx: Ctx,
    app: Arc<AppState>,
    dialogue: StateDialogue,
    draft: Draft,
) -> HandlerResult {
    let (chat, tr) = (msg.chat.id, &ctx.tr);
    let typed = msg.text().map(str::trim).unwrap_or_default().to_owned();
    let mut draft = draft;
    let cancel = keyboards::button(tr.t("plan-cancel"), Action::Plan(PlanStep::Cancel));
    let (reply, buttons) = match draft.step {
        Step::Time => match parse_future(&typed, app.clock.now()) {
            Ok((local, _)) => {
                draft.first_start = Some(local);
                draft.step = Step::Duration;
                let buttons = DURATIONS.map(|minutes| {
                    keyboards::button(
                        tr.with("plan-minutes", &[("minutes", minutes.into())]),
                        Action::Plan(PlanStep::Duration(minutes)),
                    )
                });
                (tr.t("plan-ask-duration"), keyboards::column(buttons))
            }
            Err(error) => (time_error(tr, &error), keyboards::column([cancel])),
        },
        Step::Place | Step::Topic | Step::Agenda if typed.is_empty() || typed.chars().count() > MAX_TEXT => {
            (tr.with("plan-text-bad", &[("max", MAX_TEXT.into())]), keyboards::column([cancel]))
        }
        Step::Place => {
            draft.place = typed;
            draft.step = Step::Topic;
            (tr.t("plan-ask-topic"), keyboards::column([cancel]))
        }
        Step::Topic => {
            draft.topic = typed;
            draft.step = Step::Agenda;
            let skip = keyboards::button(tr.t("plan-no-agenda"), Action::Plan(PlanStep::NoAgenda));
            (tr.t("plan-ask-agenda"), keyboards::column([skip, cancel]))
        }
        Step::Agenda => {
            draft.agenda = typed;
            draft.step = Step::Months;
            ask_months(tr)
        }
        Step::Duration | Step::Months | Step::Confirm => {
            (tr.t("plan-use-buttons"), keyboards::column([cancel]))
        }
    };
    dialogue.update(State::Plan(draft)).await?;
    bot.send_text(chat, reply).reply_markup(buttons).await?;
    Ok(())
}
