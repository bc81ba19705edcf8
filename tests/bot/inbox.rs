//! /ask, answers by reply and from /inbox, /stats, coordinator-only
//! commands, and the CLI's broadcast, stats and audit.

use std::time::Duration;

use traineebot::domain::clock::Clock;
use traineebot::domain::members::Role;

use crate::gatherings::oslo;
use crate::support::TestApp;

const COORDINATOR: i64 = 4000;

#[tokio::test]
async fn a_question_reaches_the_coordinator_and_the_reply_reaches_the_asker() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-06 11:00")); // a Wednesday, inside the state's answering hours (9–12)
    let ola = app.person_named(4001, Some("en"), "Ola");
    let choice = ola.says("/ask").await;
    assert!(choice.text.starts_with("Which programme is your question about?"), "{}", choice.text);
    assert_eq!(choice.labels().len(), 4, "one button per programme");
    assert_eq!(
        ola.asks_about("State trainee programme").await.text,
        "Write your question now, and I will send it to the coordinators at The state, through Difi \
         (now the Norwegian Digitalisation Agency). You will get the answer here."
    );
    ola.send("Can I apply if I work part time?");
    assert_eq!(
        ola.reply().await.text,
        "Your question has been sent to the coordinator. You will get the answer here."
    );
    let boss = app.person(COORDINATOR, Some("nb"));
    let header = boss.reply().await;
    assert_eq!(header.text, "Spørsmål fra Ola (søker, English). Svar ved å svare på meldingen under.");
    let (from, _, copy) = boss.copy().await;
    assert_eq!(from, 4001);
    assert!(!app.database_dump().await.contains("part time"), "the question is not stored");

    boss.send_reply("Ja, det kan du.", copy).await;
    assert_eq!(boss.reply().await.text, "Svaret er sendt. Det var spørsmål nummer 1.");
    assert_eq!(ola.reply().await.text, "Answer from the coordinator:");
    assert_eq!(ola.copy().await.0, COORDINATOR);
    assert_eq!(
        boss.says("/inbox").await.text,
        "Ingenting venter på svar: ingen spørsmål og ingen bekymringer."
    );
}

#[tokio::test]
async fn outside_meeting_hours_the_asker_is_told_when_to_expect_an_answer_and_inbox_lists_it() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-09 20:00")); // a Saturday evening
    let kari = app.person_named(4002, Some("nb"), "Kari");
    kari.asks_about("Oslo: rekrutteringsordningen").await;
    kari.send("Når er neste samling?");
    // Oslo kommune answers Monday to Friday from 09:00.
    assert_eq!(
        kari.reply().await.text,
        "Spørsmålet ditt er sendt til koordinatoren. Du får svaret her.\n\n\
         Det er utenfor kontortiden nå. Du får svar tidligst mandag kl. 09.00."
    );
    let boss = app.person(COORDINATOR, Some("nb"));
    boss.reply().await;
    boss.copy().await;
    let inbox = boss.says("/inbox").await;
    assert_eq!(
        inbox.text,
        "Venter på svar: ett spørsmål og ingen bekymringer. De eldste kommer først, hver med sin egen svarknapp."
    );
    assert_eq!(
        boss.reply().await.text,
        "Spørsmål nummer 1, fra en søker, på Norsk bokmål, stilt lørdag 9. januar 2027 kl. 20.00:"
    );
    let (from, question) = boss.copied().await;
    assert_eq!(from, 4002, "the question is shown again, copied from Kari's chat");
    assert_eq!(question.labels(), ["Svar på spørsmål 1"], "the answer button is under the question");
    boss.press(&question, "Svar på spørsmål 1").await;
    assert_eq!(
        boss.reply().await.text,
        "Skriv svaret på spørsmål nummer 1 nå. Det sendes til den som spurte."
    );
    boss.send("Tirsdag 12. januar.");
    assert_eq!(boss.reply().await.text, "Svaret er sendt. Det var spørsmål nummer 1.");
    assert_eq!(kari.reply().await.text, "Svar fra koordinatoren:");
    kari.copy().await;
    assert_eq!(
        boss.says("/inbox").await.text,
        "Ingenting venter på svar: ingen spørsmål og ingen bekymringer."
    );
    let audit: (String, Option<i64>) =
        sqlx::query_as("SELECT action, subject_user FROM audit").fetch_one(app.store.pool()).await.unwrap();
    assert_eq!(audit, ("answer".to_owned(), Some(4002)));
}

