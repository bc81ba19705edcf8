//! The binary as an operator runs it: exit codes, migrate, and a clean stop
//! on SIGTERM.

use std::process::{Command, Stdio};
use std::time::Duration;

use traineebot::standin::FakeBotApi;

fn traineebot() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_traineebot"));
    command
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("TELOXIDE_API_URL")
        .env_remove("DATABASE_URL");
    command
        .env_remove("COORDINATOR_IDS")
        .env("RUST_LOG", "warn");
    command
}

#[test]
fn a_missing_token_is_a_clear_error_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let output = traineebot()
        .arg("run")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("TELOXIDE_TOKEN is not set"), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn bad_coordinator_ids_are_refused_with_exit_code_2() {
    let output = traineebot()
        .arg("migrate")
        .env("COORDINATOR_IDS", "12,abc")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("\"abc\" is not one"));
}

#[test]
fn migrate_creates_the_database_in_the_working_directory() {
    let dir = tempfile::tempdir().unwrap();
    let output = traineebot()
        .arg("migrate")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(dir.path().join("traineebot.db").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_stops_the_bot_cleanly() {
    let api = FakeBotApi::start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut child = traineebot()
        .arg("run")
        .env("TELOXIDE_TOKEN", "123:TEST")
        .env("TELOXIDE_API_URL", api.url().as_str())
        .current_dir(dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while !api.calls().iter().any(|c| c.method == "getMe") {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the bot did not start"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let killed = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(killed.success());
    let status = tokio::task::spawn_blocking(move || child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success(), "exit status {status:?}");
    assert!(dir.path().join("traineebot.db").exists());
}
