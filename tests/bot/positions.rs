//! /positions: open positions with paging, a page per position, expiry by
//! date, and buttons for positions that closed.

use chrono::{DateTime, Utc};
use traineebot::domain::positions::parse_csv;

use crate::support::{TestApp, CSV_HEADER};

/// Tuesday 1 December 2026, 10:00 in Oslo.
fn first_of_december() -> DateTime<Utc> {
    "2026-12-01T09:00:00Z".parse().unwrap()
}

/// Imports the rows (after the header) through the same code as the CLI.
async fn import(app: &TestApp, rows: &str) {
    let csv = format!("{CSV_HEADER}{rows}");
    let catalogue = traineebot::config::Config::from_lookup(|_| None).unwrap().catalogue;
    let positions = parse_csv(csv.as_bytes(), &catalogue).unwrap();
    app.store.import_positions(&positions).await.unwrap();
}

/// Six open positions, one already past its deadline.
async fn seed(app: &TestApp) {
    import(
        app,
        "P1,oslo-reserved,Rådgiver,Bydel Frogner,Oslo,100,permanent,2026-12-04,https://example.org/p1,Saksbehandling av søknader.\n\
         P2,adapted-work,Trainee IT,Utviklings- og kompetanseetaten,Oslo,80,temporary,2026-12-10,https://example.org/p2,\n\
         P3,state-trainee,Trainee jurist,Digitaliseringsdirektoratet,Brønnøysund,100,temporary,2027-03-29,https://example.org/p3,\n\
         P4,baerum-immigrants,Ingeniør,Bærum kommune,Sandvika,100,temporary,2026-12-20,https://example.org/p4,\n\
         P5,oslo-reserved,Konsulent,Bydel Grorud,Oslo,50,substitute,2026-12-15,https://example.org/p5,\n\
         P6,oslo-reserved,Arkivar,Byarkivet,Oslo,100,permanent,2026-12-31,https://example.org/p6,\n\
         P7,oslo-reserved,Gammel stilling,Bydel Sagene,Oslo,100,permanent,2026-11-30,https://example.org/p7,\n",
    )
    .await;
}

#[tokio::test]
async fn positions_lists_open_ones_soonest_deadline_first_five_a_page() {
    let app = TestApp::spawn().await;
    app.clock.set(first_of_december());
    seed(&app).await;
    let kari = app.person(701, Some("nb"));
    let first = kari.says("/positions").await;
    assert!(
        first.text.starts_with(
            "Ledige stillinger 1 til 5 av 6. Trykk på en for å lese mer.\n\n\
             1. Rådgiver\nBydel Frogner, Oslo\nSøknadsfrist fredag 4. desember 2026\n\n\
             2. Trainee IT\nUtviklings- og kompetanseetaten, Oslo\nSøknadsfrist torsdag 10. desember 2026"
        ),
        "{}",
        first.text
    );
    assert!(!first.text.contains("Gammel stilling"), "past its deadline");
    assert_eq!(
        first.labels(),
        [
            "1. Rådgiver",
            "2. Trainee IT",
            "3. Konsulent",
            "4. Ingeniør",
            "5. Arkivar",
            "Neste side",
            "Filtrer stillingene",
            "Varsle meg om nye stillinger som dette"
        ]
    );

    assert_eq!(kari.press(&first, "Neste side").await, None);
    let second = kari.reply().await;
    assert_eq!(second.method, "editMessageText");
    assert_eq!(second.message_id, first.message_id);
    assert_eq!(
        second.text,
        "Ledige stillinger 6 til 6 av 6. Trykk på en for å lese mer.\n\n\
         6. Trainee jurist\nDigitaliseringsdirektoratet, Brønnøysund\nSøknadsfrist mandag 29. mars 2027"
    );
    assert_eq!(
        second.labels(),
        [
            "6. Trainee jurist",
            "Forrige side",
            "Filtrer stillingene",
            "Varsle meg om nye stillinger som dette"
        ]
    );
}

