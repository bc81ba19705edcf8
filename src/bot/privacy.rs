//! /privacy, /mydata and /forget: what is stored, and each person's right
//! to see and delete it.

use teloxide::prelude::*;
use teloxide::types::{InputFile, MessageId};

use super::{AppState, BotError, Ctx, HandlerResult};
use crate::domain::members::Role;
use crate::i18n::Tr;
use crate::telegram::callback::{Action, PrivacyStep};
use crate::telegram::keyboards;
use crate::telegram::send::SendText;

/// /privacy: a three-line summary first; the whole notice is one button away.
pub async fn summary(bot: &Bot, chat: ChatId, tr: &Tr) -> HandlerResult {
    let buttons = keyboards::column([
        keyboards::button(tr.t("privacy-more"), Action::Privacy(PrivacyStep::Details)),
        keyboards::button(tr.t("privacy-mydata"), Action::Privacy(PrivacyStep::MyData)),
        keyboards::button(tr.t("privacy-forget"), Action::Privacy(PrivacyStep::Forget)),
    ]);
    bot.send_text(chat, tr.t("privacy-summary")).reply_markup(buttons).await?;
    Ok(())
}

/// The whole notice: what is stored and for how long, what is not, what
/// passes through Telegram, the rights, and who is responsible (each
/// organisation for its programmes).
pub async fn details(bot: &Bot, chat: ChatId, tr: &Tr, app: &AppState) -> HandlerResult {
    let mut text = tr.with(
        "privacy-details",
        &[
            ("relay_days", app.mentoring.retention_days.into()),
            ("applicant_days", app.retention.applicant_days.into()),
            ("outbox_days", app.retention.outbox_days.into()),
        ],
    );
    text.push_str("\n\n");
    text.push_str(&tr.t("privacy-controllers"));
    for (number, organisation) in app.organisations.all().iter().enumerate() {
        let controller = &organisation.controller;
        let line = tr.with(
            "privacy-controller",
            &[
                ("number", (number + 1).into()),
                ("organisation", organisation.name.get(tr.lang()).into()),
                ("controller", controller.name.as_str().into()),
                ("email", controller.email.as_str().into()),
                ("address", controller.address.as_str().into()),
            ],
        );
        text.push('\n');
        text.push_str(&line);
    }
    let buttons = keyboards::column([
        keyboards::button(tr.t("privacy-mydata"), Action::Privacy(PrivacyStep::MyData)),
        keyboards::button(tr.t("privacy-forget"), Action::Privacy(PrivacyStep::Forget)),
        keyboards::button(tr.t("menu-back"), Action::Menu),
    ]);
    bot.send_text(chat, text).reply_markup(buttons).await?;
    Ok(())
}

/// /mydata: everything stored about the person, as a JSON file.
pub async fn mydata(bot: &Bot, chat: ChatId, ctx: &Ctx, app: &AppState) -> HandlerResult {
    let export = app.store.export(ctx.user_id).await?;
    let json = serde_json::to_vec_pretty(&export).unwrap_or_default();
    let file = InputFile::memory(json).file_name("mydata.json");
    bot.send_document(chat, file)
        .caption(ctx.tr.t("mydata-caption"))
        .reply_markup(keyboards::menu_only(&ctx.tr))
        .await?;
    Ok(())
}

/// /forget: asks first.
pub async fn ask(bot: &Bot, chat: ChatId, ctx: &Ctx) -> HandlerResult {
    let tr = &ctx.tr;
    let buttons = keyboards::column([
        keyboards::button(tr.t("forget-yes"), Action::Forget(true)),
        keyboards::button(tr.t("forget-no"), Action::Forget(false)),
    ]);
    bot.send_text(chat, tr.t("forget-ask")).reply_markup(buttons).await?;
    Ok(())
}

/// Yes or no to /forget.
pub async fn press(
    bot: &Bot,
    (chat, message): (ChatId, MessageId),
    ctx: &Ctx,
    app: &AppState,
    forget: bool,
) -> Result<Option<String>, BotError> {
    let tr = &ctx.tr;
    if !forget {
        bot.edit_text(chat, message, tr.t("forget-kept")).reply_markup(keyboards::menu_only(tr)).await?;
        return Ok(None);
    }
    let member = app.store.member(ctx.user_id).await?;
    let trainees = match &member {
        Some(member) if member.role == Role::Mentor => app.store.trainees_of(ctx.user_id).await?,
        _ => Vec::new(),
    };
    let gone = app.store.forget(ctx.user_id).await?;
    if let Some(member) = &member {
        app.services.tell_left(member, &trainees).await?;
    }
    let text = tr.with(
        "forget-done",
        &[
            ("alerts", gone.alerts.into()),
            ("answers", gone.answers.into()),
            ("messages", gone.messages.into()),
            ("routing", gone.routing.into()),
            ("questions", gone.questions.into()),
            ("member", if gone.membership > 0 { "yes" } else { "no" }.into()),
        ],
    );
    bot.edit_text(chat, message, text).reply_markup(keyboards::menu_only(tr)).await?;
    Ok(None)
}
