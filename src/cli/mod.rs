//! The command line: `traineebot run`, `traineebot migrate`, and the
//! coordinators' tasks. The command line acts as an operator, for every
//! organisation; `--organisation ID` limits a command to one.

mod coordination;
mod operations;
mod positions;
mod report;
mod roles;
mod trainees;
mod words;

use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::app::{self, AppError, Application};
use crate::config::Config;
use crate::domain::clock::SystemClock;
use crate::domain::organisations::Scope;
use crate::i18n::I18n;
use crate::services::{ActionError, Actor, Services};
use crate::store::Store;

/// traineebot: a Telegram bot for Norwegian inclusion-recruitment and trainee
/// programmes. Settings come from the environment (see the README).
#[derive(Debug, Parser)]
#[command(name = "traineebot", version, about)]
pub struct Cli {
    /// Act for this organisation only (an id of the settings file); without
    /// it, coordinator commands act for every organisation.
    #[arg(long, global = true)]
    organisation: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start the bot (long polling) until Ctrl-C or SIGTERM.
    Run,
    /// Create the database if needed, apply the migrations, and exit.
    Migrate,
    /// Coordinator tasks for the open positions.
    #[command(subcommand)]
    Positions(positions::PositionsCommand),
    /// Make a single-use invitation (code and link) for a trainee or mentor
    /// of a programme, or a coordinator of an organisation.
    Invite(trainees::InviteArgs),
    /// List the trainees, mentors and coordinators who joined.
    Members,
    /// Link a trainee to a mentor (Telegram ids, as `members` shows).
    Link {
        #[arg(long)]
        trainee: i64,
        #[arg(long)]
        mentor: i64,
    },
    /// Take back a role or an unused invitation.
    #[command(subcommand)]
    Roles(roles::RolesCommand),
    /// Plan, list, change and cancel gatherings.
    #[command(subcommand)]
    Gatherings(trainees::GatheringsCommand),
    /// Who is coming to a gathering (by the id `gatherings list` shows),
    /// and once it has begun who came; --came and --absent mark people
    /// (Telegram ids, separated by commas).
    Attendance {
        id: i64,
        #[arg(long, value_delimiter = ',')]
        came: Vec<i64>,
        #[arg(long, value_delimiter = ',')]
        absent: Vec<i64>,
    },
    /// Queue an announcement to an audience; a running bot sends it.
    Broadcast(coordination::BroadcastArgs),
    /// The latest announcements with their figures.
    Broadcasts,
    /// The numbers: people, positions, gatherings, broadcasts, questions.
    Stats,
    /// A CSV file of each programme's figures for a period (columns in
    /// the README): gatherings held and who came, positions, alerts,
    /// announcements.
    Report(report::ReportArgs),
    /// The newest entries of the coordinators' audit log.
    Audit {
        #[arg(long, default_value_t = 100)]
        limit: u32,
    },
    /// Write a consistent copy of the database to FILE (also while the bot runs).
    Backup { file: std::path::PathBuf },
    /// Check the settings, the database and the token; exit code 0 or 1.
    Check,
    /// Try the bot in the terminal: the real bot, sample data, a built-in
    /// Telegram stand-in; no token and no network needed.
    #[cfg(feature = "demo")]
    Demo,
}

/// A refusal of the operator's input, said in words.
fn input(message: impl Into<String>) -> AppError {
    AppError::Input(message.into())
}

/// The store, migrated and brought up to date with the catalogue.
async fn open(config: &Config) -> Result<Store, AppError> {
    let store = Store::open(&config.database_url).await?;
    store.migrate().await?;
    store.adopt_catalogue(&config.catalogue).await?;
    Ok(store)
}

/// The actions on the migrated store, on the system clock.
async fn services(config: &Config) -> Result<Services, AppError> {
    Ok(Services::new(config, open(config).await?, Arc::new(I18n::load()?), Arc::new(SystemClock)))
}

/// An organisation's name for the operator ("every organisation" for none).
fn organisation_words(config: &Config, id: Option<&str>) -> String {
    match id.and_then(|id| config.organisations.get(id)) {
        Some(organisation) => organisation.name.en.clone(),
        None => "every organisation".to_owned(),
    }
}

