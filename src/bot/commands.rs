//! The bot's commands, who may use each, and the localized command menu.

use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Recipient};
use teloxide::utils::command::BotCommands;

use super::Standing;
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
    /// Operators: take back a role or an unused invitation.
    Roles,
}

/// Who a command is for: they see it in their menu and in /help, and a
/// coordinators' command is refused to anyone else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    Everyone,
    /// Trainees, mentors and coordinators.
    NotApplicants,
    /// Trainees and mentors.
    Members,
    Trainees,
    Mentors,
    /// Coordinators and operators.
    Coordinators,
    /// COORDINATOR_IDS: the operators.
    Operators,
}

impl Who {
    /// Whether someone with `standing` is among them.
    pub fn includes(self, standing: Standing) -> bool {
        match self {
            Who::Everyone => true,
            Who::NotApplicants => standing != Standing::Applicant,
            Who::Members => matches!(standing, Standing::Member(_)),
            Who::Trainees => standing == Standing::Member(Role::Trainee),
            Who::Mentors => standing == Standing::Member(Role::Mentor),
            Who::Coordinators => matches!(standing, Standing::Coordinator | Standing::Operator),
            Who::Operators => standing == Standing::Operator,
        }
    }
}

impl Command {
    /// Who the command is for: declared here once, for the menu, /help and
    /// the role check alike.
    pub fn who(&self) -> Who {
        match self {
            Command::Gatherings => Who::NotApplicants,
            Command::Reminders | Command::Flag => Who::Members,
            Command::Mentor => Who::Trainees,
            Command::Trainees => Who::Mentors,
            Command::Invite
            | Command::NewGathering
            | Command::Attendance
            | Command::Link
            | Command::Broadcast
            | Command::Broadcasts
            | Command::Inbox
            | Command::Stats => Who::Coordinators,
            Command::Roles => Who::Operators,
            Command::Start(_)
            | Command::Help
            | Command::Eligibility
            | Command::Programmes
            | Command::Positions
            | Command::Alerts
            | Command::Contact
            | Command::Language
            | Command::Privacy
            | Command::Ask
            | Command::MyData
            | Command::Forget => Who::Everyone,
        }
    }
}

/// The command menu of someone with `standing`, in `tr`'s language.
pub fn menu_entries(tr: &Tr, standing: Standing) -> Vec<BotCommand> {
    Command::bot_commands()
        .into_iter()
        .filter_map(|cmd| {
            let name = cmd.command.trim_start_matches('/').to_owned();
            // Every command parses from its bare name (`Start` takes an empty code).
            let command = Command::parse(&cmd.command, "").ok()?;
            command.who().includes(standing).then(|| {
                let description = tr.t(&format!("command-{name}"));
                BotCommand::new(name, description)
            })
        })
        .collect()
}

/// Registers the applicants' command menu for every language (setMyCommands
/// with language_code), with English as the default for other languages,
/// and the operators' menu in the chats of `operators` (COORDINATOR_IDS) and
/// the coordinators' in those of `coordinators` (named in the settings), in
/// Norwegian Bokmål until they choose a language.
pub async fn register_commands(
    bot: &Bot,
    tr: &Tr,
    operators: &[i64],
    coordinators: &[i64],
) -> Result<(), teloxide::RequestError> {
    let applicant = Standing::Applicant;
    bot.set_my_commands(menu_entries(&tr.in_lang(Lang::En), applicant)).await?;
    for (code, lang) in [("no", Lang::Nb), ("nb", Lang::Nb), ("nn", Lang::Nn), ("en", Lang::En)] {
        bot.set_my_commands(menu_entries(&tr.in_lang(lang), applicant)).language_code(code).await?;
    }
    for id in operators {
        register_for_chat(bot, ChatId(*id), &tr.in_lang(Lang::Nb), Standing::Operator).await?;
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