#[tokio::test]
async fn a_former_coordinator_cannot_answer_and_coordinator_commands_are_refused_to_others() {
    let app = TestApp::spawn().await;
    let code = app.invitation(Role::Coordinator, "oslo-reserved", None).await;
    let mona = app.person_named(4003, Some("en"), "Mona");
    mona.joins(&code).await;
    let ola = app.person(4004, Some("en"));
    ola.asks_about("Oslo: reserved jobs").await;
    ola.send("Hello?");
    ola.reply().await;
    mona.reply().await;
    let (_, _, copy) = mona.copy().await;
    // Mona becomes a trainee; her reply to the question is refused.
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    mona.joins(&code).await;
    mona.send_reply("An answer", copy).await;
    assert_eq!(mona.reply().await.text, "Only coordinators can do this.");
    ola.hears_nothing_more().await;
    for command in ["/broadcast", "/broadcasts", "/inbox", "/stats"] {
        assert_eq!(ola.says(command).await.text, "Only coordinators can do this.", "{command}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM questions WHERE answered_at IS NULL").await, 1);
}

#[tokio::test]
async fn stats_count_people_positions_gatherings_broadcasts_and_questions() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(oslo("2027-01-05 11:00"));
    app.person(4010, Some("nb")).says("/start").await;
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    app.person(4011, Some("nn")).joins(&code).await;
    app.person(4012, Some("en")).asks_about("Oslo: adapted jobs").await;
    app.person(4012, Some("en")).send("?");
    let boss = app.person(COORDINATOR, Some("en"));
    tokio::time::sleep(Duration::from_millis(200)).await;
    boss.send("/stats");
    let stats = loop {
        let sent = boss.reply().await;
        if sent.text.starts_with("The numbers now") {
            break sent;
        }
    };
    assert_eq!(
        stats.text,
        "The numbers now:\n\n\
         Applicants: 2\nTrainees: 1\nMentors: 0\nCoordinators: 1\n\n\
         Chose Bokmål: 0\nChose Nynorsk: 0\nChose English: 0\nChose no language: 4\n\n\
         Open positions: 0\nPosition alerts: 0\n\n\
         Upcoming gatherings: 0\nAnswered coming: 0\nAnswered not coming: 0\n\n\
         Announcements in the last 30 days: 0\nMessages delivered: 0\nMessages that did not get through: 0\n\n\
         Questions waiting for an answer: 1\nBlocked the bot: 0"
    );
}

#[tokio::test]
async fn the_command_line_broadcasts_and_shows_stats_and_the_audit_log() {
    let app = TestApp::spawn().await;
    app.clock.set(oslo("2027-01-05 11:00"));
    app.person(4020, Some("nb")).says("/start").await;
    app.person(4021, Some("nb")).says("/start").await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("melding.txt");
    std::fs::write(&file, "Kontoret er stengt fredag.\n").unwrap();
    let run = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_traineebot"))
            .args(args)
            .env("DATABASE_URL", app.database_url())
            .env_remove("TELOXIDE_TOKEN")
            .env("QUIET_HOURS", "00:00-00:01")
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (code, stdout, stderr) =
        run(&["broadcast", "--audience", "everyone", "--text-file", file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.starts_with("Broadcast 1 queued for 2 people (2 in nb) of every organisation"),
        "{stdout}"
    );
    // The running bot notices rows added by another process within a second
    // or so (SQLite's data_version), without its clock moving.
    let queued = std::time::Instant::now();
    for id in [4020, 4021] {
        app.wait_for_call(0, |c| {
            c.params["chat_id"] == id
                && c.params["text"] == "Kontoret er stengt fredag."
                && c.result.is_some()
        })
        .await;
    }
    let waited = queued.elapsed();
    assert!(waited < std::time::Duration::from_secs(5), "the bot started the broadcast after {waited:?}");
    let (code, _, stderr) =
        run(&["broadcast", "--audience", "mentors", "--text-file", file.to_str().unwrap()]);
    assert_eq!((code, stderr.contains("no one is in the audience mentors")), (Some(1), true), "{stderr}");
    std::fs::write(&file, "x".repeat(5000)).unwrap();
    let (code, _, stderr) =
        run(&["broadcast", "--audience", "everyone", "--text-file", file.to_str().unwrap()]);
    assert_eq!((code, stderr.contains("longer than Telegram's 4096 characters")), (Some(1), true));
    std::fs::write(&file, "Hei").unwrap();
    let (code, _, stderr) = run(&["broadcast", "--audience", "all", "--text-file", file.to_str().unwrap()]);
    assert_eq!((code, stderr.contains("unknown audience \"all\"")), (Some(1), true));

    let (_, stdout, _) = run(&["stats"]);
    assert!(
        stdout.starts_with("numbers of every organisation\npeople: 2 applicants, 0 trainees"),
        "{stdout}"
    );
    let (_, stdout, _) = run(&["audit"]);
    assert!(stdout.contains("\tcli\t-\tbroadcast\tbroadcast 1 to everyone (2 people: 2 nb)"), "{stdout}");
    let (_, stdout, _) = run(&["broadcasts"]);
    assert!(stdout.starts_with("1\t"), "{stdout}");
}

#[tokio::test]
async fn an_operator_who_also_joined_as_a_coordinator_is_counted_once_and_never_as_an_applicant() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let code = app.invitation(Role::Coordinator, "oslo-reserved", None).await;
    let boss = app.person(COORDINATOR, Some("nb"));
    boss.joins(&code).await;
    let stats = boss.says("/stats").await.text;
    assert!(stats.contains("Søkere: 0\nTraineer: 0\nMentorer: 0\nKoordinatorer: 1\n"), "{stats}");
}

