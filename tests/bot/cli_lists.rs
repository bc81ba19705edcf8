//! What the command line prints for people: Oslo time, never UTC, and a
//! line when a list is empty.

use std::process::Command;

use chrono_tz::Europe::Oslo;

use crate::support::CSV_HEADER;

fn run(dir: &std::path::Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_traineebot"))
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("DATABASE_URL")
        .env_remove("TRAINEEBOT_CONFIG")
        .env("RUST_LOG", "warn")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn empty_lists_say_so_and_the_audit_log_is_in_oslo_time() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    assert_eq!(run(dir, &["positions", "list"]), "No positions.\n");
    assert_eq!(
        run(dir, &["--organisation", "baerum-kommune", "positions", "list"]),
        "No positions for Bærum kommune (Bærum municipality).\n"
    );
    assert_eq!(run(dir, &["gatherings", "list"]), "No upcoming gatherings.\n");
    assert_eq!(run(dir, &["audit"]), "No audit entries.\n");

    let row = "A1,oslo-reserved,Rådgiver,Bydel Frogner,Oslo,100,permanent,2099-12-04,https://example.org/a1,";
    std::fs::write(dir.join("one.csv"), format!("{CSV_HEADER}{row}\n")).unwrap();
    let before = chrono::Utc::now().with_timezone(&Oslo).format("%Y-%m-%d %H:%M").to_string();
    run(dir, &["positions", "import", "one.csv"]);
    let after = chrono::Utc::now().with_timezone(&Oslo).format("%Y-%m-%d %H:%M").to_string();
    let audit = run(dir, &["audit"]);
    let at = audit.split('\t').next().unwrap();
    assert!(at == before || at == after, "the audit log says {at:?}, Oslo time is {after}: {audit}");
    assert!(audit.contains("\tcli\t-\timport\tpositions: 1 added"), "{audit}");
}
