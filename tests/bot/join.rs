//! Joining with an invitation link, making invitations in the bot, and
//! linking trainees to mentors.

use traineebot::domain::clock::Clock;
use traineebot::domain::members::Role;
use traineebot::standin::BOT_USERNAME;

use crate::support::TestApp;

const COORDINATOR: i64 = 7000;

#[tokio::test]
async fn an_invitation_makes_a_trainee_once_and_only_once() {
    let app = TestApp::spawn().await;
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    let ola = app.person_named(701, Some("nb"), "Ola");
    let welcome = ola.joins(&code).await;
    assert_eq!(
        welcome.text,
        "Velkommen, Ola! Du er nå registrert som trainee i Oslo: rekrutteringsordningen, Kull 2027.\n\n\
         Skriv /gatherings for å se samlingene dine, eller /help for alt jeg kan."
    );
    assert_eq!(welcome.labels(), ["Samlingene dine"]);
    ola.press(&welcome, "Samlingene dine").await;
    assert_eq!(ola.reply().await.text, "Du har ingen samlinger som kommer.");
    let member = app.store.member(701).await.unwrap().expect("Ola is a member");
    assert_eq!((member.role, member.cohort.unwrap().name.as_str()), (Role::Trainee, "Kull 2027"));
    // Ola's own menu now has /gatherings and /reminders.
    let (_, menu) =
        app.wait_for_call(0, |c| c.method == "setMyCommands" && c.params["scope"]["chat_id"] == 701).await;
    let names: Vec<_> =
        menu.params["commands"].as_array().unwrap().iter().map(|c| c["command"].clone()).collect();
    assert!(names.contains(&"gatherings".into()) && names.contains(&"reminders".into()));
    assert!(!names.contains(&"invite".into()));

    // The same link a second time, by someone else: refused, nothing changes.
    let kari = app.person_named(702, Some("en"), "Kari");
    let refused = kari.joins(&code).await;
    assert_eq!(
        refused.text,
        "This invitation has already been used. Each link works only once. Ask the coordinator for a new one."
    );
    assert!(kari.reply().await.text.starts_with("Hi!"), "the greeting follows");
    assert!(app.store.member(702).await.unwrap().is_none());
    assert_eq!(app.count("SELECT COUNT(*) FROM members").await, 1);
}

#[tokio::test]
async fn expired_unknown_and_malformed_codes_change_nothing() {
    let app = TestApp::spawn().await;
    let code = app.invitation(Role::Mentor, "state-trainee", None).await;
    app.clock.set(app.clock.now() + chrono::Duration::days(15));
    let per = app.person(703, Some("nn"));
    assert_eq!(per.joins(&code).await.text, "Denne invitasjonen har gått ut. Be koordinatoren om ei ny.");
    per.reply().await;
    for forged in ["abcdefghjkmn", "'; DROP TABLE members; --", "x"] {
        let answer = per.joins(forged).await;
        assert_eq!(
            answer.text,
            "Eg kjenner ikkje att denne koden. Sjekk at lenkja er rett, eller spør koordinatoren."
        );
        per.reply().await;
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM members").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM invitations WHERE used_by IS NOT NULL").await, 0);
}

