//! /link: a coordinator links a trainee to a mentor of the same programme
//! (or changes the link).

use teloxide::prelude::*;
use teloxide::types::MessageId;

use super::refusals;
use super::{AppState, BotError, Ctx, HandlerResult};
use crate::domain::members::{MentorId, Role, TraineeId};
use crate::services::{Outcome, Refusal};
use crate::store::Member;
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// /link: the trainees to pick from, with their cohort and current mentor.
pub async fn choose_trainee(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState, page: u16) -> HandlerResult {
    let (tr, actor) = (&ctx.tr, app.acting(ctx.user_id).await?);
    let organisation = actor.scope.organisation();
    let trainees = app.store.members_of(Some(Role::Trainee), organisation).await?;
    if trainees.is_empty() {
        bot.send_text(chat, tr.t("link-no-trainees")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    let mentors = app.store.members_of(Some(Role::Mentor), organisation).await?;
    let buttons = trainees
        .iter()
        .map(|trainee| {
            let mentor = trainee
                .mentor_id
                .and_then(|id| mentors.iter().find(|m| m.user_id == id))
                .map_or_else(|| tr.t("link-no-mentor"), |m| m.first_name.clone());
            let label = format!("{}, {}, {mentor}", trainee.first_name, cohort_of(trainee));
            keyboards::button(label, Action::Link { trainee: Some(trainee.user_id), mentor: None })
        })
        .collect();
    let mut text = tr.t("link-choose-trainee");
    let buttons = keyboards::paged(tr, &mut text, buttons, page, Action::LinkPage);
    bot.send_text(chat, text).reply_markup(buttons).await?;
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
        choose_trainee(bot, chat, ctx, app, 0).await?;
        return Ok(None);
    };
    let Some(trainee) = app.store.member(trainee).await?.filter(|m| m.role == Role::Trainee) else {
        return Ok(Some(tr.t("link-not-trainee")));
    };
    if !app.acting(ctx.user_id).await?.scope.covers_programme(&app.catalogue, &trainee.programme) {
        return Ok(Some(refusals::words(tr, &Refusal::OtherOrganisation(Some(trainee.programme)))));
    }
    let Some(mentor) = mentor else {
        let mentors = app.store.members(Some(Role::Mentor), Some(&trainee.programme)).await?;
        if mentors.is_empty() {
            bot.edit_text(chat, message, tr.t("link-no-mentors"))
                .reply_markup(keyboards::menu_only(tr))
                .await?;
            return Ok(None);
        }
        let buttons = mentors.iter().take(keyboards::PAGE).map(|mentor| {
            let action = Action::Link { trainee: Some(trainee.user_id), mentor: Some(mentor.user_id) };
            keyboards::button(mentor.first_name.clone(), action)
        });
        let text = tr.with("link-choose-mentor", &[("trainee", trainee.first_name.as_str().into())]);
        bot.edit_text(chat, message, text).reply_markup(keyboards::column(buttons)).await?;
        return Ok(None);
    };
    let linked = app
        .services
        .link_mentor(&app.acting(ctx.user_id).await?, TraineeId(trainee.user_id), MentorId(mentor))
        .await;
    let text = match linked.refused()? {
        Ok((trainee, mentor)) => tr.with(
            "link-done",
            &[("trainee", trainee.first_name.into()), ("mentor", mentor.first_name.into())],
        ),
        Err(refusal) => refusals::words(tr, &refusal),
    };
    bot.edit_text(chat, message, text).reply_markup(keyboards::menu_only(tr)).await?;
    Ok(None)
}
