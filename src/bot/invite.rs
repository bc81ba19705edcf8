//! /invite: a coordinator makes a single-use invitation link for a trainee
//! (to a cohort), a mentor or a coordinator of a programme.

use teloxide::prelude::*;
use teloxide::types::Me;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::refusals;
use super::{AppState, BotError, Ctx, HandlerResult, State, StateDialogue};
use crate::domain::members::{Role, DEFAULT_INVITATION_DAYS};
use crate::i18n::{date_in_words, Tr};
use crate::services::invitations::{CohortChoice, InvitationRequest};
use crate::services::{Actor, Outcome};
use crate::telegram::callback::{Action, InviteStep};
use crate::telegram::send::SendText;
use crate::telegram::{invitation_link, keyboards};

/// /invite: who the invitation is for.
pub async fn command(bot: &Bot, chat: ChatId, tr: &Tr) -> HandlerResult {
    let (text, buttons) = roles(tr);
    bot.send_text(chat, text).reply_markup(buttons).await?;
    Ok(())
}

fn roles(tr: &Tr) -> (String, InlineKeyboardMarkup) {
    let buttons = Role::ALL.map(|role| {
        let label = tr.with("invite-role", &[("role", role.code().into())]);
        keyboards::button(label, Action::Invite(InviteStep::ChooseProgramme(role)))
    });
    (tr.t("invite-choose-role"), keyboards::column(buttons))
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
    let tr = &ctx.tr;
    let (text, buttons) = match step {
        InviteStep::ChooseRole => roles(tr),
        InviteStep::ChooseProgramme(role) => {
            let buttons = app.catalogue.programmes.iter().map(|p| {
                let next = match role {
                    Role::Trainee => InviteStep::ChooseCohort(role, p.id.clone()),
                    _ => InviteStep::Create(role, p.id.clone(), None),
                };
                keyboards::button(p.short_name.get(tr.lang()).to_owned(), Action::Invite(next))
            });
            (tr.t("invite-choose-programme"), keyboards::column(buttons))
        }
        InviteStep::ChooseCohort(role, programme) => {
            if app.catalogue.programme(&programme).is_none() {
                return Ok(Some(tr.t("button-unknown")));
            }
            let mut buttons: Vec<_> = app
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
            buttons.push(keyboards::button(
                tr.t("invite-new-cohort"),
                Action::Invite(InviteStep::NameCohort(role, programme)),
            ));
            (tr.t("invite-choose-cohort"), keyboards::column(buttons))
        }
        InviteStep::NameCohort(_, programme) => {
            if app.catalogue.programme(&programme).is_none() {
                return Ok(Some(tr.t("button-unknown")));
            }
            dialogue.update(State::CohortName { programme }).await?;
            bot.edit_text(chat, message, tr.t("invite-name-cohort")).await?;
            return Ok(None);
        }
        InviteStep::Create(role, programme, cohort) => {
            let cohort = cohort.map_or(CohortChoice::None, CohortChoice::Existing);
            let text = create(ctx, app, me, role, programme, cohort).await?;
            bot.edit_text(chat, message, text).await?;
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
    programme: String,
) -> HandlerResult {
    let tr = &ctx.tr;
    if !app.is_coordinator(ctx.user_id).await? {
        dialogue.exit().await?;
        bot.send_text(msg.chat.id, tr.t("coordinators-only")).await?;
        return Ok(());
    }
    let name = msg.text().unwrap_or_default().to_owned();
    let request = InvitationRequest {
        role: Role::Trainee,
        programme,
        cohort: CohortChoice::Named(name),
        days: DEFAULT_INVITATION_DAYS,
    };
    let text = match app.services.invite(Actor::Person(ctx.user_id), request).await.refused()? {
        Ok(invitation) => {
            dialogue.exit().await?;
            created(tr, app.as_ref(), &me, &invitation)
        }
        // A name that does not fit can be typed again.
        Err(refusal) => refusals::words(tr, &refusal),
    };
    bot.send_text(msg.chat.id, text).await?;
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
    let request = InvitationRequest { role, programme, cohort, days: DEFAULT_INVITATION_DAYS };
    Ok(match app.services.invite(Actor::Person(ctx.user_id), request).await.refused()? {
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
    let programme = app
        .catalogue
        .programme(&invitation.programme)
        .map_or(invitation.programme.as_str(), |p| p.short_name.get(tr.lang()));
    let expires = invitation.expires_at.with_timezone(&chrono_tz::Europe::Oslo).date_naive();
    tr.with(
        "invite-created",
        &[
            ("role", invitation.role.code().into()),
            ("programme", programme.into()),
            ("cohort", invitation.cohort.as_ref().map_or("none".to_owned(), |c| c.name.clone()).into()),
            ("date", date_in_words(tr, expires).into()),
            ("link", invitation_link(me.username(), &invitation.code).into()),
            ("code", invitation.code.as_str().into()),
        ],
    )
}
