//! `traineebot positions sync` and `check` with a feed stand-in.

use std::process::{Command, Output};

use traineebot::config::{LOCAL_FEED_TOKEN, SHIPPED_SETTINGS};
use traineebot::standin::feed::FakeFeed;

fn traineebot(dir: &std::path::Path, settings: Option<&str>, token: Option<&str>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_traineebot"));
    command.env_remove("TELOXIDE_TOKEN").env_remove("TELOXIDE_API_URL").env_remove("DATABASE_URL");
    command.env_remove("COORDINATOR_IDS").env_remove("NAV_FEED_TOKEN").env("RUST_LOG", "warn");
    if let Some(settings) = settings {
        command.env("TRAINEEBOT_CONFIG", settings);
    }
    if let Some(token) = token {
        command.env("NAV_FEED_TOKEN", token);
    }
    command.args(args).current_dir(dir).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn positions_sync_reads_the_feed_once_and_check_reports_a_failed_pass() {
    let feed = FakeFeed::start(10).await.unwrap();
    let ad = serde_json::json!({
        "title": "Rådgiver", "description": "<p>Rekrutteringsordning</p>", "applicationDue": "2099-12-04",
        "workLocations": [{ "city": "Oslo", "municipal": "OSLO" }], "employer": { "name": "Bydel Frogner" },
        "engagementtype": "Fast", "extent": "Deltid"
    });
    feed.publish("ad-1", "OSLO", ad, "2026-12-01T10:00:00");
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.toml");
    std::fs::write(
        &settings,
        format!(
            "{SHIPPED_SETTINGS}\n[feed]\nurl = \"{}\"\n\n[[feed.rule]]\nprogramme = \"oslo-reserved\"\n\
             words = [\"Rekrutteringsordning\"]\n",
            feed.url()
        ),
    )
    .unwrap();
    let settings = settings.to_str().unwrap();
    let dir = dir.path();

    let output = traineebot(dir, Some(settings), None, &["positions", "sync"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("has [feed] but NAV_FEED_TOKEN is not set"), "{output:?}");
    let output = traineebot(dir, None, Some(LOCAL_FEED_TOKEN), &["positions", "sync"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("has no [feed] section"), "{output:?}");
    let output = traineebot(
        dir,
        Some(settings),
        Some(LOCAL_FEED_TOKEN),
        &["--organisation", "oslo-kommune", "positions", "sync"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("run it without --organisation"), "{output:?}");
    assert!(feed.requests().is_empty(), "nothing refused reached the feed");

    let output = traineebot(dir, Some(settings), Some(LOCAL_FEED_TOKEN), &["positions", "sync"]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        text(&output.stdout),
        "Feed read: items 1, pages 1; positions added 1, updated 0, closed 0; ads refused 0 (see the log); \
         people alerted 0.\n"
    );
    let list = text(&traineebot(dir, Some(settings), Some(LOCAL_FEED_TOKEN), &["positions", "list"]).stdout);
    assert!(list.contains("open\t2099-12-04\tad-1\toslo-reserved\tRådgiver"), "{list}");
    let check = text(&traineebot(dir, Some(settings), Some(LOCAL_FEED_TOKEN), &["check"]).stdout);
    assert!(check.contains("ok   feed: last read to its end at "), "{check}");
    assert!(
        check.contains("in all: ads read 1, positions added 1, updated 0, closed 0, ads refused 0"),
        "{check}"
    );

    let output = traineebot(dir, Some(settings), Some("wrong"), &["positions", "sync"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("the feed refused the token (HTTP 401); check NAV_FEED_TOKEN"), "{stderr}");
    assert!(!stderr.contains("wrong"), "the token is not shown: {stderr}");
    let check = text(&traineebot(dir, Some(settings), Some(LOCAL_FEED_TOKEN), &["check"]).stdout);
    assert!(check.contains("FAIL feed: the last pass failed at "), "{check}");
    assert!(check.contains("(token: the feed refused NAV_FEED_TOKEN)"), "{check}");
}
