//! /attendance: who said they come to a gathering, and once it has begun,
//! who came, marked by a coordinator with a button per person.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::refusals;
use super::{AppState, BotError, Ctx};
use crate::domain::gatherings::Gathering;
use crate::i18n::Tr;
use crate::services::gatherings::when;
use crate::services::Outcome;
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// Coordinators: who said they come; once it has begun, who came, with a
/// button per person to mark it.
pub async fn show(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    id: i64,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let gathering = match app.services.gathering_for(&app.acting(ctx.user_id).await?, id).await.refused()? {
        Ok(gathering) => gathering,
        Err(refusal) => return Ok(Some(refusals::words(tr, &refusal))),
    };
    let (text, buttons) = attendance_view(tr, app, &gathering).await?;
    bot.send_text(chat, text).reply_markup(buttons).await?;
    Ok(None)
}

/// Marks whether `person` came, then shows the list as it is now.
pub async fn mark(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    (id, person): (i64, i64),
    came: bool,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let actor = app.acting(ctx.user_id).await?;
    if let Err(refusal) = app.services.mark_attendance(&actor, id, person, came).await.refused()? {
        return Ok(Some(refusals::words(tr, &refusal)));
    }
    if let Some(gathering) = app.store.gathering(id).await? {
        let (text, buttons) = attendance_view(tr, app, &gathering).await?;
        bot.edit_text(chat, message, text).reply_markup(buttons).await?;
    }
    Ok(None)
}

async fn attendance_view(
    tr: &Tr,
    app: &AppState,
    gathering: &Gathering,
) -> Result<(String, InlineKeyboardMarkup), BotError> {
    let id = gathering.id;
    let answers = app.store.rsvps(id).await?;
    let invitees = app.store.invitees(id).await?;
    let (mut coming, mut not_coming, mut silent) = (Vec::new(), Vec::new(), Vec::new());
    for member in &invitees {
        let name = member.first_name.clone();
        match answers.get(&member.user_id) {
            Some(true) => coming.push(name),
            Some(false) => not_coming.push(name),
            None => silent.push(name),
        }
    }
    let list = |names: &[String]| if names.is_empty() { "–".to_owned() } else { names.join(", ") };
    let mut text = tr.with(
        "attendance-text",
        &[
            ("topic", gathering.topic.as_str().into()),
            ("when", when(tr, gathering).into()),
            ("coming", coming.len().into()),
            ("coming_names", list(&coming).into()),
            ("not_coming", not_coming.len().into()),
            ("not_coming_names", list(&not_coming).into()),
            ("silent", silent.len().into()),
            ("silent_names", list(&silent).into()),
        ],
    );
    let mut buttons = Vec::new();
    if !gathering.cancelled && gathering.starts_at <= app.clock.now() && !invitees.is_empty() {
        let marks = app.store.attendance(id).await?;
        let came: Vec<String> = invitees
            .iter()
            .filter(|m| marks.get(&m.user_id) == Some(&true))
            .map(|m| m.first_name.clone())
            .collect();
        let args = [("came", came.len().into()), ("came_names", list(&came).into())];
        text = format!("{text}\n\n{}", tr.with("attendance-came", &args));
        for member in &invitees {
            let mark = marks.get(&member.user_id).copied();
            let state = match mark {
                Some(true) => "came",
                Some(false) => "not-came",
                None => "unmarked",
            };
            let label = tr.with(
                "attendance-mark",
                &[("name", member.first_name.as_str().into()), ("state", state.into())],
            );
            let next =
                Action::MarkAttendance { gathering: id, person: member.user_id, came: mark != Some(true) };
            buttons.push(keyboards::button(label, next));
        }
    }
    buttons.push(keyboards::button(tr.t("menu-back"), Action::Menu));
    Ok((text, keyboards::column(buttons)))
}
