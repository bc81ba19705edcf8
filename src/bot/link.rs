//! /link: a coordinator links a trainee to a mentor of the same programme
//! (or changes the link).

use teloxide::prelude::*;
use teloxide::types::MessageId;

use super::callback::Action;
use super::send::SendText;
use super::{keyboards, AppState, BotError, Ctx, HandlerResult};
use crate::domain::members::Role;
use crate::i18n::Tr;
use crate::store::{Linked, Member};

/// The most people offered as buttons at once.
const MAX_BUTTONS: usize = 60;

/// /link: the trainees to pick from, with their cohort and current mentor.
pub async fn choose_trainee(bot: &Bot, chat: ChatId, tr: &Tr, app: &AppState) -> HandlerResult {
    let trainees = app.store.members(Some(Role::Trainee), None).await?;
    if trainees.is_empty() {
        bot.send_text(chat, tr.t("link-no-trainees")).await?;
        return Ok(());
    }
    let mentors = app.store.members(Some(Role::Mentor), None).await?;
    let buttons = trainees.iter().take(MAX_BUTTONS).map(|trainee| {
        let mentor = trainee
            .mentor_id
            .and_then(|id| mentors.iter().find(|m| m.user_id == id))
            .map_or_else(|| tr.t("link-no-mentor"), |m| m.first_name.clone());
        let label = format!("{} · {} · {mentor}", trainee.first_name, cohort_of(trainee));
        keyboards::button(label, Action::Link { trainee: Some(trainee.user_id), mentor: None })
    });
    bot.send_text(chat, tr.t("link-choose-trainee")).reply_markup(keyboards::column(buttons)).await?;
    Ok(())
}

fn cohort_of(member: &Member) -> String {
    member.cohort.as_ref().map_or_else(|| member.programme.clone(), |c| c.name.clone())
}

/// A press in the link flow (coordinators only; checked by the caller).
pub async fn press(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    trainee: Option<i64>,
    mentor: Option<i64>,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let Some(trainee) = trainee else {
        choose_trainee(bot, chat, tr, app).await?;
        return Ok(None);
    };
    let Some(trainee) = app.store.member(trainee).await?.filter(|m| m.role == Role::Trainee) else {
        return Ok(Some(tr.t("link-not-trainee")));
    };
    let Some(mentor) = mentor else {
        let mentors = app.store.members(Some(Role::Mentor), Some(&trainee.programme)).await?;
        if mentors.is_empty() {
            bot.edit_text(chat, message, tr.t("link-no-mentors")).await?;
            return Ok(None);
        }
        let buttons = mentors.iter().take(MAX_BUTTONS).map(|mentor| {
            let action = Action::Link { trainee: Some(trainee.user_id), mentor: Some(mentor.user_id) };
            keyboards::button(mentor.first_name.clone(), action)
        });
        let text = tr.with("link-choose-mentor", &[("trainee", trainee.first_name.as_str().into())]);
        bot.edit_text(chat, message, text).reply_markup(keyboards::column(buttons)).await?;
        return Ok(None);
    };
    let text = match app.store.link_mentor(trainee.user_id, mentor, app.clock.now()).await? {
        Linked::Done => {
            let detail = format!("trainee linked to a mentor in {}", trainee.programme);
            app.store
                .audit(Some(ctx.user_id), "link", &detail, Some(trainee.user_id), app.clock.now())
                .await?;
            let mentor = app.store.member(mentor).await?.map(|m| m.first_name).unwrap_or_default();
            tr.with("link-done", &[("trainee", trainee.first_name.into()), ("mentor", mentor.into())])
        }
        Linked::NotATrainee => tr.t("link-not-trainee"),
        Linked::NotAMentor => tr.t("link-not-mentor"),
        Linked::OtherProgramme => tr.t("link-other-programme"),
    };
    bot.edit_text(chat, message, text).await?;
    Ok(None)
}
