//! The local demo, driven the way a person would: lines typed into its
//! terminal, and what it prints.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `traineebot demo` with `input` typed in; returns what it printed.
fn demo(input: &str) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_traineebot"))
        .arg("demo")
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("TELOXIDE_API_URL")
        .env_remove("DATABASE_URL")
        .env_remove("COORDINATOR_IDS")
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    (output.status.code(), String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn an_applicant_a_trainee_a_mentor_and_a_coordinator_try_the_bot_in_the_terminal() {
    let (code, out) = demo(
        "/start\n2\n:as trainee\n/mentor\nHei Mona, kan vi snakke i morgen?\n:as mentor\n/trainees\n\
         :as coordinator\n/stats\n9\n:as nobody\n:quit\n",
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(out.starts_with("traineebot demo: the real bot"), "{out}");
    // The greeting with numbered buttons; pressing 2 opens the open positions.
    assert!(out.contains("bot: Hei! Jeg hjelper deg med jobb- og traineeordninger"), "{out}");
    assert!(out.contains("  [2] Ledige stillinger\n"), "{out}");
    assert!(out.contains("Konsulent (eksempel)"), "the fictional sample positions: {out}");
    // The trainee writes to the mentor; the copy reaches Mona.
    assert!(out.contains("You are now Tore (trainee)."));
    assert!(out.contains("bot: Mentoren din er Mona."), "{out}");
    assert!(out.contains("bot: Sendt til Mona."), "{out}");
    assert!(out.contains("bot: (to Mona, mentor) Melding fra traineen din Tore (Demokull 2027)."), "{out}");
    assert!(out.contains("[a copy of Tore's message]"), "{out}");
    assert!(out.contains("[Mona, mentor] > "));
    assert!(out.contains("  [1] Tore (Demokull 2027)"), "{out}");
    // The coordinator's numbers, a number with no button, a person who does not exist.
    assert!(out.contains("bot: Tallene nå:") || out.contains("bot: Tall nå:"), "{out}");
    assert!(out.contains("There is no button 9."));
    assert!(out.contains("No such person."));
    assert!(out.trim_end().ends_with("Goodbye. The demo database is deleted."), "{out}");
}

#[test]
fn the_end_of_input_stops_the_demo_cleanly() {
    let (code, out) = demo("/help\n");
    assert_eq!(code, Some(0));
    assert!(out.contains("bot: Dette kan jeg hjelpe med:"), "{out}");
}

#[test]
fn quitting_right_after_the_first_answer_always_ends_the_demo() {
    // It hung about once in ten runs: teloxide's "shut down" future could
    // miss the dispatcher's "stopped". Each run must end within 10 s.
    for run in 0..10 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_traineebot"))
            .arg("demo")
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("TELOXIDE_API_URL")
            .env_remove("DATABASE_URL")
            .env_remove("RUST_LOG")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(b"/start\n:quit\n").unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break Some(status);
            }
            if std::time::Instant::now() > deadline {
                child.kill().unwrap();
                break None;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        assert_eq!(status.and_then(|s| s.code()), Some(0), "run {run} did not end");
    }
}

#[test]
fn the_demo_switches_to_easy_read_with_the_greetings_button() {
    let (code, out) = demo("/start\n6\n2\n:quit\n");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("  [6] Lettlest\n"), "{out}");
    assert!(
        out.contains("bot: (edited) Nå skriver jeg lettlest.\n     Jeg bruker korte setninger."),
        "{out}"
    );
    assert!(out.contains("Jeg hjelper deg å finne en jobb."), "{out}");
    assert!(out.contains("  [6] Vanlig tekst\n"), "{out}");
    assert!(out.contains("bot: Her er 3 ledige jobber.\n     Trykk på en jobb for å lese mer."), "{out}");
    assert!(out.contains("  [5] Gi meg beskjed om nye jobber\n"), "{out}");
}
