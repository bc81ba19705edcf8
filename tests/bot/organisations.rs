//! Organisations: a coordinator of Bærum kommune tries every coordinator
//! command, button and CLI subcommand on Oslo kommune's data and is refused
//! with nothing changed and nothing sent; an operator does the same and
//! succeeds; questions, concerns and contacts reach the right organisation.

use chrono::Duration;
use traineebot::domain::broadcast::BroadcastAudience;
use traineebot::domain::clock::Clock;
use traineebot::domain::gatherings::Audience;
use traineebot::domain::members::{MentorId, Role, TraineeId};
use traineebot::domain::outbox::Payload;
use traineebot::store::NewBroadcast;
use traineebot::telegram::callback::{Action, BroadcastStep, InviteStep, ManageStep, PlanStep, RolesStep};

use crate::gatherings::{oslo, plan};
use crate::support::{Person, TestApp, CSV_HEADER};

const OPERATOR: i64 = 7000;
const KARI: i64 = 7001; // coordinator of Oslo kommune
const SIRI: i64 = 7002; // coordinator of Bærum kommune
const OLA: i64 = 7003; // trainee in Oslo's trainee scheme
const MONA: i64 = 7004; // mentor there
const ADA: i64 = 7005; // an applicant

const OTHER_ORGANISATION: &str =
    "Dette hører til en annen organisasjon. Du kan bare gjøre dette for ordningene til din egen organisasjon.";

/// What Oslo has: its coordinator, a linked-to-be trainee and mentor, a
/// gathering, a position, a question and a running broadcast.
struct Oslo {
    gathering: i64,
    position: i64,
    question: i64,
    broadcast: i64,
    cohort: i64,
}

async fn two_organisations(app: &TestApp) -> Oslo {
    app.clock.set(oslo("2027-01-05 11:00"));
    for (id, name, role, programme, cohort) in [
        (KARI, "Kari", Role::Coordinator, "oslo-reserved", None),
        (SIRI, "Siri", Role::Coordinator, "baerum-immigrants", None),
        (OLA, "Ola", Role::Trainee, "oslo-reserved", Some("Kull 2027")),
        (MONA, "Mona", Role::Mentor, "oslo-reserved", None),
    ] {
        let code = app.invitation(role, programme, cohort).await;
        app.person_named(id, Some("nb"), name).joins(&code).await;
    }
    let cohort = app.store.member(OLA).await.unwrap().unwrap().cohort.unwrap().id;
    let gathering = plan(app, Audience::Cohort(cohort), "2027-01-20 17:00", "Nettverk", 1).await[0];
    let kari = app.person(KARI, Some("nb")).reading_from_now();
    let csv = format!("{CSV_HEADER}A1,oslo-reserved,Rådgiver,Bydel Frogner,Oslo,100,permanent,2027-02-01,https://example.org/a1,\n");
    kari.send_document("stillinger.csv", csv.as_bytes());
    let imported = kari.reply().await.text;
    assert!(imported.starts_with("Stillingene er lagt inn.\nNye: 1."), "{imported}");
    let position = app.count("SELECT id FROM positions").await;
    let ada = app.person_named(ADA, Some("nb"), "Ada");
    ada.asks_about("Oslo: rekrutteringsordningen").await;
    ada.send("Hva er en mentor?");
    ada.reply().await;
    kari.reply().await;
    kari.copy().await;
    let question = app.count("SELECT id FROM questions").await;
    let broadcast = NewBroadcast {
        created_by: None,
        audience: BroadcastAudience::Trainees("oslo-reserved".into()),
        payload: Payload::text("Husk samlingen"),
        translations: Vec::new(),
        recipients: vec![(OLA, traineebot::domain::Lang::Nb)],
        due_at: app.clock.now() + Duration::days(2),
        urgent: false,
        status: None,
        organisation: Some("oslo-kommune".into()),
    };
    let broadcast = app.store.create_broadcast(&broadcast).await.unwrap();
    // The notices of who joined are delivered before a test reads on.
    app.wait_for_outbox().await;
    Oslo { gathering, position, question, broadcast, cohort }
}