#[tokio::test]
async fn a_position_page_has_every_field_in_words_and_a_link_to_the_ad() {
    let app = TestApp::spawn().await;
    app.clock.set(first_of_december());
    seed(&app).await;
    let kari = app.person(702, Some("nb"));
    let list = kari.says("/positions").await;
    kari.press(&list, "1. Rådgiver").await;
    let page = kari.reply().await;
    assert!(
        page.text.starts_with(
            "Rådgiver\nBydel Frogner, Oslo\n\nSaksbehandling av søknader.\n\n\
             Fast stilling, heltid.\nSøknadsfrist fredag 4. desember 2026.\n\
             Ordning: Oslo kommune: rekrutteringsordningen for personer med funksjonsnedsettelse\n\n\
             Slik søker du:\n1. Finn stillingene"
        ),
        "{}",
        page.text
    );
    assert!(page.text.contains("3. Skriv en egenerklæring i søknaden"), "the self-declaration");
    assert_eq!(page.buttons, [["Les hele utlysningen"], ["Alle ledige stillinger"]]);
    let link = app.api.message(702, page.message_id).unwrap()["reply_markup"]["inline_keyboard"][0][0]["url"]
        .clone();
    assert_eq!(link, "https://example.org/p1");

    let ali = app.person(703, Some("en"));
    let list = ali.says("/positions").await;
    ali.press(&list, "3. Konsulent").await;
    let page = ali.reply().await;
    assert!(
        page.text.contains("Substitute post, part time, 50 percent.\nApply by Tuesday 15 December 2026."),
        "{}",
        page.text
    );
    let nn = app.person(704, Some("nn"));
    let list = nn.says("/positions").await;
    assert!(list.text.starts_with("Ledige stillingar 1 til 5 av 6."));
    nn.press(&list, "2. Trainee IT").await;
    assert!(nn
        .reply()
        .await
        .text
        .contains("Mellombels stilling, deltid, 80 prosent.\nSøknadsfrist torsdag 10. desember 2026."));
}

#[tokio::test]
async fn a_position_past_its_deadline_or_closed_is_no_longer_open() {
    let app = TestApp::spawn().await;
    app.clock.set(first_of_december());
    seed(&app).await;
    let kari = app.person(705, Some("nb"));
    let list = kari.says("/positions").await;
    // Saturday 5 December 2026: Rådgiver (deadline the 4th) has expired.
    app.clock.set("2026-12-05T08:00:00Z".parse().unwrap());
    let closed = Some("Denne stillingen er ikke lenger ledig.".to_owned());
    assert_eq!(kari.press(&list, "1. Rådgiver").await, closed);
    let fresh = kari.says("/positions").await;
    assert!(fresh.text.starts_with("Ledige stillinger 1 til 5 av 5."), "{}", fresh.text);
    assert!(!fresh.text.contains("Rådgiver"));

    let id: i64 = sqlx::query_scalar("SELECT id FROM positions WHERE external_id = 'P2'")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert!(app.store.close_position(id).await.unwrap());
    assert_eq!(kari.press(&fresh, "1. Trainee IT").await, closed);
    kari.hears_nothing_more().await;
}

#[tokio::test]
async fn no_open_positions_says_so_and_points_to_the_programmes() {
    let app = TestApp::spawn().await;
    let ali = app.person(706, Some("en"));
    let reply = ali.says("/positions").await;
    assert_eq!(
        reply.text,
        "There are no open positions right now. To get a message when new ones come, tap the alert button below."
    );
    assert_eq!(
        reply.buttons,
        [["Filter the positions"], ["Tell me about new positions like these"], ["The programmes"]]
    );
}

#[tokio::test]
async fn forged_pages_and_ids_change_nothing() {
    let app = TestApp::spawn().await;
    app.clock.set(first_of_december());
    seed(&app).await;
    let kari = app.person(707, Some("nb"));
    let list = kari.says("/positions").await;
    let notice = kari.press_data(&list, "1o|99|-|-|-|-").await;
    assert_eq!(notice.as_deref(), Some("Den siden finnes ikke lenger. Her er den siste."));
    assert!(kari.reply().await.text.starts_with("Ledige stillinger 6 til 6 av 6."));
    assert_eq!(
        kari.press_data(&list, "1d|999999").await.as_deref(),
        Some("Denne stillingen er ikke lenger ledig.")
    );
    assert_eq!(
        kari.press_data(&list, "1d|-1").await.as_deref(),
        Some("Denne knappen virker ikke lenger. Skriv /start for å begynne på nytt.")
    );
    // Malformed filters, and well-formed ones naming a programme or an
    // employer's position that does not exist.
    for forged_filter in [
        "1o|0|nowhere|-|-|-|-",
        "1o|0|-|q|-|-",
        "1f|-|-|-|z|-",
        "1s|-|-|-|0",
        "1o|0|nowhere|-|-|-",
        "1f|p|nowhere|-|-|-",
        "1s|nowhere|-|-|-",
        "1o|0|-|-|-|fffff",
        "1s|-|-|-|fffff",
    ] {
        assert_eq!(
            kari.press_data(&list, forged_filter).await.as_deref(),
            Some("Denne knappen virker ikke lenger. Skriv /start for å begynne på nytt."),
            "{forged_filter}"
        );
    }
    kari.hears_nothing_more().await;
    assert_eq!(app.count("SELECT COUNT(*) FROM positions WHERE closed = 1").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 0);
}

