//! /roles (operators): take a role back (a coordinator is demoted) or
//! revoke an invitation not used yet. Each is asked first, audited, and
//! the person whose role goes is told.

use teloxide::prelude::*;
use teloxide::types::MessageId;

use super::{refusals, AppState, BotError, Ctx, HandlerResult};
use crate::i18n::Tr;
use crate::services::{Actor, Outcome};
use crate::telegram::callback::{Action, RolesStep};
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// /roles: the members and the unused invitations, a button each.
pub async fn menu(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState, page: u16) -> HandlerResult {
    let tr = &ctx.tr;
    let Some(actor) = operator(app, ctx.user_id).await? else {
        bot.send_text(chat, tr.t("roles-operators-only")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    };
    let members = app.store.members_of(None, None).await?;
    let invitations = app.services.open_invitations(&actor).await.refused()?.unwrap_or_default();
    if members.is_empty() && invitations.is_empty() {
        bot.send_text(chat, tr.t("roles-none")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(());
    }
    let mut buttons = Vec::new();
    for member in &members {
        let label = tr.with(
            "roles-member",
            &[
                ("name", member.first_name.as_str().into()),
                ("role", member.role.code().into()),
                ("organisation", organisation_name(tr, app, member.organisation.as_deref()).into()),
            ],
        );
        buttons.push(keyboards::button(label, Action::Roles(RolesStep::Remove(member.user_id))));
    }
    for invitation in &invitations {
        let label = tr.with(
            "roles-invitation",
            &[
                ("role", invitation.role.code().into()),
                ("organisation", organisation_name(tr, app, invitation.organisation.as_deref()).into()),
            ],
        );
        buttons.push(keyboards::button(label, Action::Roles(RolesStep::Revoke(invitation.code.clone()))));
    }
    let mut text = tr
        .with("roles-title", &[("members", members.len().into()), ("invitations", invitations.len().into())]);
    let buttons = keyboards::paged(tr, &mut text, buttons, page, |page| Action::Roles(RolesStep::Page(page)));
    bot.send_text(chat, text).reply_markup(buttons).await?;
    Ok(())
}

/// A button of /roles.
pub async fn press(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    step: RolesStep,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    let Some(actor) = operator(app, ctx.user_id).await? else {
        return Ok(Some(tr.t("roles-operators-only")));
    };
    let back = || keyboards::button(tr.t("roles-keep"), Action::Roles(RolesStep::Menu));
    match step {
        RolesStep::Menu => menu(bot, chat, ctx, app, 0).await?,
        RolesStep::Page(page) => menu(bot, chat, ctx, app, page).await?,
        RolesStep::Remove(id) => {
            let Some(member) = app.store.member(id).await? else {
                return Ok(Some(tr.t("button-unknown")));
            };
            let text = tr.with(
                "roles-remove-ask",
                &[("name", member.first_name.as_str().into()), ("role", member.role.code().into())],
            );
            let yes =
                keyboards::button(tr.t("roles-remove-yes"), Action::Roles(RolesStep::ConfirmRemove(id)));
            bot.edit_text(chat, message, text).reply_markup(keyboards::column([yes, back()])).await?;
        }
        RolesStep::ConfirmRemove(id) => {
            let text = match app.services.remove_member(&actor, id).await.refused()? {
                Ok(member) => tr.with("roles-removed", &[("name", member.first_name.as_str().into())]),
                Err(refusal) => refusals::words(tr, &refusal),
            };
            bot.edit_text(chat, message, text).reply_markup(keyboards::column([back()])).await?;
        }
        RolesStep::Revoke(code) => {
            let Some(invitation) = app.store.open_invitation(&code).await? else {
                return Ok(Some(tr.t("button-unknown")));
            };
            let text = tr.with("roles-revoke-ask", &[("role", invitation.role.code().into())]);
            let yes =
                keyboards::button(tr.t("roles-revoke-yes"), Action::Roles(RolesStep::ConfirmRevoke(code)));
            bot.edit_text(chat, message, text).reply_markup(keyboards::column([yes, back()])).await?;
        }
        RolesStep::ConfirmRevoke(code) => {
            let text = match app.services.revoke_invitation(&actor, &code).await.refused()? {
                Ok(_) => tr.t("roles-revoked"),
                Err(refusal) => refusals::words(tr, &refusal),
            };
            bot.edit_text(chat, message, text).reply_markup(keyboards::column([back()])).await?;
        }
    }
    Ok(None)
}

/// The acting operator, if `user_id` is one.
async fn operator(app: &AppState, user_id: i64) -> Result<Option<Actor>, BotError> {
    Ok(app.actor(user_id).await?.filter(|actor| actor.operator))
}

/// An organisation's name in `tr`'s language ("–" for none).
fn organisation_name(tr: &Tr, app: &AppState, id: Option<&str>) -> String {
    id.and_then(|id| app.organisations.get(id)).map_or("–".to_owned(), |o| o.name.get(tr.lang()).to_owned())
}
