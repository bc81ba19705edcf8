//! /invite: a coordinator makes a single-use invitation link for a trainee
//! (to a cohort), a mentor or a coordinator of a programme.

use chrono::Duration;
use teloxide::prelude::*;
use teloxide::types::Me;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::callback::{Action, InviteStep};
use super::send::SendText;
use super::{keyboards, AppState, BotError, Ctx, HandlerResult, State, StateDialogue};
use crate::domain::members::{Role, DEFAULT_INVITATION_DAYS};
use crate::i18n::{date_in_words, Tr};
use crate::store::NewInvitation;

/// The longest cohort name accepted.
const MAX_COHORT_NAME: usize = 60;

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
            let text = create(ctx, app, me, role, &programme, cohort).await?;
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
    let name = msg.text().map(str::trim).unwrap_or_default();
    if name.is_empty() || name.chars().count() > MAX_COHORT_NAME {
        bot.send_text(msg.chat.id, tr.with("invite-cohort-name-bad", &[("max", MAX_COHORT_NAME.into())]))
            .await?;
        return Ok(());
    }
    if !app.is_coordinator(ctx.user_id).await? {
        dialogue.exit().await?;
        bot.send_text(msg.chat.id, tr.t("coordinators-only")).await?;
        return Ok(());
    }
    let cohort = app.store.ensure_cohort(&programme, name).await?;
    dialogue.exit().await?;
    let text = create(&ctx, &app, &me, Role::Trainee, &programme, Some(cohort.id)).await?;
    bot.send_text(msg.chat.id, text).await?;
    Ok(())
}

/// Makes the invitation and says how to pass it on; or why it cannot be made.
async fn create(
    ctx: &Ctx,
    app: &AppState,
    me: &Me,
    role: Role,
    programme: &str,
    cohort: Option<i64>,
) -> Result<String, BotError> {
    let tr = &ctx.tr;
    let Some(found) = app.catalogue.programme(programme) else {
        return Ok(tr.t("button-unknown"));
    };
    let cohort = match cohort {
        Some(id) => match app.store.cohort(id).await?.filter(|c| c.programme == programme) {
            Some(cohort) => Some(cohort),
            None => return Ok(tr.t("button-unknown")),
        },
        None if role == Role::Trainee => return Ok(tr.t("invite-trainee-needs-cohort")),
        None => None,
    };
    let expires_at = app.clock.now() + Duration::days(DEFAULT_INVITATION_DAYS);
    let invitation = NewInvitation {
        role,
        programme: programme.to_owned(),
        cohort_id: cohort.as_ref().map(|c| c.id),
        expires_at,
        created_by: Some(ctx.user_id),
    };
    let code = app.store.create_invitation(&invitation).await?;
    let detail = invitation_detail(&invitation, cohort.as_ref().map(|c| c.name.as_str()));
    app.store.audit(Some(ctx.user_id), "invitation", &detail, None, app.clock.now()).await?;
    let expires = expires_at.with_timezone(&chrono_tz::Europe::Oslo).date_naive();
    Ok(tr.with(
        "invite-created",
        &[
            ("role", role.code().into()),
            ("programme", found.short_name.get(tr.lang()).into()),
            ("cohort", cohort.map_or("none".to_owned(), |c| c.name).into()),
            ("date", date_in_words(tr, expires).into()),
            ("link", invitation_link(me.username(), &code).into()),
            ("code", code.into()),
        ],
    ))
}

/// An invitation in the audit log's words (never the code).
pub fn invitation_detail(invitation: &NewInvitation, cohort: Option<&str>) -> String {
    let cohort = cohort.map_or(String::new(), |name| format!(", cohort {name}"));
    format!("{} in {}{cohort}", invitation.role.code(), invitation.programme)
}

/// The deep link that opens the bot with `/start CODE`.
pub fn invitation_link(bot_username: &str, code: &str) -> String {
    format!("https://t.me/{bot_username}?start={code}")
}
