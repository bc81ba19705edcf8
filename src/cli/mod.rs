//! The command line: `traineebot run`, `traineebot migrate`, and the
//! coordinators' tasks.

mod coordination;
mod operations;
mod trainees;
mod words;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use std::sync::Arc;

use crate::app::{self, AppError, Application};
use crate::config::Config;
use crate::domain::clock::{Clock, SystemClock};
use crate::i18n::I18n;
use crate::services::{ActionError, Actor, Services};
use crate::store::Store;

/// traineebot: a Telegram bot for Norwegian inclusion-recruitment and trainee
/// programmes. Settings come from the environment (see the README).
#[derive(Debug, Parser)]
#[command(name = "traineebot", version, about)]
pub struct Cli {
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
    Positions(PositionsCommand),
    /// Make a single-use invitation (code and link) for a trainee, mentor or coordinator.
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
    /// Plan, list, change and cancel gatherings.
    #[command(subcommand)]
    Gatherings(trainees::GatheringsCommand),
    /// Who is coming to a gathering (by the id `gatherings list` shows).
    Attendance { id: i64 },
    /// Queue an announcement to an audience; a running bot sends it.
    Broadcast(coordination::BroadcastArgs),
    /// The latest announcements with their figures.
    Broadcasts,
    /// The numbers: people, positions, gatherings, broadcasts, questions.
    Stats,
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

#[derive(Debug, Subcommand)]
enum PositionsCommand {
    /// Import positions from a CSV file (columns in the README). One bad row
    /// refuses the whole file; a known external_id is updated.
    Import {
        /// The CSV file.
        file: std::path::PathBuf,
    },
    /// List every position with its status.
    List,
    /// Close a position, by the id `list` shows.
    Close {
        /// The position's id.
        id: i64,
    },
}

/// A refusal of the operator's input, said in words.
fn input(message: impl Into<String>) -> AppError {
    AppError::Input(message.into())
}

/// The store, migrated.
async fn open(config: &Config) -> Result<Store, AppError> {
    let store = Store::open(&config.database_url).await?;
    store.migrate().await?;
    Ok(store)
}

/// The actions on the migrated store, on the system clock.
async fn services(config: &Config) -> Result<Services, AppError> {
    Ok(Services::new(config, open(config).await?, Arc::new(I18n::load()?), Arc::new(SystemClock)))
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

/// Runs the parsed command. Exit codes: 0 done, 1 failed while running,
/// 2 bad settings.
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
    let outcome = match cli.command {
        Command::Run => match Application::build(&config).await {
            Ok(application) => app::run_until_signal(application).await,
            Err(error) => Err(error),
        },
        Command::Migrate => migrate(&config).await,
        Command::Positions(command) => positions(&config, command).await,
        Command::Invite(args) => trainees::invite(&config, args).await,
        Command::Members => trainees::members(&config).await,
        Command::Link { trainee, mentor } => trainees::link(&config, trainee, mentor).await,
        Command::Gatherings(command) => trainees::gatherings(&config, command).await,
        Command::Attendance { id } => trainees::attendance(&config, id).await,
        Command::Broadcast(args) => coordination::broadcast(&config, args).await,
        Command::Broadcasts => coordination::broadcasts(&config).await,
        Command::Stats => coordination::stats(&config).await,
        Command::Audit { limit } => coordination::audit(&config, limit).await,
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

async fn positions(config: &Config, command: PositionsCommand) -> Result<(), AppError> {
    let services = services(config).await?;
    let outcome = match command {
        PositionsCommand::Import { file } => {
            let bytes = std::fs::read(&file)
                .map_err(|source| input(format!("could not read {}: {source}", file.display())))?;
            let imported = services.import_positions(Actor::Cli, &bytes).await?;
            let summary = &imported.summary;
            println!(
                "Imported {}: {} added, {} updated, {} unchanged; alerts queued for {} people.",
                file.display(),
                summary.added,
                summary.updated,
                summary.unchanged,
                imported.alerts
            );
            Ok(())
        }
        PositionsCommand::List => {
            let today = SystemClock.today_in_oslo();
            for stored in services.store.all_positions().await? {
                let p = &stored.position;
                let status = if stored.closed {
                    "closed"
                } else if stored.is_open(today) {
                    "open"
                } else {
                    "expired"
                };
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    stored.id, status, p.deadline, p.external_id, p.programme, p.title
                );
            }
            Ok(())
        }
        PositionsCommand::Close { id } => {
            services.close_position(Actor::Cli, id).await?;
            println!("Position {id} is closed.");
            Ok(())
        }
    };
    services.store.close().await;
    outcome
}

fn fail(error: &AppError) -> ExitCode {
    eprintln!("traineebot: {error}");
    match error {
        AppError::Config(_) => ExitCode::from(2),
        _ => ExitCode::FAILURE,
    }
}
