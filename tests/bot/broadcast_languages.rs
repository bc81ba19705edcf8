//! A broadcast in several languages: Bokmål always, Nynorsk and English
//! where the coordinator gives them; each recipient gets the language they
//! chose, else Bokmål, and the figures are told per language.

use std::time::Duration;

use traineebot::domain::Lang;

use crate::gatherings::oslo;
use crate::support::{Person, Sent, TestApp};

const COORDINATOR: i64 = 6100;
const ENGLISH: i64 = 6101;
const NYNORSK: i64 = 6102;
const UNCHOSEN: i64 = 6103;

/// Three applicants who started the bot: one chose English, one Nynorsk,
/// one never chose.
async fn applicants(app: &TestApp) {
    for (id, chosen) in [(ENGLISH, Some(Lang::En)), (NYNORSK, Some(Lang::Nn)), (UNCHOSEN, None)] {
        app.person(id, Some("nb")).says("/start").await;
        if let Some(lang) = chosen {
            app.store.set_language(id, lang).await.unwrap();
        }
    }
}

/// Sends `text` as the message asked for; returns the new control message
/// after checking the preview.
async fn give(boss: &Person<'_>, text: &str) -> Sent {
    boss.send(text);
    assert_eq!(boss.reply().await.text, text, "the preview is the message itself");
    boss.reply().await
}

/// Who got `text`, and how often.
fn got(app: &TestApp, chat: i64, text: &str) -> usize {
    app.api
        .calls()
        .iter()
        .filter(|c| c.method == "sendMessage" && c.result.is_some())
        .filter(|c| c.params["chat_id"] == chat && c.params["text"] == text)
        .count()
}