#[tokio::test]
async fn filters_narrow_the_list_and_are_shown_in_words() {
    let app = TestApp::spawn().await;
    app.clock.set(first_of_december());
    seed(&app).await;
    let kari = app.person(708, Some("nb"));
    let list = kari.says("/positions").await;

    kari.press(&list, "Filtrer stillingene").await;
    let menu = kari.reply().await;
    assert_eq!((menu.method.as_str(), menu.message_id), ("editMessageText", list.message_id));
    assert_eq!(menu.text, "Hva vil du filtrere på?");
    assert_eq!(
        menu.labels(),
        ["Ordning", "Type stilling", "Heltid eller deltid", "Arbeidsgiver", "Vis stillingene"]
    );
    kari.press(&menu, "Heltid eller deltid").await;
    let extent = kari.reply().await;
    assert_eq!(extent.text, "Velg heltid eller deltid:");
    assert_eq!(extent.labels(), ["Heltid", "Deltid", "Alle", "Tilbake"]);
    kari.press(&extent, "Heltid").await;
    let full_time = kari.reply().await;
    assert_eq!(full_time.message_id, list.message_id);
    assert!(
        full_time.text.starts_with(
            "Ledige stillinger 1 til 4 av 4. Trykk på en for å lese mer.\nFilter: Heltid\n\n1. Rådgiver"
        ),
        "{}",
        full_time.text
    );
    assert!(!full_time.text.contains("Trainee IT"), "80 percent is part time");
    assert!(full_time.labels().ends_with(&["Fjern filteret", "Varsle meg om nye stillinger som dette"]));

    // Add a second facet: permanent positions only.
    kari.press(&full_time, "Filtrer stillingene").await;
    let menu = kari.reply().await;
    kari.press(&menu, "Type stilling").await;
    let kinds = kari.reply().await;
    assert_eq!(kinds.labels(), ["Fast stilling", "Midlertidig stilling", "Vikariat", "Alle", "Tilbake"]);
    kari.press(&kinds, "Fast stilling").await;
    let both = kari.reply().await;
    assert!(
        both.text.starts_with(
            "Ledige stillinger 1 til 2 av 2. Trykk på en for å lese mer.\nFilter: Fast stilling, Heltid\n"
        ),
        "{}",
        both.text
    );

    kari.press(&both, "Fjern filteret").await;
    assert!(kari.reply().await.text.starts_with("Ledige stillinger 1 til 5 av 6."));
}

#[tokio::test]
async fn programme_and_employer_filters_and_a_filter_nothing_matches() {
    let app = TestApp::spawn().await;
    app.clock.set(first_of_december());
    seed(&app).await;
    let ali = app.person(709, Some("en"));
    let list = ali.says("/positions").await;
    ali.press(&list, "Filter the positions").await;
    let menu = ali.reply().await;
    ali.press(&menu, "Employer").await;
    let employers = ali.reply().await;
    assert_eq!(
        employers.labels(),
        [
            "Byarkivet",
            "Bydel Frogner",
            "Bydel Grorud",
            "Bærum kommune",
            "Digitaliseringsdirektoratet",
            "Utviklings- og kompetanseetaten",
            "All",
            "Back"
        ],
        "open employers only, by name"
    );
    ali.press(&employers, "Bærum kommune").await;
    let baerum = ali.reply().await;
    assert!(
        baerum
            .text
            .starts_with("One open position. Tap it to read more.\nFilter: Bærum kommune\n\n1. Ingeniør"),
        "{}",
        baerum.text
    );

    ali.press(&baerum, "Filter the positions").await;
    let menu = ali.reply().await;
    ali.press(&menu, "Programme").await;
    let programmes = ali.reply().await;
    assert_eq!(programmes.labels()[0], "Oslo: reserved jobs");
    ali.press(&programmes, "Oslo: reserved jobs").await;
    let nothing = ali.reply().await;
    assert_eq!(
        nothing.text,
        "No open positions match the filter: Oslo: reserved jobs, Bærum kommune. Try removing part of the filter, or tap the alert button below."
    );
    assert_eq!(
        nothing.labels(),
        [
            "Filter the positions",
            "Remove the filter",
            "Tell me about new positions like these",
            "The programmes"
        ]
    );
}

