//! `traineebot demo`: the real bot with a temporary database of clearly
//! fictional sample data, against the built-in Telegram stand-in on
//! 127.0.0.1, and a chat in the terminal. You type as a person; the bot's
//! messages are printed with their buttons numbered, and typing a number
//! presses a button. `:as applicant|trainee|mentor|coordinator` switches
//! person, `:help` explains, `:quit` (or end of input) stops.

mod sample;
mod terminal;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};

use crate::app::Application;
use crate::config::Config;
use crate::domain::clock::SystemClock;
use crate::domain::reminders::QuietHours;
use crate::standin::FakeBotApi;
use terminal::Terminal;

/// The demo's people: (id, first name, role in words, Telegram language).
pub const PEOPLE: [(i64, &str, &str); 4] = [
    (1001, "Ada", "applicant"),
    (1002, "Tore", "trainee"),
    (1003, "Mona", "mentor"),
    (1004, "Kari", "coordinator"),
];

/// Runs the demo until `:quit` or the end of input.
pub async fn run() -> ExitCode {
    match demo().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("The demo could not run: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn demo() -> Result<(), Box<dyn std::error::Error>> {
    let api = FakeBotApi::start().await?;
    let dir = tempfile::tempdir()?;
    let database = format!("sqlite://{}", dir.path().join("demo.db").display());
    let mut config = Config::local(&api.url(), &database)?;
    config.coordinator_ids = vec![PEOPLE[3].0];
    // The demo may run at night: nothing waits for the morning.
    config.quiet_hours = QuietHours::parse("00:00-00:00").ok_or("quiet hours")?;
    let app = Application::build_with_clock(&config, Arc::new(SystemClock)).await?;
    let app = app.with_poll_timeout(Duration::from_secs(1));
    sample::fill(app.store(), &config).await?;
    let shutdown = app.shutdown_token();
    let mut running = tokio::spawn(app.run());

    let mut terminal = Terminal::new(&api);
    terminal.welcome();
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    terminal.prompt();
    while let Some(line) = lines.next_line().await? {
        if !terminal.handle(line.trim()).await {
            break;
        }
        terminal.prompt();
    }
    println!();
    println!("Goodbye. The demo database is deleted.");
    crate::app::stop(&shutdown, &mut running).await??;
    Ok(())
}