#[tokio::test(flavor = "multi_thread")]
async fn each_recipient_gets_their_language_and_the_figures_are_per_language() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-05 12:00"));
    applicants(&app).await;
    let boss = app.person(COORDINATOR, Some("en"));
    let audiences = boss.says("/broadcast").await;
    boss.press(&audiences, "Everyone who has started the bot").await;
    assert_eq!(
        boss.reply().await.text,
        "Send the message in Bokmål now: a text, or a photo or a file with a caption. It goes to 4 people. \
         Then you can add it in Nynorsk and English for those who chose them."
    );
    let control = give(&boss, "Kontoret er stengt fredag.").await;
    assert!(
        control.text.contains(
            "\nLanguages: Bokmål to 4 people.\nChose a language with no version yet: Nynorsk (one person), \
             English (one person). They get the Bokmål one.\n"
        ),
        "{}",
        control.text
    );
    boss.press(&control, "Add the message in English").await;
    assert_eq!(
        boss.reply().await.text,
        "Send the message in English now: a text, or a photo or a file with a caption. Those who chose \
         English get it instead of the Bokmål one."
    );
    let control = give(&boss, "The office is closed on Friday.").await;
    assert!(
        control.text.contains(
            "\nLanguages: Bokmål to 3 people, English to one person.\nChose a language with no version yet: \
             Nynorsk (one person). They get the Bokmål one.\n"
        ),
        "{}",
        control.text
    );
    assert_eq!(
        control.labels(),
        [
            "Send to 4 people now",
            "Add the message in Nynorsk",
            "Change the message in English",
            "Send a test to me",
            "Send later",
            "Urgent: also send at night",
            "Cancel"
        ]
    );
    // Bokmål is never a translation: a forged button for it is not one.
    assert_eq!(
        boss.press_data(&control, "1b|v|nb").await.as_deref(),
        Some("This button no longer works. Type /start to begin again.")
    );

    boss.press(&control, "Add the message in Nynorsk").await;
    boss.reply().await;
    // A Nynorsk text that is too long is refused; the next one is taken.
    boss.send(&"x".repeat(4097));
    assert!(boss.reply().await.text.starts_with("The message is too long"));
    let control = give(&boss, "Kontoret er stengt fredag (nynorsk).").await;
    assert!(
        control
            .text
            .contains("\nLanguages: Bokmål to 2 people, Nynorsk to one person, English to one person.\n"),
        "{}",
        control.text
    );
    assert!(!control.text.contains("no version yet"), "{}", control.text);
    assert_eq!(
        boss.press(&control, "Send a test to me").await.as_deref(),
        Some("The test was sent to you, once in each language (3 messages).")
    );

    boss.press(&control, "Send to 4 people now").await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(40);
    let done = loop {
        let text = app
            .api
            .message(COORDINATOR, control.message_id)
            .and_then(|m| m["text"].as_str().map(str::to_owned));
        if let Some(text) = text.filter(|t| t.contains("is done")) {
            break text;
        }
        assert!(tokio::time::Instant::now() < deadline, "not done");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(
        done,
        "Announcement number 1 is done.\nSent: 4. Did not get through: 0.\nIn Bokmål: 2 of 2 sent.\n\
         In Nynorsk: 1 of 1 sent.\nIn English: 1 of 1 sent."
    );
    assert_eq!(got(&app, ENGLISH, "The office is closed on Friday."), 1);
    assert_eq!(got(&app, ENGLISH, "Kontoret er stengt fredag."), 0);
    assert_eq!(got(&app, NYNORSK, "Kontoret er stengt fredag (nynorsk)."), 1);
    assert_eq!(got(&app, NYNORSK, "Kontoret er stengt fredag."), 0);
    assert_eq!(got(&app, UNCHOSEN, "Kontoret er stengt fredag."), 1);
    // The coordinator never chose: the Bokmål one (besides preview and test).
    assert_eq!(got(&app, COORDINATOR, "Kontoret er stengt fredag."), 3);
    assert_eq!(got(&app, COORDINATOR, "The office is closed on Friday."), 2);

    let (code, stdout, stderr) = app.cli(&["broadcasts"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.trim_end().ends_with(
            "4 people\t4 sent, 0 failed, 0 left, 0 cancelled\tnb 2 of 2 sent, nn 1 of 1 sent, en 1 of 1 sent"
        ),
        "{stdout}"
    );
    let detail: String = sqlx::query_scalar("SELECT detail FROM audit WHERE action = 'broadcast'")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(detail, "broadcast 1 to everyone (4 people: 2 nb, 1 nn, 1 en)");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_command_line_takes_a_version_per_language_and_needs_bokmal() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    applicants(&app).await;
    // Urgent: the command line's clock is the real one, maybe at night.
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let (nb, en, empty) =
        (file("nb.txt", "Stengt fredag.\n"), file("en.txt", "Closed on Friday.\n"), file("tom.txt", " \n"));

    // Without Bokmål there is no broadcast.
    let (code, _, stderr) = app.cli(&["broadcast", "--audience", "everyone", "--text-file-en", &en]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("--text-file <TEXT_FILE>"), "{stderr}");
    // An empty version is refused as an empty message is.
    let (code, _, stderr) =
        app.cli(&["broadcast", "--audience", "everyone", "--text-file", &nb, "--text-file-nn", &empty]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("empty"), "{stderr}");
    assert_eq!(app.count("SELECT COUNT(*) FROM broadcasts").await, 0);

    let (code, stdout, stderr) = app.cli(&[
        "broadcast",
        "--audience",
        "everyone",
        "--text-file",
        &nb,
        "--text-file-en",
        &en,
        "--urgent",
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.starts_with("Broadcast 1 queued for 3 people (2 in nb, 1 in en) of every organisation"),
        "{stdout}"
    );
    for (chat, text) in
        [(ENGLISH, "Closed on Friday."), (NYNORSK, "Stengt fredag."), (UNCHOSEN, "Stengt fredag.")]
    {
        app.wait_for_call(0, |c| {
            c.params["chat_id"] == chat && c.params["text"] == text && c.result.is_some()
        })
        .await;
    }
    assert_eq!(got(&app, ENGLISH, "Stengt fredag."), 0);
}