#[tokio::test]
async fn a_coordinator_makes_an_invitation_link_in_the_bot_for_a_new_cohort() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let kari = app.person(COORDINATOR, Some("en"));
    let roles = kari.says("/invite").await;
    assert_eq!(roles.text, "Who is the invitation for?");
    assert_eq!(roles.labels(), ["A trainee", "A mentor", "A coordinator", "Cancel"]);
    kari.press(&roles, "A trainee").await;
    let programmes = kari.reply().await;
    assert_eq!(programmes.text, "Which programme?");
    kari.press(&programmes, "Oslo: reserved jobs").await;
    let cohorts = kari.reply().await;
    assert_eq!(cohorts.labels(), ["New cohort", "Back", "Cancel"]);
    kari.press(&cohorts, "New cohort").await;
    let prompt = kari.reply().await;
    assert_eq!(prompt.text, "Write the name of the new cohort, for example \"Kull 2027\".");
    assert_eq!(prompt.labels(), ["Back", "Cancel"]);
    let created = kari.says("Kull 2027").await;
    kari.reply().await;
    let prompt_now = app.api.message(COORDINATOR, prompt.message_id).unwrap();
    assert!(prompt_now["reply_markup"].is_null(), "Back and Cancel go once it is made: {prompt_now}");
    let link_prefix = format!("https://t.me/{BOT_USERNAME}?start=");
    let link = created.text.lines().find(|l| l.starts_with(&link_prefix)).expect("a link");
    let code = link.trim_start_matches(&link_prefix);
    assert!(created
        .text
        .starts_with("Invitation for a trainee in Oslo: reserved jobs, Kull 2027. It works once"));
    assert!(created.text.contains(&format!("The code is {code}.\n\nThe cohort Kull 2027 is made when")));
    assert!(created.text.ends_with("choose \"New cohort\" again and write the same name."));
    // The cohort is only a name on the invitation until someone uses it.
    assert_eq!(app.count("SELECT COUNT(*) FROM cohorts").await, 0);

    // A forged button for a trainee invitation without a cohort makes none.
    kari.press_data(&created, "1v|t|oslo-reserved|-").await;
    assert_eq!(
        kari.reply().await.text,
        "A trainee must belong to a cohort. Type /invite and choose a cohort."
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM invitations").await, 1);

    // A second invitation to the same new cohort, typed the same way.
    let cohorts = kari.says("/invite").await;
    kari.press(&cohorts, "A trainee").await;
    kari.press(&kari.reply().await, "Oslo: reserved jobs").await;
    kari.press(&kari.reply().await, "New cohort").await;
    kari.reply().await;
    let second = kari.says(" Kull 2027 ").await;
    kari.reply().await;
    let second = second.text.lines().find(|l| l.starts_with(&link_prefix)).expect("a link");
    let second = second.trim_start_matches(&link_prefix).to_owned();

    let ola = app.person_named(704, Some("en"), "Ola");
    assert!(ola.joins(code).await.text.starts_with("Welcome, Ola! You are now registered as a trainee"));
    let rows: Vec<(i64, String)> =
        sqlx::query_as("SELECT created_by, role FROM invitations").fetch_all(app.store.pool()).await.unwrap();
    assert_eq!(rows, [(COORDINATOR, "trainee".to_owned()), (COORDINATOR, "trainee".to_owned())]);
    let nora = app.person_named(705, Some("en"), "Nora");
    nora.joins(&second).await;
    let cohorts: Vec<(String, i64)> = sqlx::query_as(
        "SELECT c.name, COUNT(m.user_id) FROM cohorts c JOIN members m ON m.cohort_id = c.id GROUP BY c.id",
    )
    .fetch_all(app.store.pool())
    .await
    .unwrap();
    assert_eq!(cohorts, [("Kull 2027".to_owned(), 2)], "both joined the one new cohort");

    // Once it exists, it is a button, and an invitation to it says nothing more.
    let roles = kari.says("/invite").await;
    kari.press(&roles, "A trainee").await;
    kari.press(&kari.reply().await, "Oslo: reserved jobs").await;
    let cohorts = kari.reply().await;
    assert_eq!(cohorts.labels(), ["Kull 2027", "New cohort", "Back", "Cancel"]);
    kari.press(&cohorts, "Kull 2027").await;
    let third = kari.reply().await;
    assert!(third.text.contains(", Kull 2027. It works once"), "{}", third.text);
    assert!(third.text.trim_end().ends_with('.') && !third.text.contains("is made when"), "{}", third.text);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unused_invitation_to_a_new_cohort_leaves_no_cohort_behind() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let kari = app.person(COORDINATOR, Some("nb"));
    let roles = kari.says("/invite").await;
    kari.press(&roles, "En trainee").await;
    kari.press(&kari.reply().await, "Oslo: rekrutteringsordningen").await;
    kari.press(&kari.reply().await, "Nytt kull").await;
    kari.reply().await;
    let created = kari.says("Kull 2031").await;
    assert!(created.text.ends_with(
        "Kullet Kull 2031 blir laget når den første bruker en invitasjon til det. Vil du invitere flere til \
         kullet, velger du «Nytt kull» igjen og skriver det samme navnet."
    ));
    let code: String =
        sqlx::query_scalar("SELECT code FROM invitations").fetch_one(app.store.pool()).await.unwrap();
    let (status, _, stderr) = app.cli(&["roles", "revoke", &code]);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(app.count("SELECT COUNT(*) FROM cohorts").await, 0);
    let ola = app.person(706, Some("nb"));
    ola.joins(&code).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM members").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM cohorts").await, 0);
}

