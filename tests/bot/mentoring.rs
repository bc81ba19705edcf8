//! Trainees and mentors writing to each other through the bot, /flag, the
//! nudge, and the purge of routing records.

use std::time::Duration;

use serde_json::json;
use traineebot::domain::clock::Clock;
use traineebot::domain::members::{MentorId, Role, TraineeId};
use traineebot::standin::Fault;

use crate::support::{Person, TestApp};

const COORDINATOR: i64 = 6000;

/// Joins `person` as a mentor in oslo-reserved.
async fn mentor(app: &TestApp, person: &Person<'_>) {
    let code = app.invitation(Role::Mentor, "oslo-reserved", None).await;
    person.joins(&code).await;
}

/// Joins `person` as a trainee of Kull 2027 and links them to `mentor`.
async fn trainee_of(app: &TestApp, person: &Person<'_>, mentor: i64) {
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    person.joins(&code).await;
    app.store.link_mentor(TraineeId(person.id), MentorId(mentor), app.clock.now()).await.unwrap();
}

#[tokio::test]
async fn a_trainee_writes_text_and_a_photo_and_the_mentor_answers_by_replying() {
    let app = TestApp::spawn().await;
    let mona = app.person_named(601, Some("nb"), "Mona");
    let ola = app.person_named(602, Some("nb"), "Ola");
    mentor(&app, &mona).await;
    trainee_of(&app, &ola, 601).await;

    let start = ola.says("/mentor").await;
    assert_eq!(
        start.text,
        "Mentoren din er Mona. Skriv meldingen din nå. Alt du sender, også bilder, filer og \
         talemeldinger, går til Mona til du trykker «Ferdig»."
    );
    assert_eq!(start.labels(), ["Ferdig"]);
    ola.send("Hei Mona, jeg lurer på arbeidstiden min.");
    assert_eq!(ola.reply().await.text, "Sendt til Mona. Mentoren din svarer vanligvis innen 2 dager.");
    let header = mona.reply().await;
    assert_eq!(header.text, "Melding fra traineen din Ola (Kull 2027). Svar ved å svare på meldingen under.");
    let (from_chat, _, first_copy) = mona.copy().await;
    assert_eq!(from_chat, 602, "copied, not forwarded: no name, username or phone");

    let photo = json!({ "photo": [{ "file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90 }] });
    ola.send_update(json!({ "message": ola.message(photo) }));
    ola.reply().await;
    mona.reply().await;
    let (_, photo_id, _) = mona.copy().await;
    assert!(photo_id > 0);

    mona.send_reply("Hei Ola! Vi tar det på torsdag.", first_copy).await;
    assert_eq!(mona.reply().await.text, "Sendt til Ola.");
    assert_eq!(ola.reply().await.text, "Melding fra mentoren din Mona. Svar ved å svare på meldingen under.");
    assert_eq!(ola.copy().await.0, 601);

    // Nothing of what they wrote is stored; only ids and times.
    let dump = app.database_dump().await;
    assert!(!dump.contains("arbeidstiden") && !dump.contains("torsdag"), "{dump}");
    assert_eq!(app.count("SELECT COUNT(*) FROM relays").await, 3);

    ola.press(&start, "Ferdig").await;
    assert!(ola.reply().await.text.starts_with("Greit."));
    ola.send("Dette er ikke til Mona");
    assert!(ola.reply().await.text.starts_with("Det forstod jeg ikke"));
    mona.hears_nothing_more().await;
}

#[tokio::test]
async fn a_mentor_with_two_trainees_answers_them_out_of_order() {
    let app = TestApp::spawn().await;
    let mona = app.person_named(611, Some("en"), "Mona");
    let ola = app.person_named(612, Some("nb"), "Ola");
    let kari = app.person_named(613, Some("en"), "Kari");
    mentor(&app, &mona).await;
    trainee_of(&app, &ola, 611).await;
    trainee_of(&app, &kari, 611).await;
    ola.says("/mentor").await;
    ola.send("Fra Ola");
    ola.reply().await;
    let ola_header = mona.reply().await;
    assert!(ola_header.text.starts_with("Message from your trainee Ola (Kull 2027)."));
    mona.copy().await;
    kari.says("/mentor").await;
    kari.send("From Kari");
    kari.reply().await;
    assert!(mona.reply().await.text.starts_with("Message from your trainee Kari (Kull 2027)."));
    let (_, _, kari_copy) = mona.copy().await;

    mona.send_reply("To Kari first", kari_copy).await;
    assert_eq!(mona.reply().await.text, "Sent to Kari.");
    assert_eq!(
        kari.reply().await.text,
        "Message from your mentor Mona. Answer by replying to the message below."
    );
    kari.copy().await;
    // Replying to the header works as well as to the copy.
    mona.send_reply("Then Ola", ola_header.message_id).await;
    assert_eq!(mona.reply().await.text, "Sent to Ola.");
    assert!(ola.reply().await.text.starts_with("Melding fra mentoren din Mona."));
    assert_eq!(ola.copy().await.0, 611);
    kari.hears_nothing_more().await;

    // /trainees: the mentor picks a trainee and writes.
    let list = mona.says("/trainees").await;
    assert_eq!(list.labels(), ["Kari (Kull 2027)", "Ola (Kull 2027)"]);
    mona.press(&list, "Ola (Kull 2027)").await;
    assert!(mona.reply().await.text.starts_with("Write your message to Ola now."));
    mona.send("Husk samlingen");
    mona.reply().await;
    ola.reply().await;
    assert_eq!(ola.copy().await.0, 611);
}

#[tokio::test]
async fn a_blocked_mentor_means_the_trainee_and_the_coordinator_are_told() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let mona = app.person_named(621, Some("nb"), "Mona");
    let ola = app.person_named(622, Some("nb"), "Ola");
    mentor(&app, &mona).await;
    trainee_of(&app, &ola, 621).await;
    app.wait_for_outbox().await;
    let coordinator = app.person(COORDINATOR, Some("nb")).reading_from_now();
    app.api.fail_next("copyMessage", Fault::Blocked);
    ola.says("/mentor").await;
    ola.send("Hallo?");
    ola.reply().await; // "Sendt til Mona." (accepted, then Telegram refuses)
    assert_eq!(
        ola.reply().await.text,
        "Meldingen din til Mona kom ikke fram. Koordinatoren har fått beskjed."
    );
    assert_eq!(
        coordinator.reply().await.text,
        "En melding fra Ola (Kull 2027) til Mona kom ikke fram. Mona har kanskje blokkert boten eller ikke startet den."
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE status = 'unreachable'").await, 1);
}

#[tokio::test]
async fn a_relay_interrupted_by_a_restart_arrives_once() {
    let app = TestApp::spawn().await;
    let mona = app.person_named(631, Some("nb"), "Mona");
    let ola = app.person_named(632, Some("nb"), "Ola");
    mentor(&app, &mona).await;
    trainee_of(&app, &ola, 631).await;
    app.api.fail_next("copyMessage", Fault::RetryAfter(1));
    ola.says("/mentor").await;
    ola.send("Viktig beskjed");
    ola.reply().await;
    app.wait_for_call(0, |c| c.method == "copyMessage" && c.failed_with == Some(429)).await;
    drop((mona, ola));
    let app = app.restart().await;
    app.wait_for_call(0, |c| c.method == "copyMessage" && c.result.is_some()).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let delivered =
        app.api.calls().iter().filter(|c| c.method == "copyMessage" && c.result.is_some()).count();
    assert_eq!(delivered, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND chat_id = 631").await, 2);
}

#[tokio::test]
async fn only_a_linked_pair_can_write_to_each_other() {
    let app = TestApp::spawn().await;
    let mona = app.person_named(641, Some("en"), "Mona");
    let per = app.person_named(642, Some("en"), "Per");
    let ola = app.person_named(643, Some("en"), "Ola");
    let lone = app.person_named(644, Some("en"), "Lone");
    let applicant = app.person(645, Some("en"));
    mentor(&app, &mona).await;
    mentor(&app, &per).await;
    trainee_of(&app, &ola, 641).await;
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    lone.joins(&code).await;

    assert_eq!(
        applicant.says("/mentor").await.text,
        "/mentor is for trainees. If the coordinator sent you an invitation link, open it first."
    );
    assert_eq!(applicant.says("/trainees").await.text, "/trainees is for mentors.");
    assert_eq!(lone.says("/mentor").await.text, "You have no mentor yet. The coordinator will find you one.");
    assert_eq!(
        mona.says("/mentor").await.text,
        "/mentor is for trainees. If the coordinator sent you an invitation link, open it first."
    );
    assert_eq!(ola.says("/trainees").await.text, "/trainees is for mentors.");
    // Per is not Ola's mentor: a forged button to write to Ola is refused.
    let empty = per.says("/trainees").await;
    assert_eq!(empty.text, "You have no trainees yet. The coordinator will link trainees to you.");
    assert_eq!(
        per.press_data(&empty, "1u|643").await.as_deref(),
        Some("You are no longer linked, so the message was not sent. Ask the coordinator if you have any questions.")
    );

    // Ola writes to Mona; then Ola is moved to Per. Mona's reply is refused.
    ola.says("/mentor").await;
    ola.send("Hi");
    ola.reply().await;
    mona.reply().await;
    let (_, _, copy) = mona.copy().await;
    app.store.link_mentor(TraineeId(643), MentorId(642), app.clock.now()).await.unwrap();
    mona.send_reply("Answer", copy).await;
    assert!(mona.reply().await.text.starts_with("You are no longer linked"));
    // Ola's conversation mode now names... nobody: the next message is refused too.
    ola.send("Still there?");
    assert!(ola.reply().await.text.starts_with("You are no longer linked"));
    ola.hears_nothing_more().await;
    assert_eq!(app.count("SELECT COUNT(*) FROM relays").await, 1);
}

#[tokio::test]
async fn a_silent_pair_gets_one_nudge_each_and_old_routing_is_purged() {
    let app = TestApp::spawn().await;
    app.clock.set("2027-01-04T09:00:00Z".parse().unwrap());
    let mona = app.person_named(651, Some("nb"), "Mona");
    let ola = app.person_named(652, Some("en"), "Ola");
    mentor(&app, &mona).await;
    trainee_of(&app, &ola, 651).await;
    ola.says("/mentor").await;
    ola.send("Hei");
    ola.reply().await;
    mona.reply().await;
    let (_, _, copy) = mona.copy().await;

    app.clock.set("2027-02-02T09:00:00Z".parse().unwrap()); // 29 days
    mona.hears_nothing_more().await;
    app.clock.set("2027-02-04T09:00:00Z".parse().unwrap()); // 31 days
    assert_eq!(
        mona.reply().await.text,
        "Det er en stund siden du og traineen din Ola skrev sammen. Skriv /trainees hvis du vil høre hvordan det går."
    );
    assert_eq!(
        ola.reply().await.text,
        "It has been a while since you and your mentor Mona wrote to each other. Type /mentor if you want to say hello or ask something."
    );
    app.clock.set("2027-02-10T09:00:00Z".parse().unwrap());
    mona.hears_nothing_more().await;
    ola.hears_nothing_more().await;

    // After 90 days the routing record is gone: a reply can no longer be routed.
    app.clock.set("2027-04-10T09:00:00Z".parse().unwrap());
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM relays").await, 0);
    mona.send_reply("Sent svar", copy).await;
    assert!(mona.reply().await.text.starts_with("Det forstod jeg ikke"));
    ola.hears_nothing_more().await;
}

#[tokio::test]
async fn flag_sends_a_confirmed_concern_to_the_coordinators() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let ola = app.person_named(661, Some("nb"), "Ola");
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    ola.joins(&code).await;
    app.wait_for_outbox().await;
    let coordinator = app.person(COORDINATOR, Some("nb")).reading_from_now();
    assert!(ola.says("/flag").await.text.starts_with("Hva vil du si fra om til koordinatoren?"));
    assert_eq!(ola.says(&"x".repeat(1001)).await.text, "Skriv en tekst på høyst 1000 tegn.");
    let preview = ola.says("Jeg får ikke tilrettelagt arbeidsplass.").await;
    assert_eq!(preview.text, "Dette sendes til koordinatoren:\n\nJeg får ikke tilrettelagt arbeidsplass.");
    assert_eq!(ola.says("hallo").await.text, "Trykk «Send til koordinatoren» eller «Avbryt».");
    ola.press(&preview, "Send til koordinatoren").await;
    assert_eq!(
        ola.reply().await.text,
        "Sendt. Koordinatoren kan svare deg her i boten, eller ta kontakt på annen måte."
    );
    let concern = coordinator.reply().await;
    assert_eq!(
        concern.text,
        "Bekymring fra trainee Ola (Oslo: rekrutteringsordningen, Kull 2027, Telegram-ID 661):\n\n\
         Jeg får ikke tilrettelagt arbeidsplass.\n\nSvar ved å svare på denne meldingen."
    );
    // The coordinator answers by replying; it reaches Ola through the outbox.
    coordinator.send_reply("Jeg ringer deg i morgen.", concern.message_id).await;
    assert_eq!(coordinator.reply().await.text, "Svaret er sendt til den som sa fra.");
    assert_eq!(ola.reply().await.text, "Svar fra koordinatoren om det du sa fra om:");
    assert_eq!(ola.copy().await.0, COORDINATOR);
    // Sending again from the old button does nothing more.
    assert_eq!(
        ola.press(&preview, "Send til koordinatoren").await.as_deref(),
        Some("Denne knappen virker ikke lenger. Skriv /start for å begynne på nytt.")
    );
    // Cancel sends nothing.
    ola.says("/flag").await;
    let preview = ola.says("Glem det").await;
    ola.press(&preview, "Avbryt").await;
    assert_eq!(ola.reply().await.text, "Greit, ingenting ble sendt.");
    coordinator.hears_nothing_more().await;
    // Once Ola has left, a reply to the concern reaches nobody, and says so.
    app.store.remove_member(661).await.unwrap();
    coordinator.send_reply("Er du der?", concern.message_id).await;
    assert_eq!(coordinator.reply().await.text, "Denne personen har ikke lenger en rolle.");
    ola.hears_nothing_more().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_to_the_mentor_waits_out_a_lock_held_past_the_busy_timeout() {
    use sqlx::Connection;
    let app = TestApp::spawn().await;
    let mona = app.person_named(691, Some("nb"), "Mona");
    let ola = app.person_named(692, Some("nb"), "Ola");
    mentor(&app, &mona).await;
    trainee_of(&app, &ola, 691).await;
    ola.says("/mentor").await;
    // Another writer holds the database for longer than the 5 s busy timeout.
    let mut other = sqlx::SqliteConnection::connect(&app.database_url()).await.unwrap();
    sqlx::query("BEGIN IMMEDIATE").execute(&mut other).await.unwrap();
    let held = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_secs(6)).await;
        sqlx::query("COMMIT").execute(&mut other).await.unwrap();
    });
    ola.send("Har du tid i morgen?");
    assert_eq!(ola.reply().await.text, "Sendt til Mona. Mentoren din svarer vanligvis innen 2 dager.");
    assert_eq!(mona.copy().await.0, 692, "nothing was lost");
    held.await.unwrap();
}
