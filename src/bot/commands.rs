//! The bot's commands and the localized command menu.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Recipient};
use teloxide::utils::command::BotCommands;

use super::send::SendText;
use super::{
    alerts, broadcast, broadcast_status, eligibility, flag, gatherings, inbox, invite, language, link,
    mentoring, menu, plan, positions, privacy, programmes, reminders, stats, AppState, Ctx, HandlerResult,
    Standing, State, StateDialogue,
};
use crate::domain::members::Role;
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
    /// Trainees and mentors: upcoming gatherings (coordinators: all).
    Gatherings,
    /// Trainees and mentors: when to be reminded.
    Reminders,
    /// Coordinators: make an invitation link.
    Invite,
    /// Coordinators: plan a gathering or a monthly series.
    NewGathering,
    /// Coordinators: who is coming to a gathering.
    Attendance,
    /// Coordinators: link a trainee to a mentor.
    Link,
    /// Trainees: write to your mentor.
    Mentor,
    /// Mentors: write to one of your trainees.
    Trainees,
    /// Trainees and mentors: raise a concern with the coordinator.
    Flag,
    /// Coordinators: send an announcement.
    Broadcast,
    /// Coordinators: past and running announcements.
    Broadcasts,
    /// Ask the coordinator a question.
    Ask,
    /// Coordinators: questions not answered yet.
    Inbox,
    /// Coordinators: the numbers.
    Stats,
    /// Everything stored about you, as a file.
    MyData,
    /// Delete everything stored about you.
    Forget,
}

/// Who sees a command in their menu and in /help.
fn is_for(command: &str, standing: Standing) -> bool {
    match command {
        "gatherings" => standing != Standing::Applicant,
        "reminders" | "flag" => matches!(standing, Standing::Member(_)),
        "mentor" => standing == Standing::Member(Role::Trainee),
        "trainees" => standing == Standing::Member(Role::Mentor),
        "invite" | "newgathering" | "attendance" | "link" | "broadcast" | "broadcasts" | "inbox"
        | "stats" => standing == Standing::Coordinator,
        _ => true,
    }
}

/// The command menu of someone with `standing`, in `tr`'s language.
pub fn menu_entries(tr: &Tr, standing: Standing) -> Vec<BotCommand> {
    Command::bot_commands()
        .into_iter()
        .map(|cmd| cmd.command.trim_start_matches('/').to_owned())
        .filter(|name| is_for(name, standing))
        .map(|name| {
            let description = tr.t(&format!("command-{name}"));
            BotCommand::new(name, description)
        })
        .collect()
}

/// Registers the applicants' command menu for every language (setMyCommands
/// with language_code), with English as the default for other languages,
/// and the coordinators' menu in the chats of COORDINATOR_IDS (in
/// Norwegian Bokmål until they choose a language).
pub async fn register_commands(
    bot: &Bot,
    tr: &Tr,
    coordinators: &[i64],
) -> Result<(), teloxide::RequestError> {
    let applicant = Standing::Applicant;
    bot.set_my_commands(menu_entries(&tr.in_lang(Lang::En), applicant)).await?;
    for (code, lang) in [("no", Lang::Nb), ("nb", Lang::Nb), ("nn", Lang::Nn), ("en", Lang::En)] {
        bot.set_my_commands(menu_entries(&tr.in_lang(lang), applicant)).language_code(code).await?;
    }
    for id in coordinators {
        register_for_chat(bot, ChatId(*id), &tr.in_lang(Lang::Nb), Standing::Coordinator).await?;
    }
    Ok(())
}

/// Shows one person's command menu (for their standing, in `tr`'s
/// language) in their chat: after choosing a language and after joining.
pub async fn register_for_chat(
    bot: &Bot,
    chat: ChatId,
    tr: &Tr,
    standing: Standing,
) -> Result<(), teloxide::RequestError> {
    bot.set_my_commands(menu_entries(tr, standing))
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
        Command::Start(code) => menu::start(&bot, &msg, &ctx, &app, code.trim()).await,
        Command::Help => menu::help(&bot, chat, &ctx.tr, app.standing(ctx.user_id).await?).await,
        Command::Eligibility => eligibility::start(&bot, chat, &ctx, &app, &dialogue).await,
        Command::Programmes => programmes::list(&bot, chat, &ctx.tr, &app).await,
        Command::Positions => positions::command(&bot, chat, &ctx.tr, &app).await,
        Command::Alerts => alerts::command(&bot, chat, &ctx, &app).await,
        Command::Contact => menu::contact(&bot, chat, &ctx.tr, &app).await,
        Command::Language => language::offer(&bot, chat, &ctx.tr).await,
        Command::Privacy => menu::privacy(&bot, chat, &ctx.tr, &app).await,
        Command::Gatherings => gatherings::command(&bot, chat, &ctx, &app).await,
        Command::Reminders => reminders::command(&bot, chat, &ctx, &app).await,
        Command::Invite => {
            coordinator_only(&bot, chat, &ctx, &app, invite::command(&bot, chat, &ctx.tr)).await
        }
        Command::NewGathering => {
            coordinator_only(&bot, chat, &ctx, &app, plan::command(&bot, chat, &ctx.tr, &app)).await
        }
        Command::Attendance => {
            coordinator_only(
                &bot,
                chat,
                &ctx,
                &app,
                gatherings::choose(&bot, chat, &ctx.tr, &app, gatherings::Pick::Attendance),
            )
            .await
        }
        Command::Link => {
            coordinator_only(&bot, chat, &ctx, &app, link::choose_trainee(&bot, chat, &ctx.tr, &app)).await
        }
        Command::Broadcast => {
            coordinator_only(&bot, chat, &ctx, &app, broadcast::command(&bot, chat, &ctx.tr, &app)).await
        }
        Command::Broadcasts => {
            coordinator_only(&bot, chat, &ctx, &app, broadcast_status::list(&bot, chat, &ctx.tr, &app)).await
        }
        Command::Stats => {
            coordinator_only(&bot, chat, &ctx, &app, stats::command(&bot, chat, &ctx.tr, &app)).await
        }
        Command::MyData => privacy::mydata(&bot, chat, &ctx, &app).await,
        Command::Forget => privacy::ask(&bot, chat, &ctx).await,
        Command::Ask => inbox::command(&bot, chat, &ctx.tr, &dialogue).await,
        Command::Inbox => {
            coordinator_only(&bot, chat, &ctx, &app, inbox::inbox(&bot, chat, &ctx.tr, &app)).await
        }
        Command::Mentor => mentoring::mentor(&bot, chat, &ctx, &app, &dialogue).await,
        Command::Trainees => mentoring::trainees(&bot, chat, &ctx, &app).await,
        Command::Flag => flag::command(&bot, chat, &ctx, &app, &dialogue).await,
    }
}

/// Runs `action` for coordinators; tells anyone else it is not for them.
async fn coordinator_only(
    bot: &Bot,
    chat: ChatId,
    ctx: &Ctx,
    app: &AppState,
    action: impl std::future::Future<Output = HandlerResult>,
) -> HandlerResult {
    if app.is_coordinator(ctx.user_id).await? {
        action.await
    } else {
        bot.send_text(chat, ctx.tr.t("coordinators-only")).await?;
        Ok(())
    }
}
