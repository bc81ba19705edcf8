//! /reminders: trainees and mentors choose how long before a gathering
//! they are reminded, or turn reminders off.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::{AppState, BotError, Ctx, HandlerResult};
use crate::domain::members::Role;
use crate::domain::reminders::{Lead, LeadSet, QuietHours};
use crate::i18n::{clock_time, Tr};
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// /reminders: the current choice, with a button per lead.
pub async fn command(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState) -> HandlerResult {
    let tr = &ctx.tr;
    match app.store.member(ctx.user_id).await?.filter(|m| m.role != Role::Coordinator) {
        Some(member) => {
            let (text, buttons) = page(tr, member.leads, app.services.quiet);
            bot.send_text(chat, text).reply_markup(buttons).await?;
        }
        None => {
            bot.send_text(chat, tr.t("gatherings-not-member")).reply_markup(keyboards::menu_only(tr)).await?;
        }
    }
    Ok(())
}

fn page(tr: &Tr, leads: LeadSet, quiet: QuietHours) -> (String, InlineKeyboardMarkup) {
    let text = if leads.is_empty() {
        tr.t("reminders-off")
    } else {
        let chosen: Vec<String> = Lead::ALL
            .into_iter()
            .filter(|lead| leads.contains(*lead))
            .map(|lead| tr.with("reminders-lead", &[("lead", lead.word().into())]))
            .collect();
        tr.with("reminders-on", &[("leads", chosen.join(", ").into())])
    };
    let mut buttons: Vec<_> = Lead::ALL
        .into_iter()
        .map(|lead| {
            let name = tr.with("reminders-lead", &[("lead", lead.word().into())]);
            let key = if leads.contains(lead) { "reminders-turn-off" } else { "reminders-turn-on" };
            keyboards::button(tr.with(key, &[("lead", name.into())]), Action::ToggleLead(Some(lead)))
        })
        .collect();
    if !leads.is_empty() {
        buttons.push(keyboards::button(tr.t("reminders-all-off"), Action::ToggleLead(None)));
    }
    // With no quiet hours, there is nothing to say about them.
    let text = if quiet.is_none() {
        text
    } else {
        let hours =
            [("from", clock_time(tr, quiet.from).into()), ("until", clock_time(tr, quiet.until).into())];
        format!("{text}\n\n{}", tr.with("reminders-quiet", &hours))
    };
    (text, keyboards::column(buttons))
}

/// Turns one lead on or off (or all off) and shows the new choice.
pub async fn toggle(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    lead: Option<Lead>,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let Some(member) = app.store.member(ctx.user_id).await?.filter(|m| m.role != Role::Coordinator) else {
        return Ok(Some(tr.t("gatherings-not-member")));
    };
    let leads = lead.map_or(LeadSet(0), |lead| member.leads.toggled(lead));
    app.store.set_reminder_leads(ctx.user_id, leads).await?;
    let (text, buttons) = page(tr, leads, app.services.quiet);
    bot.edit_text(chat, message, text).reply_markup(buttons).await?;
    Ok(None)
}