/// What a person finds changed, summed up: gatherings cancelled, positions
/// closed, mentors linked, questions answered, broadcasts cancelled, outbox
/// rows, members, invitations.
async fn state(app: &TestApp) -> Vec<i64> {
    let mut found = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM gatherings WHERE cancelled = 1",
        "SELECT COUNT(*) FROM positions WHERE closed = 1",
        "SELECT COUNT(*) FROM positions",
        "SELECT COUNT(*) FROM members WHERE mentor_id IS NOT NULL",
        "SELECT COUNT(*) FROM questions WHERE answered_at IS NOT NULL",
        "SELECT COUNT(*) FROM broadcasts WHERE status = 'cancelled'",
        "SELECT COUNT(*) FROM broadcasts",
        "SELECT COUNT(*) FROM outbox",
        "SELECT COUNT(*) FROM members",
        "SELECT COUNT(*) FROM invitations",
        "SELECT COUNT(*) FROM cohorts",
        "SELECT COUNT(*) FROM dialogues",
    ] {
        found.push(app.count(sql).await);
    }
    found
}

/// Presses forged (or outdated) `action` on `on`; the notice shown.
async fn press(person: &Person<'_>, on: &crate::support::Sent, action: Action) -> Option<String> {
    person.press_data(on, &action.encode()).await
}

#[tokio::test]
async fn a_coordinator_of_baerum_sees_nothing_of_oslos_in_the_bot() {
    let app = TestApp::spawn_with_coordinator(OPERATOR).await;
    two_organisations(&app).await;
    let siri = app.person(SIRI, Some("nb")).reading_from_now();
    assert_eq!(
        siri.says("/gatherings").await.text,
        "Ingen samlinger er planlagt. Skriv /newgathering for å planlegge en."
    );
    assert_eq!(
        siri.says("/attendance").await.text,
        "Ingen samlinger er planlagt. Skriv /newgathering for å planlegge en."
    );
    assert_eq!(
        siri.says("/link").await.text,
        "Ingen traineer har blitt med ennå. Lag en invitasjon med /invite."
    );
    assert_eq!(
        siri.says("/inbox").await.text,
        "Ingenting venter på svar: ingen spørsmål og ingen bekymringer."
    );
    assert_eq!(
        siri.says("/broadcasts").await.text,
        "Ingen kunngjøringer er sendt ennå. Skriv /broadcast for å sende en."
    );
    let stats = siri.says("/stats").await.text;
    assert!(stats.contains("Søkere: 0\nTraineer: 0\nMentorer: 0\nKoordinatorer: 1\n"), "{stats}");
    assert!(stats.contains("Ledige stillinger: 0"), "{stats}");
    assert!(stats.contains("Spørsmål som venter på svar: 0"), "{stats}");
    let plan = siri.says("/newgathering").await;
    assert!(plan.labels().iter().all(|label| label.contains("Bærum")), "{:?}", plan.labels());
    let broadcast = siri.says("/broadcast").await;
    assert_eq!(
        broadcast.labels(),
        [
            "Søkere med stillingsvarsler for Bærum kommune",
            "Traineene i Bærum: trainee for innvandrere",
            "Mentorene i Bærum kommune",
            "Koordinatorene i Bærum kommune"
        ]
    );
    let invite = siri.says("/invite").await;
    assert_eq!(invite.labels(), ["En trainee", "En mentor", "Avbryt"], "only operators invite coordinators");
    siri.press(&invite, "En trainee").await;
    let programmes = siri.reply().await;
    assert_eq!(programmes.labels(), ["Bærum: trainee for innvandrere", "Tilbake", "Avbryt"]);
    assert_eq!(siri.says("/roles").await.text, "Dette kan bare driftsansvarlige gjøre.");
    // Oslo's position is shown to Siri as to anyone, without "Close"; Kari may close it.
    let on = siri.says("/start").await;
    let position = app.count("SELECT id FROM positions").await;
    press(&siri, &on, Action::Position(position)).await;
    assert!(!siri.reply().await.labels().contains(&"Steng stillingen"));
    let kari = app.person(KARI, Some("nb")).reading_from_now();
    let on = kari.says("/start").await;
    press(&kari, &on, Action::Position(position)).await;
    assert!(kari.reply().await.labels().contains(&"Steng stillingen"));
}