#[tokio::test]
async fn invite_goes_back_a_step_or_is_cancelled_without_making_anything() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let kari = app.person(COORDINATOR, Some("nb"));
    let roles = kari.says("/invite").await;
    kari.press(&roles, "En trainee").await;
    let programmes = kari.reply().await;
    assert_eq!(programmes.labels().last().copied(), Some("Avbryt"));
    kari.press(&programmes, "Tilbake").await;
    let back = kari.reply().await;
    assert_eq!((back.message_id, back.text.as_str()), (roles.message_id, "Hvem er invitasjonen til?"));
    kari.press(&back, "En trainee").await;
    let programmes = kari.reply().await;
    kari.press(&programmes, "Oslo: rekrutteringsordningen").await;
    let cohorts = kari.reply().await;
    kari.press(&cohorts, "Tilbake").await;
    assert_eq!(kari.reply().await.text, "Hvilken ordning?");
    kari.press(&programmes, "Oslo: rekrutteringsordningen").await;
    let cohorts = kari.reply().await;
    kari.press(&cohorts, "Nytt kull").await;
    let prompt = kari.reply().await;
    kari.press(&prompt, "Avbryt").await;
    let cancelled = kari.reply().await;
    assert_eq!(cancelled.text, "Ingen invitasjon ble laget. Skriv /invite når du vil lage en.");
    assert_eq!(cancelled.labels(), ["Til menyen"]);
    // What is typed now is no cohort name.
    let after = kari.says("Kull 2030").await;
    assert!(!after.text.contains("Kull 2030"), "{}", after.text);
    assert_eq!(app.count("SELECT COUNT(*) FROM invitations").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM cohorts").await, 0);
}

#[tokio::test]
async fn people_who_are_not_coordinators_cannot_invite_or_link() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let code = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    let ola = app.person(705, Some("nb"));
    ola.joins(&code).await;
    for command in ["/invite", "/link", "/newgathering", "/attendance"] {
        assert_eq!(ola.says(command).await.text, "Dette kan bare koordinatorer gjøre.");
    }
    // A forged invitation button is refused too, and makes no invitation.
    let any = ola.says("/gatherings").await;
    assert_eq!(
        ola.press_data(&any, "1v|c|oslo-reserved|-").await.as_deref(),
        Some("Dette kan bare koordinatorer gjøre.")
    );
    assert_eq!(
        ola.press_data(&any, "1n|705|705").await.as_deref(),
        Some("Dette kan bare koordinatorer gjøre.")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM invitations").await, 1);
}

#[tokio::test]
async fn a_coordinator_links_a_trainee_to_a_mentor_and_can_change_it() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let trainee = app.invitation(Role::Trainee, "oslo-reserved", Some("Kull 2027")).await;
    app.person_named(706, Some("nb"), "Ola").joins(&trainee).await;
    for (id, name) in [(707, "Mona"), (708, "Per")] {
        let code = app.invitation(Role::Mentor, "oslo-reserved", None).await;
        app.person_named(id, Some("nb"), name).joins(&code).await;
    }
    // The notices of who joined (now, or after the quiet hours) are not what this is about.
    app.wait_for_outbox().await;
    let kari = app.person(COORDINATOR, Some("nb")).reading_from_now();
    let trainees = kari.says("/link").await;
    assert_eq!(trainees.labels(), ["Ola, Kull 2027, ingen mentor"]);
    kari.press(&trainees, "Ola, Kull 2027, ingen mentor").await;
    let mentors = kari.reply().await;
    assert_eq!(mentors.text, "Hvem skal være mentor for Ola?");
    assert_eq!(mentors.labels(), ["Mona", "Per"]);
    kari.press(&mentors, "Mona").await;
    assert_eq!(kari.reply().await.text, "Ola har nå Mona som mentor.");
    assert_eq!(app.store.member(706).await.unwrap().unwrap().mentor_id, Some(707));

    let again = kari.says("/link").await;
    kari.press(&again, "Ola, Kull 2027, Mona").await;
    let mentors = kari.reply().await;
    kari.press(&mentors, "Per").await;
    assert_eq!(kari.reply().await.text, "Ola har nå Per som mentor.");
    assert_eq!(app.store.member(706).await.unwrap().unwrap().mentor_id, Some(708));
    // A forged link of a mentor to a mentor is refused.
    assert_eq!(
        kari.press_data(&again, "1n|707|708").await.as_deref(),
        Some("Denne personen er ikke trainee lenger.")
    );
    assert_eq!(app.store.member(707).await.unwrap().unwrap().mentor_id, None);
}

