//! The traineebot binary: parse the command line, set up logging, hand over.

use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = traineebot::cli::Cli::parse();
    // The demo talks in the terminal: only warnings, unless RUST_LOG says otherwise.
    let default = if cli.is_demo() { "warn" } else { "info" };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    // Log lines never hold the token, whatever an error carries.
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(|| traineebot::config::RedactingStderr)
        .init();
    traineebot::cli::run(cli).await
}