#[tokio::test]
async fn a_coordinator_of_baerum_is_refused_every_button_on_oslos_data_and_nothing_changes() {
    // Siri presses more buttons in a second than the rate limit lets anyone.
    let app = TestApp::spawn_with(|config| {
        config.coordinator_ids = vec![OPERATOR];
        config.rate_limit.burst = 100;
    })
    .await;
    let oslo = two_organisations(&app).await;
    let before = state(&app).await;
    let calls_to_others = |app: &TestApp| {
        app.api.calls().iter().filter(|c| c.params["chat_id"].as_i64().is_some_and(|id| id != SIRI)).count()
    };
    let sent_before = calls_to_others(&app);
    let siri = app.person(SIRI, Some("nb")).reading_from_now();
    let on = siri.says("/start").await;
    for action in [
        Action::Manage(oslo.gathering, ManageStep::Menu),
        Action::Manage(oslo.gathering, ManageStep::NewTime),
        Action::Manage(oslo.gathering, ManageStep::Cancel),
        Action::Manage(oslo.gathering, ManageStep::ConfirmCancel),
        Action::Attendance(oslo.gathering),
        Action::MarkAttendance { gathering: oslo.gathering, person: OLA, came: true },
        Action::ClosePosition(oslo.position, false),
        Action::ClosePosition(oslo.position, true),
        Action::Link { trainee: Some(OLA), mentor: None },
        Action::Link { trainee: Some(OLA), mentor: Some(MONA) },
        Action::Plan(PlanStep::ForCohort(oslo.cohort)),
        Action::Plan(PlanStep::ForProgramme("oslo-reserved".into())),
        Action::Broadcast(BroadcastStep::Audience(BroadcastAudience::Trainees("oslo-reserved".into()))),
        Action::Broadcast(BroadcastStep::Audience(BroadcastAudience::Cohort(oslo.cohort))),
        Action::Broadcast(BroadcastStep::CancelRunning(oslo.broadcast)),
        Action::Broadcast(BroadcastStep::ConfirmCancel(oslo.broadcast)),
        Action::Answer(oslo.question),
        Action::Invite(InviteStep::ChooseCohort(Role::Trainee, "oslo-reserved".into())),
        Action::Invite(InviteStep::NameCohort(Role::Trainee, "oslo-reserved".into())),
        Action::Invite(InviteStep::Create(Role::Mentor, "oslo-reserved".into(), None)),
        Action::Invite(InviteStep::Create(Role::Trainee, "oslo-reserved".into(), Some(oslo.cohort))),
    ] {
        let data = action.encode();
        let notice = press(&siri, &on, action).await;
        let refused = notice.as_deref() == Some(OTHER_ORGANISATION) || {
            // Flows that edit the message they were pressed on say it there.
            let shown =
                app.api.message(SIRI, on.message_id).unwrap()["text"].as_str().unwrap_or_default().to_owned();
            shown == OTHER_ORGANISATION
        };
        assert!(refused, "{data}: {notice:?}");
    }
    let everyone =
        press(&siri, &on, Action::Broadcast(BroadcastStep::Audience(BroadcastAudience::Everyone))).await;
    assert_eq!(everyone.as_deref(), Some("Dette kan bare driftsansvarlige gjøre."));
    let coordinator = Action::Invite(InviteStep::Create(Role::Coordinator, "baerum-kommune".into(), None));
    assert_eq!(press(&siri, &on, coordinator).await, None);
    assert_eq!(
        app.api.message(SIRI, on.message_id).unwrap()["text"],
        "Dette kan bare driftsansvarlige gjøre."
    );
    assert_eq!(
        press(&siri, &on, Action::Roles(RolesStep::ConfirmRemove(OLA))).await.as_deref(),
        Some("Dette kan bare driftsansvarlige gjøre.")
    );
    // A file with a row for Oslo's programme is refused whole.
    let csv = format!("{CSV_HEADER}B1,baerum-immigrants,Ingeniør,Bærum kommune,Sandvika,100,permanent,2027-02-01,https://example.org/b1,\nA2,oslo-reserved,Jurist,Bydel Sagene,Oslo,100,permanent,2027-02-01,https://example.org/a2,\n");
    siri.send_document("stillinger.csv", csv.as_bytes());
    assert_eq!(siri.reply().await.text, OTHER_ORGANISATION);
    // And a reply to Oslo's question, which Siri never got, is no answer.
    assert_eq!(state(&app).await, before, "nothing changed");
    assert_eq!(calls_to_others(&app), sent_before, "nothing was sent to anyone else");
}

