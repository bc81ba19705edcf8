//! /invite: a coordinator makes a single-use invitation link for a trainee
//! (to a cohort) or a mentor of one of their programmes; operators (and,
//! where the settings allow it, coordinators for their own organisation)
//! also for a coordinator of an organisation.

use teloxide::prelude::*;
use teloxide::types::Me;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::refusals;
use super::{AppState, BotError, Ctx, HandlerResult, State, StateDialogue};
use crate::domain::members::{Role, DEFAULT_INVITATION_DAYS};
use crate::i18n::{date_in_words, Tr};
use crate::services::invitations::{CohortChoice, InvitationRequest, InviteTo};
use crate::services::{Actor, Outcome, Refusal};
use crate::telegram::callback::{Action, InviteStep};
use crate::telegram::send::SendText;
use crate::telegram::{invitation_link, keyboards};

/// /invite: who the invitation is for.
pub async fn command(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState) -> HandlerResult {
    let (text, buttons) = roles(&ctx.tr, app, &app.acting(ctx.user_id).await?);
    bot.send_text(chat, text).reply_markup(buttons).await?;
    Ok(())
}

/// The roles `actor` may invite to.
fn roles(tr: &Tr, app: &AppState, actor: &Actor) -> (String, InlineKeyboardMarkup) {
    let may_invite_coordinators = actor.operator || app.coordinators_invite_coordinators;
    let buttons = Role::ALL
        .into_iter()
        .filter(|role| *role != Role::Coordinator || may_invite_coordinators)
        .map(|role| {
            let label = tr.with("invite-role", &[("role", role.code().into())]);
            keyboards::button(label, Action::Invite(InviteStep::ChooseProgramme(role)))
        });
    let mut keyboard = keyboards::column(buttons);
    keyboard.inline_keyboard.push(vec![cancel(tr)]);
    (tr.t("invite-choose-role"), keyboard)
}

fn cancel(tr: &Tr) -> InlineKeyboardButton {
    keyboards::button(tr.t("invite-cancel"), Action::Invite(InviteStep::Cancel))
}

/// Back to `step`, and cancel, under a step's choices.
fn back_and_cancel(tr: &Tr, mut keyboard: InlineKeyboardMarkup, step: InviteStep) -> InlineKeyboardMarkup {
    keyboard
        .inline_keyboard
        .push(vec![keyboards::button(tr.t("invite-back"), Action::Invite(step)), cancel(tr)]);
    keyboard
}

/// A press in the invitation flow (coordinators only; checked by the caller).
pub async fn press(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    dialogue: &StateDialogue,
    me: &Me,
    step: InviteStep,
) -> Result<Option<String>, BotError> {
    let (tr, actor) = (&ctx.tr, app.acting(ctx.user_id).await?);
    let mine = |programme: &str| actor.scope.covers_programme(&app.catalogue, programme);
    let page = match step {
        InviteStep::CohortPage(_, _, page) => page,
        _ => 0,
    };
    let (text, buttons) = match step {
        InviteStep::ChooseRole => roles(tr, app, &actor),
        InviteStep::ChooseProgramme(Role::Coordinator) => {
            let organisations =
                app.organisations.all().iter().filter(|o| actor.scope.covers_organisation(&o.id));
            let buttons = organisations.map(|o| {
                let next = InviteStep::Create(Role::Coordinator, o.id.clone(), None);
                keyboards::button(o.name.get(tr.lang()).to_owned(), Action::Invite(next))
            });
            let keyboard = back_and_cancel(tr, keyboards::column(buttons), InviteStep::ChooseRole);
            (tr.t("invite-choose-organisation"), keyboard)
        }
        InviteStep::ChooseProgramme(role) => {
            let buttons = app.catalogue.programmes.iter().filter(|p| mine(&p.id)).map(|p| {
                let next = match role {
                    Role::Trainee => InviteStep::ChooseCohort(role, p.id.clone()),
                    _ => InviteStep::Create(role, p.id.clone(), None),
                };
                keyboards::button(p.short_name.get(tr.lang()).to_owned(), Action::Invite(next))
            });
            let keyboard = back_and_cancel(tr, keyboards::column(buttons), InviteStep::ChooseRole);
            (tr.t("invite-choose-programme"), keyboard)
        }
        InviteStep::ChooseCohort(role, programme) | InviteStep::CohortPage(role, programme, _) => {
            if app.catalogue.programme(&programme).is_none() {
                return Ok(Some(tr.t("button-unknown")));
            }
            if !mine(&programme) {
                return Ok(Some(refusals::words(tr, &Refusal::OtherOrganisation(Some(programme)))));
            }
            let cohorts: Vec<_> = app
                .store
                .cohorts(Some(&programme))
                .await?
                .into_iter()
                .map(|c| {
                    keyboards::button(
                        c.name,
                        Action::Invite(InviteStep::Create(role, programme.clone(), Some(c.id))),
                    )
                })
                .collect();
            let to_page = |page| Action::Invite(InviteStep::CohortPage(role, programme.clone(), page));
            let mut text = tr.t("invite-choose-cohort");
            let mut buttons = keyboards::paged(tr, &mut text, cohorts, page, to_page);
            // A new cohort can be made from every page.
            buttons.inline_keyboard.push(vec![keyboards::button(
                tr.t("invite-new-cohort"),
                Action::Invite(InviteStep::NameCohort(role, programme)),
            )]);
            (text, back_and_cancel(tr, buttons, InviteStep::ChooseProgramme(role)))
        }
        InviteStep::NameCohort(role, programme) => {
            if app.catalogue.programme(&programme).is_none() {
                return Ok(Some(tr.t("button-unknown")));
            }
            if !mine(&programme) {
                return Ok(Some(refusals::words(tr, &Refusal::OtherOrganisation(Some(programme)))));
            }
            let keyboard = back_and_cancel(
                tr,
                InlineKeyboardMarkup::default(),
                InviteStep::ChooseCohort(role, programme.clone()),
            );
            dialogue.update(State::CohortName { programme, prompt: Some(message.0) }).await?;
            bot.edit_text(chat, message, tr.t("invite-name-cohort")).reply_markup(keyboard).await?;
            return Ok(None);
        }
        InviteStep::Cancel => {
            bot.edit_text(chat, message, tr.t("invite-cancelled"))
                .reply_markup(keyboards::menu_only(tr))
                .await?;
            return Ok(None);
        }
        InviteStep::Create(role, programme, cohort) => {
            let cohort = cohort.map_or(CohortChoice::None, CohortChoice::Existing);
            let text = create(ctx, app, me, role, programme, cohort).await?;
            bot.edit_text(chat, message, text).reply_markup(keyboards::menu_only(tr)).await?;
            return Ok(None);
        }
    };
    bot.edit_text(chat, message, text).reply_markup(buttons).await?;
    Ok(None)
}

