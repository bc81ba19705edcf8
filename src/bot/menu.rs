//! The greeting, help, contact details and privacy notice.

use teloxide::prelude::*;

use super::{commands, keyboards, AppState, HandlerResult};
use crate::i18n::Tr;

/// /start: greets and shows the menu. A code after /start is an invitation
/// code; invitations do not exist yet, so every code is unknown.
pub async fn start(bot: &Bot, chat: ChatId, tr: &Tr, code: &str) -> HandlerResult {
    if !code.is_empty() {
        bot.send_message(chat, tr.t("start-unknown-code")).await?;
    }
    bot.send_message(chat, tr.t("start-greeting")).reply_markup(keyboards::main_menu(tr)).await?;
    Ok(())
}

/// /help: every command with its description.
pub async fn help(bot: &Bot, chat: ChatId, tr: &Tr) -> HandlerResult {
    let mut text = tr.t("help-intro");
    for entry in commands::menu_entries(tr) {
        text.push_str(&format!("\n/{} – {}", entry.command, entry.description));
    }
    bot.send_message(chat, text).reply_markup(keyboards::main_menu(tr)).await?;
    Ok(())
}

/// /contact: the coordinator's details and meeting hours from the settings.
pub async fn contact(bot: &Bot, chat: ChatId, tr: &Tr, app: &AppState) -> HandlerResult {
    let contact = &app.contact;
    let mut text = tr.with(
        "contact-text",
        &[
            ("name", contact.name.as_str().into()),
            ("phone", contact.phone.as_str().into()),
            ("email", contact.email.as_str().into()),
            ("address", contact.address.as_str().into()),
        ],
    );
    text.push_str("\n\n");
    if contact.hours.is_empty() {
        text.push_str(&tr.t("contact-no-hours"));
    } else {
        text.push_str(&tr.t("contact-hours-heading"));
        for hours in &contact.hours {
            let line = tr.with(
                "contact-hours-line",
                &[
                    ("day", hours.day.to_string().to_lowercase().into()),
                    ("from", hours.from.format("%H:%M").to_string().into()),
                    ("to", hours.to.format("%H:%M").to_string().into()),
                ],
            );
            text.push('\n');
            text.push_str(&line);
        }
    }
    bot.send_message(chat, text).await?;
    Ok(())
}

/// /privacy: what is stored, why, for how long, and how to get it deleted.
pub async fn privacy(bot: &Bot, chat: ChatId, tr: &Tr) -> HandlerResult {
    bot.send_message(chat, tr.t("privacy-text")).await?;
    Ok(())
}
