//! The binary as an operator runs it: exit codes, migrate, and a clean stop
//! on SIGTERM.

use std::process::{Command, Stdio};
use std::time::Duration;

use traineebot::standin::FakeBotApi;

use crate::support::CSV_HEADER;

fn traineebot() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_traineebot"));
    command.env_remove("TELOXIDE_TOKEN").env_remove("TELOXIDE_API_URL").env_remove("DATABASE_URL");
    command.env_remove("COORDINATOR_IDS").env("RUST_LOG", "warn");
    command
}

#[test]
fn a_missing_token_is_a_clear_error_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let output = traineebot().arg("run").current_dir(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("TELOXIDE_TOKEN is not set"), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn bad_coordinator_ids_are_refused_with_exit_code_2() {
    let output = traineebot().arg("migrate").env("COORDINATOR_IDS", "12,abc").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("\"abc\" is not one"));
}

#[test]
fn migrate_creates_the_database_in_the_working_directory() {
    let dir = tempfile::tempdir().unwrap();
    let output = traineebot().arg("migrate").current_dir(dir.path()).output().unwrap();
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
        assert!(tokio::time::Instant::now() < deadline, "the bot did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let killed = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status().unwrap();
    assert!(killed.success());
    let status = tokio::task::spawn_blocking(move || child.wait()).await.unwrap().unwrap();
    assert!(status.success(), "exit status {status:?}");
    assert!(dir.path().join("traineebot.db").exists());
}

fn positions_command(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    traineebot().arg("positions").args(args).current_dir(dir).output().unwrap()
}

#[test]
fn positions_import_refuses_a_file_with_a_bad_row_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("positions.csv");
    std::fs::write(
        &file,
        format!("{CSV_HEADER}A1,oslo-reserved,Rådgiver,Bydel Frogner,Oslo,100,permanent,2099-12-04,https://example.org/a1,\nA2,oslo-reserved,,Bydel,Oslo,100,permanent,4. desember,https://example.org/a2,\n"),
    )
    .unwrap();
    let output = positions_command(dir.path(), &["import", "positions.csv"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert!(stderr.contains("line 3, title: missing"), "{stderr}");
    assert!(stderr.contains("line 3, deadline: not a date (YYYY-MM-DD)"), "{stderr}");
    let list = positions_command(dir.path(), &["list"]);
    assert!(list.status.success());
    assert_eq!(String::from_utf8_lossy(&list.stdout), "", "nothing was written");
}

#[test]
fn positions_import_adds_updates_and_list_and_close_show_it() {
    let dir = tempfile::tempdir().unwrap();
    let row = "A1,oslo-reserved,Rådgiver,Bydel Frogner,Oslo,100,permanent,2099-12-04,https://example.org/a1,";
    std::fs::write(dir.path().join("one.csv"), format!("{CSV_HEADER}{row}\n")).unwrap();
    let stdout = |o: std::process::Output| {
        assert!(o.status.success(), "{o:?}");
        String::from_utf8(o.stdout).unwrap()
    };
    assert_eq!(
        stdout(positions_command(dir.path(), &["import", "one.csv"])),
        "Imported one.csv: 1 added, 0 updated, 0 unchanged; alerts queued for 0 people.\n"
    );
    assert_eq!(
        stdout(positions_command(dir.path(), &["import", "one.csv"])),
        "Imported one.csv: 0 added, 0 updated, 1 unchanged; alerts queued for 0 people.\n"
    );
    std::fs::write(
        dir.path().join("one.csv"),
        format!("{CSV_HEADER}{}\n", row.replace("Rådgiver", "Seniorrådgiver")),
    )
    .unwrap();
    assert_eq!(
        stdout(positions_command(dir.path(), &["import", "one.csv"])),
        "Imported one.csv: 0 added, 1 updated, 0 unchanged; alerts queued for 0 people.\n"
    );
    assert_eq!(
        stdout(positions_command(dir.path(), &["list"])),
        "1\topen\t2099-12-04\tA1\toslo-reserved\tSeniorrådgiver\n"
    );
    assert_eq!(stdout(positions_command(dir.path(), &["close", "1"])), "Position 1 is closed.\n");
    assert!(stdout(positions_command(dir.path(), &["list"])).starts_with("1\tclosed\t"));
    let missing = positions_command(dir.path(), &["close", "9"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("there is no position with id 9"));
}