#[tokio::test]
async fn an_operator_acts_on_oslos_data_and_is_audited() {
    let app = TestApp::spawn_with_coordinator(OPERATOR).await;
    let oslo = two_organisations(&app).await;
    let boss = app.person(OPERATOR, Some("nb"));
    let on = boss.says("/start").await;
    press(&boss, &on, Action::ClosePosition(oslo.position, true)).await;
    let closed = app.api.message(OPERATOR, on.message_id).unwrap();
    assert_eq!(closed["text"], "Stillingen er stengt. Den vises ikke lenger.");
    press(&boss, &on, Action::Link { trainee: Some(OLA), mentor: Some(MONA) }).await;
    app.wait_until_count("SELECT COUNT(*) FROM members WHERE user_id = 7003 AND mentor_id = 7004", 1).await;
    press(&boss, &on, Action::Manage(oslo.gathering, ManageStep::ConfirmCancel)).await;
    app.wait_until_count("SELECT COUNT(*) FROM gatherings WHERE cancelled = 1", 1).await;
    press(&boss, &on, Action::Broadcast(BroadcastStep::ConfirmCancel(oslo.broadcast))).await;
    app.wait_until_count("SELECT COUNT(*) FROM broadcasts WHERE status = 'cancelled'", 1).await;
    let everyone =
        press(&boss, &on, Action::Broadcast(BroadcastStep::Audience(BroadcastAudience::Everyone))).await;
    assert_eq!(everyone, None, "operators may reach everyone");
    let audit: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT action, organisation FROM audit WHERE actor = 7000 ORDER BY id")
            .fetch_all(app.store.pool())
            .await
            .unwrap();
    let oslo_kommune = Some("oslo-kommune".to_owned());
    assert_eq!(
        audit,
        [
            ("close".to_owned(), oslo_kommune.clone()),
            ("link".to_owned(), oslo_kommune.clone()),
            ("gathering cancelled".to_owned(), oslo_kommune.clone()),
            ("broadcast cancelled".to_owned(), oslo_kommune),
        ]
    );
    // An operator invites a coordinator for an organisation.
    let boss = boss.reading_from_now();
    let invite = boss.says("/invite").await;
    assert_eq!(invite.labels(), ["En trainee", "En mentor", "En koordinator", "Avbryt"], "{}", invite.text);
    boss.press(&invite, "En koordinator").await;
    let organisations = boss.reply().await;
    assert_eq!(
        organisations.labels(),
        [
            "Oslo kommune",
            "Staten ved Difi (nå Digitaliseringsdirektoratet)",
            "Bærum kommune",
            "Tilbake",
            "Avbryt"
        ]
    );
    boss.press(&organisations, "Bærum kommune").await;
    let made =
        app.api.message(OPERATOR, organisations.message_id).unwrap()["text"].as_str().unwrap().to_owned();
    assert!(made.starts_with("Invitasjon til koordinator i Bærum kommune"), "{made}");
    assert_eq!(app.count("SELECT COUNT(*) FROM invitations WHERE role = 'coordinator' AND organisation = 'baerum-kommune' AND programme = '' AND used_by IS NULL").await, 1);
}

