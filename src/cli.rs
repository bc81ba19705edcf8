//! The command line: `traineebot run`, `traineebot migrate`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::app::{self, AppError, Application};
use crate::config::Config;
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
}

/// Runs the parsed command. Exit codes: 0 done, 1 failed while running,
/// 2 bad settings.
pub async fn run(cli: Cli) -> ExitCode {
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
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&error),
    }
}

async fn migrate(config: &Config) -> Result<(), AppError> {
    let store = Store::open(&config.database_url).await?;
    store.migrate().await?;
    store.close().await;
    println!("The database {} is up to date.", config.database_url);
    Ok(())
}

fn fail(error: &AppError) -> ExitCode {
    eprintln!("traineebot: {error}");
    match error {
        AppError::Config(_) => ExitCode::from(2),
        _ => ExitCode::FAILURE,
    }
}
