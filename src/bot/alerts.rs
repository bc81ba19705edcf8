//! /alerts: save the current filter as an alert, list and delete alerts.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::positions::{alert_filter, describe};
use super::{AppState, BotError, Ctx, HandlerResult};
use crate::domain::positions::Filter;
use crate::store::SaveAlert;
use crate::telegram::callback::Action;
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// /alerts: the person's alerts, each with a delete button.
pub async fn command(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState) -> HandlerResult {
    let (text, buttons) = overview(ctx, app).await?;
    bot.send_text(chat, text).reply_markup(buttons).await?;
    Ok(())
}

async fn overview(ctx: &Ctx, app: &AppState) -> Result<(String, InlineKeyboardMarkup), BotError> {
    let tr = &ctx.tr;
    let alerts = app.store.alerts_of(ctx.user_id).await?;
    if alerts.is_empty() {
        let open = keyboards::button(tr.t("menu-positions"), Action::Positions(0, Filter::default()));
        return Ok((tr.t("alerts-none"), keyboards::column([open])));
    }
    let mut text = tr.t("alerts-list");
    let mut buttons = Vec::new();
    for (index, alert) in alerts.iter().enumerate() {
        let number = index + 1;
        let described = describe(tr, app, &alert.filter);
        let filter = if described.is_empty() { tr.t("alerts-everything") } else { described };
        text.push_str("\n\n");
        text.push_str(&tr.with("alerts-item", &[("number", number.into()), ("filter", filter.into())]));
        let label = tr.with("alerts-delete", &[("number", number.into())]);
        buttons.push(keyboards::button(label, Action::DeleteAlert(alert.id)));
    }
    Ok((text, keyboards::column(buttons)))
}

/// Saves `filter` as an alert; returns the notice to show.
pub async fn save(ctx: &Ctx, app: &AppState, filter: &Filter) -> Result<String, BotError> {
    let alert = alert_filter(app, filter).await?;
    let outcome = app.store.save_alert(ctx.user_id, ctx.tr.lang(), &alert).await?;
    Ok(ctx.tr.t(match outcome {
        SaveAlert::Saved => "alerts-saved",
        SaveAlert::Duplicate => "alerts-duplicate",
        SaveAlert::TooMany => "alerts-too-many",
    }))
}

/// Deletes one of the person's alerts and shows the list again on the same
/// message; someone else's alert or a deleted one changes nothing.
pub async fn delete(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    id: i64,
) -> Result<String, BotError> {
    if !app.store.delete_alert(ctx.user_id, id).await? {
        return Ok(ctx.tr.t("alerts-gone"));
    }
    let (text, buttons) = overview(ctx, app).await?;
    bot.edit_text(chat, message, text).reply_markup(buttons).await?;
    Ok(ctx.tr.t("alerts-deleted"))
}
