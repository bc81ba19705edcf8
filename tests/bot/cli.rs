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
    assert_eq!(String::from_utf8_lossy(&list.stdout), "No positions.\n", "nothing was written");
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
        "Imported one.csv for every organisation: 1 added, 0 updated, 0 unchanged; alerts queued for 0 people.\n"
    );
    assert_eq!(
        stdout(positions_command(dir.path(), &["import", "one.csv"])),
        "Imported one.csv for every organisation: 0 added, 0 updated, 1 unchanged; alerts queued for 0 people.\n"
    );
    std::fs::write(
        dir.path().join("one.csv"),
        format!("{CSV_HEADER}{}\n", row.replace("Rådgiver", "Seniorrådgiver")),
    )
    .unwrap();
    assert_eq!(
        stdout(positions_command(dir.path(), &["import", "one.csv"])),
        "Imported one.csv for every organisation: 0 added, 1 updated, 0 unchanged; alerts queued for 0 people.\n"
    );
    assert_eq!(
        stdout(positions_command(dir.path(), &["list"])),
        "1\topen\t2099-12-04\tA1\toslo-reserved\tSeniorrådgiver\n"
    );
    assert_eq!(
        stdout(positions_command(dir.path(), &["close", "1"])),
        "Position 1 of Oslo kommune (the City of Oslo) is closed.\n"
    );
    assert!(stdout(positions_command(dir.path(), &["list"])).starts_with("1\tclosed\t"));
    let missing = positions_command(dir.path(), &["close", "9"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("there is no position with id 9"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invite_gatherings_and_attendance_from_the_command_line() {
    let api = FakeBotApi::start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let output = traineebot()
            .args(args)
            .env("TELOXIDE_TOKEN", "123:TEST")
            .env("TELOXIDE_API_URL", api.url().as_str())
            .current_dir(dir.path())
            .output()
            .unwrap();
        let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
        (output.status.code(), text(&output.stdout), text(&output.stderr))
    };
    let (code, stdout, _) =
        run(&["invite", "--role", "trainee", "--programme", "oslo-reserved", "--cohort", "Kull 2099"]);
    assert_eq!(code, Some(0));
    let invitation = stdout.lines().next().unwrap().trim_start_matches("Invitation code: ").to_owned();
    assert!(
        stdout.contains(&format!("Link: https://t.me/traineebot_standin_bot?start={invitation}")),
        "{stdout}"
    );
    assert!(stdout.contains("Cohort: Kull 2099 (new: made when the invitation is first used)\n"), "{stdout}");
    let (code, _, stderr) = run(&[
        "gatherings",
        "add",
        "--programme",
        "oslo-reserved",
        "--cohort",
        "Kull 2098",
        "--start",
        "2099-01-06 17:00",
        "--place",
        "Rådhuset",
        "--topic",
        "Samling",
    ]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("no cohort \"Kull 2098\" in oslo-reserved (and no unused invitation to it)"),
        "{stderr}"
    );

    let (code, _, stderr) = run(&["invite", "--role", "trainee", "--programme", "oslo-reserved"]);
    assert_eq!((code, stderr.contains("a trainee invitation needs --cohort")), (Some(1), true), "{stderr}");
    let (code, _, stderr) = run(&["invite", "--role", "boss", "--programme", "oslo-reserved"]);
    assert_eq!((code, stderr.contains("--role must be trainee, mentor or coordinator")), (Some(1), true));

    let add = |start: &str, months: &str| {
        run(&[
            "gatherings",
            "add",
            "--programme",
            "oslo-reserved",
            "--cohort",
            "Kull 2099",
            "--start",
            start,
            "--place",
            "Rådhuset",
            "--topic",
            "Samling",
            "--months",
            months,
        ])
    };
    let (code, stdout, _) = add("2099-01-06 17:00", "3");
    assert_eq!((code, stdout.as_str()), (Some(0), "Added 3 gathering(s): 1, 2, 3\n"));
    let (code, _, stderr) = add("2099-03-29 02:30", "1");
    assert_eq!(code, Some(1));
    assert!(stderr.contains("2099-03-29 02:30:00 does not exist in Norway"), "{stderr}");
    let (_, stdout, _) = run(&["gatherings", "list"]);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "1\t2099-01-06 17:00\t120 min\toslo-reserved\tcohort\tSamling");
    assert_eq!(lines[2], "3\t2099-03-03 17:00\t120 min\toslo-reserved\tcohort\tSamling");

    let (code, stdout, _) = run(&["gatherings", "change", "2", "--start", "2099-02-04 18:00"]);
    assert_eq!(
        (code, stdout.as_str()),
        (Some(0), "Gathering 2 of Oslo kommune (the City of Oslo) changed; 0 people will be told.\n")
    );
    let (code, _, _) = run(&["gatherings", "change", "2", "--topic", "Jobbsøking"]);
    assert_eq!(code, Some(0));
    let (code, _, stderr) = run(&["gatherings", "change", "2"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("give --start, --place, --topic or --agenda"), "{stderr}");
    let (_, stdout, _) = run(&["attendance", "2"]);
    assert_eq!(stdout, "Jobbsøking (2099-02-04 18:00)\nNobody is invited to it.\n");
    let (code, stdout, _) = run(&["gatherings", "cancel", "2"]);
    assert_eq!(
        (code, stdout.as_str()),
        (Some(0), "Gathering 2 of Oslo kommune (the City of Oslo) cancelled; 0 people will be told.\n")
    );
    let (code, _, stderr) = run(&["gatherings", "cancel", "2"]);
    assert_eq!((code, stderr.contains("there is no gathering 2 that is not cancelled")), (Some(1), true));

    assert_eq!(run(&["members"]).1, "Nobody has joined with an invitation yet.\n");
    let (code, _, stderr) = run(&["link", "--trainee", "11", "--mentor", "12"]);
    assert_eq!((code, stderr.contains("11 is not a trainee")), (Some(1), true), "{stderr}");
}

#[tokio::test]
async fn members_and_link_from_the_command_line_see_who_joined_in_the_bot() {
    let app = crate::support::TestApp::spawn().await;
    let code =
        app.invitation(traineebot::domain::members::Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    app.person_named(21, Some("nb"), "Ola").joins(&code).await;
    let code = app.invitation(traineebot::domain::members::Role::Mentor, "oslo-reserved", None).await;
    app.person_named(22, Some("nb"), "Mona").joins(&code).await;
    let database = app.database_url();
    let run = |args: &[&str]| traineebot().args(args).env("DATABASE_URL", &database).output().unwrap();
    let linked = run(&["link", "--trainee", "21", "--mentor", "22"]);
    assert_eq!(
        String::from_utf8_lossy(&linked.stdout),
        "Trainee 21 of Oslo kommune (the City of Oslo) now has mentor 22.\n"
    );
    let members = String::from_utf8(run(&["members"]).stdout).unwrap();
    assert_eq!(
        members,
        "22\tMona\tmentor\toslo-kommune\toslo-reserved\t-\tmentor -\n\
         21\tOla\ttrainee\toslo-kommune\toslo-reserved\tKull 2027\tmentor 22\n"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_copies_the_database_while_the_bot_runs() {
    let app = crate::support::TestApp::spawn().await;
    app.person(31, Some("nb")).says("/start").await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kopi.db");
    let run =
        |args: &[&str]| traineebot().args(args).env("DATABASE_URL", app.database_url()).output().unwrap();
    let output = run(&["backup", file.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
    assert!(
        String::from_utf8_lossy(&output.stdout).starts_with(&format!("Backup written to {}", file.display()))
    );
    let copy = traineebot::store::Store::open(&format!("sqlite://{}", file.display())).await.unwrap();
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(copy.pool()).await.unwrap();
    assert_eq!(users, 1);
    let again = run(&["backup", file.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_reports_settings_database_and_token() {
    let api = FakeBotApi::start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let check = |token: Option<&str>, ids: &str| {
        let mut command = traineebot();
        command.arg("check").current_dir(dir.path()).env("TELOXIDE_API_URL", api.url().as_str());
        command.env("COORDINATOR_IDS", ids);
        if let Some(token) = token {
            command.env("TELOXIDE_TOKEN", token);
        }
        let output = command.output().unwrap();
        (output.status.code(), String::from_utf8_lossy(&output.stdout).into_owned())
    };
    traineebot().arg("migrate").current_dir(dir.path()).output().unwrap();
    let (code, out) = check(Some("123:TEST"), "5");
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains(
            "ok   settings: 4 programmes of 3 organisations (oslo-kommune, staten, baerum-kommune), 1 operator id(s)"
        ),
        "{out}"
    );
    assert!(out.contains("ok   database sqlite://traineebot.db: integrity ok"), "{out}");
    assert!(out.contains("ok   database: every migration applied"), "{out}");
    assert!(out.contains("ok   telegram: the token belongs to @traineebot_standin_bot"), "{out}");
    assert!(out.ends_with("Everything is in order.\n"));
    let (code, out) = check(None, "5");
    assert_eq!(code, Some(1));
    assert!(out.contains("FAIL telegram: TELOXIDE_TOKEN is not set"), "{out}");
    let (code, out) = check(Some("123:TEST"), "x");
    assert_eq!(code, Some(1));
    assert!(out.contains("FAIL settings: COORDINATOR_IDS must be Telegram user ids"), "{out}");
}

#[tokio::test]
async fn run_refuses_a_damaged_database_before_writing_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("traineebot.db");
    let url = format!("sqlite://{}", path.display());
    let store = traineebot::store::Store::open(&url).await.unwrap();
    store.migrate().await.unwrap();
    // Enough positions to fill pages that no migration reads again.
    for i in 0..400 {
        sqlx::query(
            "INSERT INTO positions (external_id, programme, title, employer, place, extent_percent, employment,
                 deadline, url, description, created_at, updated_at)
             VALUES (?, 'oslo-reserved', 'Rådgiver', 'Oslo kommune', 'Oslo', 100, 'permanent', '2099-01-01',
                 'https://example.org', ?, '2027-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')",
        )
        .bind(format!("X{i}"))
        .bind("beskrivelse ".repeat(20))
        .execute(store.pool())
        .await
        .unwrap();
    }
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(store.pool()).await.unwrap();
    store.close().await;
    // Scribble over a page in the middle of the positions table.
    let mut bytes = std::fs::read(&path).unwrap();
    let page = bytes.len() / 4096 - 3;
    bytes[page * 4096..page * 4096 + 4096].iter_mut().enumerate().for_each(|(i, b)| *b = (i * 7) as u8);
    std::fs::write(&path, &bytes).unwrap();
    let before = std::fs::read(&path).unwrap();
    let output = traineebot()
        .arg("run")
        .env("DATABASE_URL", &url)
        .env("TELOXIDE_TOKEN", "123:TEST")
        .env("TELOXIDE_API_URL", "http://127.0.0.1:9")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("is damaged (SQLite's quick_check:"), "{stderr}");
    assert!(stderr.contains("restore the latest backup"), "{stderr}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing was written to the damaged file");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_bot_on_the_same_database_is_refused() {
    let app = crate::support::TestApp::spawn().await;
    app.person(41, Some("nb")).says("/start").await;
    let output = traineebot()
        .arg("run")
        .env("DATABASE_URL", app.database_url())
        .env("TELOXIDE_TOKEN", "123:TEST")
        .env("TELOXIDE_API_URL", app.api.url().as_str())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("another traineebot is already running on"), "{stderr}");
    // The first bot goes on answering.
    assert!(app.person(42, Some("nb")).says("/start").await.text.starts_with("Hei!"));
}

/// A server on 127.0.0.1 that answers every request with an HTML 404
/// echoing the request line, token and all, as a misconfigured proxy would.
fn echoing_server() -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(200) {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 8192];
            let read = stream.read(&mut buf).unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..read]);
            let line = request.lines().next().unwrap_or_default().to_owned();
            let body = format!("<html><body><pre>Cannot {line}</pre></body></html>");
            let answer = format!(
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(answer.as_bytes());
        }
    });
    url
}

#[test]
fn the_token_never_leaves_the_process_even_when_an_error_echoes_it() {
    const TOKEN: &str = "4242:SECRETSECRETSECRET";
    let api = echoing_server();
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("t.db").display());
    let with_token = |args: &[&str]| {
        let mut command = traineebot();
        command.args(args).env("TELOXIDE_TOKEN", TOKEN).env("TELOXIDE_API_URL", &api);
        command.env("DATABASE_URL", &database).env("RUST_LOG", "info");
        command
    };
    let check = with_token(&["check"]).output().unwrap();
    let invite =
        with_token(&["invite", "--role", "mentor", "--programme", "oslo-reserved"]).output().unwrap();
    let mut run = with_token(&["run"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_secs(3));
    run.kill().unwrap();
    let run = run.wait_with_output().unwrap();
    for (name, output) in [("check", &check), ("invite", &invite), ("run", &run)] {
        let all =
            format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(!all.contains("SECRETSECRETSECRET"), "{name} printed the token:\n{all}");
        // The error itself is still told, with the token blanked out.
        assert!(all.contains("/bot***/"), "{name} did not show the error:\n{all}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreadable_update_is_skipped_with_a_log_line_that_holds_no_text() {
    let api = FakeBotApi::start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut run = traineebot()
        .arg("run")
        .current_dir(dir.path())
        .env("TELOXIDE_TOKEN", "123:TEST")
        .env("TELOXIDE_API_URL", api.url().as_str())
        .env("RUST_LOG", "info")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    api.push_update(serde_json::json!({ "message": {
        "message_id": "not a number", "date": 1_700_000_000,
        "chat": { "id": 5501, "type": "private", "first_name": "Ola" },
        "from": { "id": 5501, "is_bot": false, "first_name": "Ola" },
        "text": "hemmelig helseopplysning",
    }}));
    api.push_update(serde_json::json!({ "message": {
        "message_id": 2, "date": 1_700_000_000,
        "chat": { "id": 5502, "type": "private", "first_name": "Kari" },
        "from": { "id": 5502, "is_bot": false, "first_name": "Kari", "language_code": "nb" },
        "text": "/start", "entities": [{ "type": "bot_command", "offset": 0, "length": 6 }],
    }}));
    // Polling goes on: the next person is answered.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !api.calls().iter().any(|c| c.method == "sendMessage" && c.params["chat_id"] == 5502) {
        assert!(std::time::Instant::now() < deadline, "polling stopped after the unreadable update");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    run.kill().unwrap();
    let stderr = String::from_utf8_lossy(&run.wait_with_output().unwrap().stderr).into_owned();
    assert!(stderr.contains("an update could not be read and was skipped"), "{stderr}");
    assert!(!stderr.contains("hemmelig"), "{stderr}");
}