/// The name of a new cohort, typed by the coordinator: makes the cohort and
/// a trainee invitation to it.
pub async fn cohort_name(
    bot: Bot,
    msg: Message,
    ctx: Ctx,
    app: std::sync::Arc<AppState>,
    dialogue: StateDialogue,
    me: Me,
    (programme, prompt): (String, Option<i32>),
) -> HandlerResult {
    let tr = &ctx.tr;
    if !app.is_coordinator(ctx.user_id).await? {
        dialogue.exit().await?;
        bot.send_text(msg.chat.id, tr.t("coordinators-only")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    let name = msg.text().unwrap_or_default().to_owned();
    let request = InvitationRequest {
        role: Role::Trainee,
        to: InviteTo::Programme(programme),
        cohort: CohortChoice::Named(name),
        days: DEFAULT_INVITATION_DAYS,
    };
    let (text, made) = match app.services.invite(&app.acting(ctx.user_id).await?, request).await.refused()? {
        Ok(invitation) => {
            dialogue.exit().await?;
            (created(tr, app.as_ref(), &me, &invitation), true)
        }
        // A name that does not fit can be typed again.
        Err(refusal) => (refusals::words(tr, &refusal), false),
    };
    bot.send_text(msg.chat.id, text).reply_markup(keyboards::menu_only(tr)).await?;
    if let (true, Some(prompt)) = (made, prompt) {
        // Back and Cancel no longer apply: the invitation is made.
        bot.edit_text(msg.chat.id, MessageId(prompt), tr.t("invite-name-cohort")).await?;
    }
    Ok(())
}

/// Makes the invitation and says how to pass it on; or why it cannot be made.
async fn create(
    ctx: &Ctx,
    app: &AppState,
    me: &Me,
    role: Role,
    programme: String,
    cohort: CohortChoice,
) -> Result<String, BotError> {
    let to = match role {
        Role::Coordinator => InviteTo::Organisation(programme),
        _ => InviteTo::Programme(programme),
    };
    let request = InvitationRequest { role, to, cohort, days: DEFAULT_INVITATION_DAYS };
    Ok(match app.services.invite(&app.acting(ctx.user_id).await?, request).await.refused()? {
        Ok(invitation) => created(&ctx.tr, app, me, &invitation),
        Err(refusal) => refusals::words(&ctx.tr, &refusal),
    })
}

/// A made invitation, with its link and until when it works.
fn created(
    tr: &Tr,
    app: &AppState,
    me: &Me,
    invitation: &crate::services::invitations::Invitation,
) -> String {
    let programme = match app.catalogue.programme(&invitation.programme) {
        Some(programme) => programme.short_name.get(tr.lang()),
        None => app.organisations.get(&invitation.organisation).map_or("", |o| o.name.get(tr.lang())),
    };
    let expires = invitation.expires_at.with_timezone(&chrono_tz::Europe::Oslo).date_naive();
    let made = tr.with(
        "invite-created",
        &[
            ("role", invitation.role.code().into()),
            ("programme", programme.into()),
            ("cohort", invitation.cohort.clone().unwrap_or_else(|| "none".to_owned()).into()),
            ("date", date_in_words(tr, expires).into()),
            ("link", invitation_link(me.username(), &invitation.code).into()),
            ("code", invitation.code.as_str().into()),
        ],
    );
    match (&invitation.cohort, invitation.new_cohort) {
        (Some(cohort), true) => {
            format!("{made}\n\n{}", tr.with("invite-cohort-pending", &[("cohort", cohort.as_str().into())]))
        }
        _ => made,
    }
}
