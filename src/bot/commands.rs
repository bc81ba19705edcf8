//! The bot's commands and the localized command menu.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Recipient};
use teloxide::utils::command::BotCommands;

use super::{
    alerts, eligibility, language, menu, positions, programmes, AppState, Ctx, HandlerResult, State,
    StateDialogue,
};
use crate::domain::Lang;
use crate::i18n::Tr;

/// The commands everyone can use. The localized descriptions shown in the
/// command menu and in /help are the `command-<name>` messages.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// Greeting and menu; `/start CODE` is for invitation codes.
    Start(String),
    /// What the bot can do.
    Help,
    /// Check which programmes may fit you.
    Eligibility,
    /// The programmes.
    Programmes,
    /// Open positions.
    Positions,
    /// Alerts about new positions.
    Alerts,
    /// How to reach the coordinator.
    Contact,
    /// Choose the language.
    Language,
    /// What the bot stores and how to delete it.
    Privacy,
}

/// The command menu in `tr`'s language.
pub fn menu_entries(tr: &Tr) -> Vec<BotCommand> {
    Command::bot_commands()
        .into_iter()
        .map(|cmd| {
            let name = cmd.command.trim_start_matches('/').to_owned();
            let description = tr.t(&format!("command-{name}"));
            BotCommand::new(name, description)
        })
        .collect()
}

/// Registers the command menu for every language (setMyCommands with
/// language_code), with English as the default for other languages.
pub async fn register_commands(bot: &Bot, tr: &Tr) -> Result<(), teloxide::RequestError> {
    bot.set_my_commands(menu_entries(&tr.in_lang(Lang::En))).await?;
    for (code, lang) in [("no", Lang::Nb), ("nb", Lang::Nb), ("nn", Lang::Nn), ("en", Lang::En)] {
        bot.set_my_commands(menu_entries(&tr.in_lang(lang))).language_code(code).await?;
    }
    Ok(())
}

/// Shows `tr`'s command menu in one person's chat, after they chose a language.
pub async fn register_for_chat(bot: &Bot, chat: ChatId, tr: &Tr) -> Result<(), teloxide::RequestError> {
    bot.set_my_commands(menu_entries(tr))
        .scope(BotCommandScope::Chat { chat_id: Recipient::Id(chat) })
        .await?;
    Ok(())
}

/// Runs a command. Any command other than /eligibility ends a running check,
/// so that no answer stays behind when the person moves on.
pub async fn handle(
    bot: Bot,
    msg: Message,
    cmd: Command,
    ctx: Ctx,
    app: Arc<AppState>,
    dialogue: StateDialogue,
    state: State,
) -> HandlerResult {
    if state != State::Idle && cmd != Command::Eligibility {
        dialogue.exit().await?;
    }
    let chat = msg.chat.id;
    match cmd {
        Command::Start(code) => menu::start(&bot, chat, &ctx.tr, code.trim()).await,
        Command::Help => menu::help(&bot, chat, &ctx.tr).await,
        Command::Eligibility => eligibility::start(&bot, chat, &ctx, &app, &dialogue).await,
        Command::Programmes => programmes::list(&bot, chat, &ctx.tr, &app).await,
        Command::Positions => positions::command(&bot, chat, &ctx.tr, &app).await,
        Command::Alerts => alerts::command(&bot, chat, &ctx, &app).await,
        Command::Contact => menu::contact(&bot, chat, &ctx.tr, &app).await,
        Command::Language => language::offer(&bot, chat, &ctx.tr).await,
        Command::Privacy => menu::privacy(&bot, chat, &ctx.tr).await,
    }
}