#[tokio::test]
async fn an_operator_takes_a_role_back_in_the_bot_and_the_person_is_told() {
    let app = TestApp::spawn_with_coordinator(OPERATOR).await;
    two_organisations(&app).await;
    let boss = app.person(OPERATOR, Some("nb"));
    let roles = boss.says("/roles").await;
    assert!(
        roles.text.starts_with("4 personer har en rolle, og 0 invitasjoner er ikke brukt."),
        "{}",
        roles.text
    );
    assert!(roles.labels().contains(&"Siri, koordinator, Bærum kommune"), "{:?}", roles.labels());
    boss.press(&roles, "Siri, koordinator, Bærum kommune").await;
    let ask = app.api.message(OPERATOR, roles.message_id).unwrap();
    assert_eq!(ask["text"], "Vil du ta bort rollen til Siri (koordinator)? Siri får beskjed.");
    let siri = app.person(SIRI, Some("nb")).reading_from_now();
    boss.press_data(&roles, &Action::Roles(RolesStep::ConfirmRemove(SIRI)).encode()).await;
    assert_eq!(
        siri.reply().await.text,
        "Du er ikke lenger koordinator i Bærum kommune. Du kan fortsatt bruke meg som søker. Skriv /help for å se hva jeg kan."
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM members WHERE user_id = 7002").await, 0);
    assert_eq!(siri.says("/stats").await.text, "Dette kan bare koordinatorer gjøre.");
    let audit = app.count("SELECT COUNT(*) FROM audit WHERE action = 'role removed' AND subject_user = 7002 AND organisation = 'baerum-kommune'").await;
    assert_eq!(audit, 1);
}

#[tokio::test]
async fn questions_and_concerns_reach_only_their_own_organisations_coordinators() {
    let app = TestApp::spawn_with_coordinator(OPERATOR).await;
    two_organisations(&app).await;
    let kari = app.person(KARI, Some("nb")).reading_from_now();
    let siri = app.person(SIRI, Some("nb")).reading_from_now();
    let boss = app.person(OPERATOR, Some("nb")).reading_from_now();
    // Ada asks about Bærum's programme: Siri hears it, Kari does not.
    let ada = app.person(ADA, Some("nb"));
    ada.asks_about("Bærum: trainee for innvandrere").await;
    ada.send("Må jeg kunne norsk?");
    ada.reply().await;
    assert_eq!(
        siri.reply().await.text,
        "Spørsmål fra Testperson (søker, Norsk bokmål). Svar ved å svare på meldingen under."
    );
    siri.copy().await;
    // Ola's concern goes to Oslo's coordinator only.
    let ola = app.person(OLA, Some("nb")).reading_from_now();
    ola.says("/flag").await;
    let preview = ola.says("Jeg trenger et annet kontor.").await;
    ola.press(&preview, "Send til koordinatoren").await;
    ola.reply().await;
    assert!(kari.reply().await.text.starts_with("Bekymring fra trainee Ola"));
    // A trainee's /ask goes to their own organisation without a choice.
    assert_eq!(
        ola.says("/ask").await.text,
        "Skriv spørsmålet ditt nå, så sender jeg det til koordinatorene i Oslo kommune. Du får svaret her."
    );
    // A message to Ola's mentor that cannot be delivered is told to Oslo's coordinator only.
    app.store.link_mentor(TraineeId(OLA), MentorId(MONA), app.clock.now()).await.unwrap();
    app.api.fail_next("copyMessage", traineebot::standin::Fault::Blocked);
    ola.says("/mentor").await;
    ola.send("Kan vi møtes?");
    ola.reply().await;
    ola.reply().await;
    assert_eq!(
        kari.reply().await.text,
        "En melding fra Ola (Kull 2027) til Mona kom ikke fram. Mona har kanskje blokkert boten eller ikke startet den."
    );
    kari.hears_nothing_more().await;
    siri.hears_nothing_more().await;
    boss.hears_nothing_more().await;
}

#[tokio::test]
async fn the_command_line_for_one_organisation_touches_nothing_of_anothers() {
    let app = TestApp::spawn_with_coordinator(OPERATOR).await;
    let oslo = two_organisations(&app).await;
    let before = state(&app).await;
    let (gathering, position) = (oslo.gathering.to_string(), oslo.position.to_string());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("melding.txt");
    std::fs::write(&file, "Hei").unwrap();
    let csv = dir.path().join("oslo.csv");
    std::fs::write(&csv, format!("{CSV_HEADER}A9,oslo-reserved,Rådgiver,Oslo kommune,Oslo,100,permanent,2027-03-01,https://example.org/a9,\n")).unwrap();
    let text = file.to_str().unwrap();
    let b = ["--organisation", "baerum-kommune"];
    for args in [
        vec!["positions", "close", &position],
        vec!["positions", "import", csv.to_str().unwrap()],
        vec!["link", "--trainee", "7003", "--mentor", "7004"],
        vec!["gatherings", "cancel", &gathering],
        vec!["gatherings", "change", &gathering, "--place", "Sandvika"],
        vec![
            "gatherings",
            "add",
            "--programme",
            "oslo-reserved",
            "--everyone",
            "--start",
            "2027-06-01 17:00",
            "--place",
            "Rådhuset",
            "--topic",
            "Sommer",
        ],
        vec!["attendance", &gathering],
        vec!["broadcast", "--audience", "trainees:oslo-reserved", "--text-file", text],
        vec!["invite", "--role", "mentor", "--programme", "oslo-reserved"],
        vec!["roles", "remove", "--user", "7003"],
    ] {
        let mut all = b.to_vec();
        all.extend(args.iter().copied());
        let (code, _, stderr) = app.cli(&all);
        assert_eq!(code, Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains("another organisation"), "{args:?}: {stderr}");
    }
    let mut everyone = b.to_vec();
    everyone.extend(["broadcast", "--audience", "everyone", "--text-file", text]);
    let (code, _, stderr) = app.cli(&everyone);
    assert_eq!((code, stderr.contains("only operators")), (Some(1), true), "{stderr}");
    assert_eq!(state(&app).await, before, "nothing changed");
    // Lists show Bærum's data only: there is none but Siri.
    let list = |command: &[&str]| {
        let mut all = b.to_vec();
        all.extend(command);
        app.cli(&all).1
    };
    assert_eq!(list(&["members"]), "7002\tSiri\tcoordinator\tbaerum-kommune\t-\t-\tmentor -\n");
    assert_eq!(list(&["positions", "list"]), "No positions for Bærum kommune (Bærum municipality).\n");
    assert_eq!(
        list(&["gatherings", "list"]),
        "No upcoming gatherings for Bærum kommune (Bærum municipality).\n"
    );
    assert_eq!(list(&["broadcasts"]), "No broadcasts for Bærum kommune (Bærum municipality).\n");
    assert_eq!(
        list(&["audit"]),
        "No audit entries for Bærum kommune (Bærum municipality).\n",
        "the log shows only Bærum's entries"
    );
    assert!(list(&["stats"])
        .starts_with("numbers of Bærum kommune (Bærum municipality)\npeople: 0 applicants, 0 trainees"));
    // Oslo's unused invitation is neither listed nor revoked for Bærum.
    let code = app.invitation(Role::Mentor, "oslo-reserved", None).await;
    assert_eq!(list(&["roles", "invitations"]), "No unused invitations.\n");
    let mut revoke = b.to_vec();
    revoke.extend(["roles", "revoke", code.as_str()]);
    let (status, _, stderr) = app.cli(&revoke);
    assert_eq!((status, stderr.contains("another organisation")), (Some(1), true), "{stderr}");
    assert!(app
        .cli(&["roles", "invitations"])
        .1
        .starts_with(&format!("{code}\tmentor\toslo-kommune\toslo-reserved\tuntil ")));
    let (status, stdout, _) = app.cli(&["roles", "revoke", &code]);
    assert_eq!(
        (status, stdout.as_str()),
        (Some(0), "The unused mentor invitation for Oslo kommune (the City of Oslo) is revoked.\n")
    );
    // An unknown organisation is named.
    let (code, _, stderr) = app.cli(&["--organisation", "asker", "members"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("unknown organisation \"asker\"; known: oslo-kommune, staten, baerum-kommune"),
        "{stderr}"
    );
    // Without --organisation, the operator closes Oslo's position.
    let (code, stdout, stderr) = app.cli(&["positions", "close", &position]);
    assert_eq!(
        (code, stdout.as_str()),
        (Some(0), format!("Position {position} of Oslo kommune (the City of Oslo) is closed.\n").as_str()),
        "{stderr}"
    );
}

#[tokio::test]
async fn a_database_of_the_previous_release_gives_people_and_cohorts_their_organisation() {
    let (_dir, store) = crate::support::database_before("0010").await;
    let now = "2027-01-04T12:00:00.000Z";
    for sql in [
        "INSERT INTO cohorts (id, programme, name, created_at) VALUES (1, 'baerum-immigrants', 'Kull 2027', ?1)",
        "INSERT INTO members (user_id, role, programme, cohort_id, first_name, language, joined_at)
         VALUES (11, 'trainee', 'baerum-immigrants', 1, 'Amir', 'nb', ?1)",
        "INSERT INTO members (user_id, role, programme, first_name, language, joined_at)
         VALUES (12, 'coordinator', 'oslo-reserved', 'Kari', 'nb', ?1)",
        "INSERT INTO questions (asker, language, programme, asked_at) VALUES (13, 'en', 'state-trainee', ?1)",
    ] {
        sqlx::query(sql).bind(now).execute(store.pool()).await.unwrap();
    }
    store.migrate().await.unwrap();
    let config = traineebot::config::Config::from_lookup(|_| None).unwrap();
    assert_eq!(store.adopt_catalogue(&config.catalogue).await.unwrap(), 4);
    let members: Vec<(i64, Option<String>)> =
        sqlx::query_as("SELECT user_id, organisation FROM members ORDER BY user_id")
            .fetch_all(store.pool())
            .await
            .unwrap();
    assert_eq!(members, [(11, Some("baerum-kommune".into())), (12, Some("oslo-kommune".into()))]);
    let cohort: Option<String> =
        sqlx::query_scalar("SELECT organisation FROM cohorts").fetch_one(store.pool()).await.unwrap();
    assert_eq!(cohort.as_deref(), Some("baerum-kommune"));
    let question: Option<String> =
        sqlx::query_scalar("SELECT organisation FROM questions").fetch_one(store.pool()).await.unwrap();
    assert_eq!(question.as_deref(), Some("staten"));
    // The old coordinator of a programme is a coordinator of its organisation now.
    let kari = store.member(12).await.unwrap().unwrap();
    assert_eq!((kari.role, kari.organisation.as_deref()), (Role::Coordinator, Some("oslo-kommune")));
    // A second start finds nothing more to do.
    assert_eq!(store.adopt_catalogue(&config.catalogue).await.unwrap(), 0);
}