#[tokio::test]
async fn a_position_from_navs_feed_says_so_with_the_day_the_ad_changed_and_part_time_without_a_percent() {
    use traineebot::domain::positions::{Employment, Position};
    let app = TestApp::spawn().await;
    app.clock.set(first_of_december());
    let from_feed = Position {
        external_id: "3f2a9c1e-0d4b-4a57-9e0b-2c1d5e6f7a80".to_owned(),
        programme: "oslo-reserved".to_owned(),
        title: "Saksbehandler".to_owned(),
        employer: "Bydel Alna".to_owned(),
        place: "Oslo".to_owned(),
        extent_percent: None,
        employment: Employment::Permanent,
        deadline: "2026-12-18".parse().unwrap(),
        url: "https://arbeidsplassen.nav.no/stillinger/stilling/3f2a9c1e-0d4b-4a57-9e0b-2c1d5e6f7a80"
            .to_owned(),
        description: String::new(),
        feed_changed: Some("2026-11-27".parse().unwrap()),
    };
    app.store.import_positions(&[from_feed]).await.unwrap();
    let (stored, _) =
        app.store.open_positions("2026-12-01".parse().unwrap(), &Default::default(), 0, 5).await.unwrap();
    assert_eq!(stored[0].position.extent_percent, None, "no percent is stored as none, not as a made-up one");

    let kari = app.person(705, Some("nb"));
    let list = kari.says("/positions").await;
    kari.press(&list, "1. Saksbehandler").await;
    let page = kari.reply().await;
    assert!(page.text.contains("Fast stilling, deltid.\n"), "{}", page.text);
    assert!(
        page.text.ends_with(
            "Fra NAVs stillingsfeed (arbeidsplassen.nav.no). Annonsen ble sist endret fredag 27. november 2026."
        ),
        "{}",
        page.text
    );
    let ali = app.person(706, Some("en"));
    let list = ali.says("/positions").await;
    ali.press(&list, "1. Saksbehandler").await;
    let page = ali.reply().await;
    assert!(page.text.contains("Permanent position, part time.\n"), "{}", page.text);
    assert!(page.text.contains("From NAV's job feed (arbeidsplassen.nav.no"), "{}", page.text);
    assert!(page.text.ends_with("The ad last changed on Friday 27 November 2026."), "{}", page.text);

    // An imported position says nothing of the feed.
    import(
        &app,
        "P1,oslo-reserved,Rådgiver,Bydel Frogner,Oslo,100,permanent,2026-12-04,https://example.org/p1,\n",
    )
    .await;
    let list = ali.says("/positions").await;
    ali.press(&list, "1. Rådgiver").await;
    assert!(!ali.reply().await.text.contains("NAV"));
}

#[tokio::test]
async fn positions_of_the_previous_release_survive_the_copy_that_allows_part_time_without_a_percent() {
    let (_dir, store) = crate::support::database_before("0012").await;
    sqlx::query(
        "INSERT INTO positions (external_id, programme, title, employer, place, extent_percent, employment,
                                deadline, url, description, closed, created_at, updated_at)
         VALUES ('OLD-1', 'oslo-reserved', 'Arkivar', 'Byarkivet', 'Oslo', 60, 'permanent', '2027-01-15',
                 'https://example.org/old', 'Arkiv', 1, '2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z')",
    )
    .execute(store.pool())
    .await
    .unwrap();
    store.migrate().await.unwrap();
    let stored = store.all_positions().await.unwrap();
    assert_eq!(stored.len(), 1);
    let (old, position) = (&stored[0], &stored[0].position);
    assert!(old.closed, "a closed position stays closed");
    assert_eq!(
        (
            position.external_id.as_str(),
            position.extent_percent,
            position.feed_changed,
            position.description.as_str()
        ),
        ("OLD-1", Some(60), None, "Arkiv")
    );
    // The copy keeps the constraint on a percent that is given.
    let refused = sqlx::query("UPDATE positions SET extent_percent = 0").execute(store.pool()).await;
    assert!(refused.is_err(), "0 percent is refused");
}