#[tokio::test]
async fn coordinators_get_their_commands_in_their_own_menu_only() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let menu_of = |chat: i64| {
        let app = &app;
        async move {
            let (_, call) = app
                .wait_for_call(0, |c| c.method == "setMyCommands" && c.params["scope"]["chat_id"] == chat)
                .await;
            let names: Vec<String> = call.params["commands"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["command"].as_str().unwrap().to_owned())
                .collect();
            names
        }
    };
    // COORDINATOR_IDS get theirs at start.
    let configured = menu_of(COORDINATOR).await;
    for command in
        ["broadcast", "broadcasts", "inbox", "stats", "invite", "newgathering", "attendance", "link"]
    {
        assert!(configured.contains(&command.to_owned()), "{command} missing from {configured:?}");
    }
    assert!(!configured.contains(&"mentor".to_owned()));
    // A coordinator who joined with an invitation gets the same.
    let code = app.invitation(Role::Coordinator, "baerum-immigrants", None).await;
    app.person_named(709, Some("nn"), "Siri").joins(&code).await;
    assert!(menu_of(709).await.contains(&"broadcast".to_owned()));
    // The default menu (everyone else) has none of them.
    let (_, default) =
        app.wait_for_call(0, |c| c.method == "setMyCommands" && c.params["scope"].is_null()).await;
    let text = default.params["commands"].to_string();
    assert!(!text.contains("broadcast") && !text.contains("invite"), "{text}");
}

#[tokio::test]
async fn long_lists_of_trainees_and_cohorts_come_in_pages() {
    let app = TestApp::spawn_with_coordinator(5601).await;
    for id in 0..61 {
        let code = app.invitation(Role::Trainee, "oslo-reserved", Some(&format!("Kull {id:02}"))).await;
        let joiner = traineebot::store::Joiner {
            user_id: 6000 + id,
            first_name: "Trainee",
            language: traineebot::domain::Lang::Nb,
        };
        app.store.redeem_invitation(&code, &joiner, app.clock.now()).await.unwrap();
    }
    let boss = app.person(5601, Some("nb"));
    let first = boss.says("/link").await;
    assert!(first.text.ends_with("\n\nSide 1 av 4. 61 i alt."), "{}", first.text);
    assert_eq!(first.labels().len(), 21, "20 trainees and Next");
    assert_eq!(first.labels().last(), Some(&"Neste side"));
    boss.press(&first, "Neste side").await;
    let second = boss.reply().await;
    assert!(second.text.ends_with("Side 2 av 4. 61 i alt."), "{}", second.text);
    assert_eq!(second.buttons.last().unwrap(), &["Forrige side", "Neste side"]);
    assert!(
        !second.labels().iter().any(|l| first.labels().contains(l) && l.starts_with("Trainee")),
        "other trainees"
    );
    // 61 cohorts in /invite: pages of 20, and "New cohort" on each.
    let invite = boss.says("/invite").await;
    boss.press(&invite, "En trainee").await;
    let programmes = boss.reply().await;
    boss.press(&programmes, "Oslo: rekrutteringsordningen").await;
    let cohorts = app.api.message(5601, programmes.message_id).unwrap();
    let text = cohorts["text"].as_str().unwrap();
    assert!(text.ends_with("Side 1 av 4. 61 i alt."), "{text}");
    let rows = cohorts["reply_markup"]["inline_keyboard"].as_array().unwrap();
    assert_eq!(rows.len(), 23, "20 cohorts, the page buttons, New cohort, Back and Cancel");
    assert_eq!(rows[20][0]["text"], "Neste side");
    assert_eq!(rows[21][0]["text"], "Nytt kull");
    assert_eq!(
        (rows[22][0]["text"].as_str(), rows[22][1]["text"].as_str()),
        (Some("Tilbake"), Some("Avbryt"))
    );
}