#[tokio::test]
async fn a_long_inbox_comes_in_pages_and_says_how_many_questions_wait() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let now = app.clock.now();
    for asker in 0..25 {
        let delivery = traineebot::store::QueuedMessage {
            chat_id: COORDINATOR,
            payload: traineebot::domain::outbox::Payload::text("?"),
            due_at: now + chrono::Duration::days(1),
            dedupe_key: None,
        };
        let asked = now + chrono::Duration::minutes(asker);
        app.store
            .ask(4100 + asker, traineebot::domain::Lang::Nb, None, "oslo-kommune", &[delivery], asked)
            .await
            .unwrap();
    }
    // Two concerns, the oldest of all, from someone who has no role (any more).
    for message in [1, 2] {
        let concern = traineebot::store::ConcernKey { raised_by: 4200, message };
        let raised = now - chrono::Duration::hours(3 - i64::from(message));
        app.store
            .raise_concern(concern, Some("oslo-kommune"), &format!("Bekymring {message}"), &[], raised)
            .await
            .unwrap();
    }
    let boss = app.person(COORDINATOR, Some("nb"));
    let inbox = boss.says("/inbox").await;
    assert_eq!(
        inbox.text,
        "Venter på svar: 25 spørsmål og 2 bekymringer. De eldste kommer først, hver med sin egen svarknapp."
    );
    let first = boss.reply().await;
    assert!(
        first.text.starts_with("Bekymring fra en som ikke lenger har en rolle, sendt ")
            && first.text.ends_with(":\n\nBekymring 1"),
        "{}",
        first.text
    );
    assert_eq!(first.labels(), ["Svar på denne bekymringen"]);
    assert!(boss.reply().await.text.ends_with("Bekymring 2"));
    // A question whose copy is gone (here: never was one) still has its button.
    for id in 1..=3 {
        let question = boss.reply().await;
        assert!(
            question.text.starts_with(&format!("Spørsmål nummer {id}, fra en søker")),
            "{}",
            question.text
        );
        let gone = boss.reply().await;
        assert_eq!(
            gone.text,
            format!("Spørsmål nummer {id} kan ikke vises lenger: den som spurte, har slettet det. Du kan likevel svare.")
        );
        assert_eq!(gone.labels(), [format!("Svar på spørsmål {id}").as_str()]);
    }
    let pages = boss.reply().await;
    assert_eq!((pages.text.as_str(), pages.labels()), ("Side 1 av 6. 27 i alt.", vec!["Neste side"]));
    boss.press(&pages, "Neste side").await;
    boss.reply().await;
    let next = boss.reply().await;
    assert!(next.text.starts_with("Spørsmål nummer 4, fra en søker"), "{}", next.text);
    for _ in 0..9 {
        boss.reply().await;
    }
    let pages = boss.reply().await;
    assert_eq!(
        (pages.text.as_str(), pages.labels()),
        ("Side 2 av 6. 27 i alt.", vec!["Forrige side", "Neste side"])
    );
}

#[tokio::test]
async fn a_question_telegram_will_not_copy_again_is_said_to_be_gone_and_can_still_be_answered() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let kari = app.person_named(4003, Some("en"), "Kari");
    kari.asks_about("Oslo: reserved jobs").await;
    kari.send("Is there a gathering in May?");
    kari.reply().await;
    let boss = app.person(COORDINATOR, Some("en"));
    boss.reply().await;
    boss.copy().await;
    // Kari deleted the question: Telegram refuses to copy it.
    app.api.fail_next(
        "copyMessage",
        traineebot::standin::Fault::Forbidden("Bad Request: message to copy not found"),
    );
    boss.says("/inbox").await;
    assert!(boss.reply().await.text.starts_with("Question number 1, from an applicant, in English, asked "));
    let gone = boss.reply().await;
    assert_eq!(
        gone.text,
        "Question number 1 can no longer be shown: the person who asked has deleted it. You can still answer it."
    );
    boss.press(&gone, "Answer question 1").await;
    boss.reply().await;
    boss.send("Yes, on 4 May.");
    assert_eq!(boss.reply().await.text, "The answer has been sent. It was question number 1.");
}