/// The line a list prints when it is empty: "No positions." for every
/// organisation, "No positions for Bærum kommune." for one.
fn print_none(config: &Config, organisation: Option<&str>, what: &str) {
    match organisation.and_then(|id| config.organisations.get(id)) {
        Some(organisation) => println!("No {what} for {}.", organisation.name.en),
        None => println!("No {what}."),
    }
}

/// An action's failure as the CLI reports it: a refusal in words.
impl From<ActionError> for AppError {
    fn from(error: ActionError) -> AppError {
        match error {
            ActionError::Refused(refusal) => AppError::Input(words::refusal(&refusal)),
            ActionError::Store(error) => AppError::Store(error),
        }
    }
}

impl Cli {
    /// Whether this is `traineebot demo` (which keeps the terminal for the chat).
    pub fn is_demo(&self) -> bool {
        #[cfg(feature = "demo")]
        if matches!(self.command, Command::Demo) {
            return true;
        }
        false
    }
}

/// The command line as an actor: an operator, for `--organisation` only if given.
fn actor(config: &Config, organisation: Option<String>) -> Result<Actor, AppError> {
    match organisation {
        None => Ok(Actor::cli(Scope::Everything)),
        Some(id) if config.organisations.get(&id).is_some() => Ok(Actor::cli(Scope::Organisation(id))),
        Some(id) => {
            let known: Vec<&str> = config.organisations.all().iter().map(|o| o.id.as_str()).collect();
            Err(input(format!("unknown organisation {id:?}; known: {}", known.join(", "))))
        }
    }
}

/// Runs the parsed command. Exit codes: 0 done, 1 failed while running,
/// 2 bad settings, 3 a damaged database.
pub async fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Check => return operations::check(Config::from_env()).await,
        #[cfg(feature = "demo")]
        Command::Demo => return crate::demo::run().await,
        _ => {}
    }
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => return fail(&error.into()),
    };
    let actor = match actor(&config, cli.organisation) {
        Ok(actor) => actor,
        Err(error) => return fail(&error),
    };
    let outcome = match cli.command {
        Command::Run => match Application::build(&config).await {
            Ok(application) => app::run_until_signal(application).await,
            Err(error) => Err(error),
        },
        Command::Migrate => migrate(&config).await,
        Command::Positions(command) => positions::run(&config, &actor, command).await,
        Command::Invite(args) => trainees::invite(&config, &actor, args).await,
        Command::Members => trainees::members(&config, &actor).await,
        Command::Link { trainee, mentor } => trainees::link(&config, &actor, trainee, mentor).await,
        Command::Roles(command) => roles::run(&config, &actor, command).await,
        Command::Gatherings(command) => trainees::gatherings(&config, &actor, command).await,
        Command::Attendance { id, came, absent } => {
            trainees::attendance(&config, &actor, id, (&came, &absent)).await
        }
        Command::Broadcast(args) => coordination::broadcast(&config, &actor, args).await,
        Command::Broadcasts => coordination::broadcasts(&config, &actor).await,
        Command::Stats => coordination::stats(&config, &actor).await,
        Command::Report(args) => report::report(&config, &actor, args).await,
        Command::Audit { limit } => coordination::audit(&config, &actor, limit).await,
        Command::Backup { file } => operations::backup(&config, &file).await,
        Command::Check => unreachable!("handled before the settings are read"),
        #[cfg(feature = "demo")]
        Command::Demo => unreachable!("handled before the settings are read"),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&error),
    }
}

async fn migrate(config: &Config) -> Result<(), AppError> {
    let store = open(config).await?;
    store.close().await;
    println!("The database {} is up to date.", config.database_url);
    Ok(())
}

fn fail(error: &AppError) -> ExitCode {
    eprintln!("traineebot: {}", crate::config::redact(&error.to_string()));
    match error {
        AppError::Config(_) => ExitCode::from(2),
        AppError::Damaged { .. } => ExitCode::from(3),
        _ => ExitCode::FAILURE,
    }
}
