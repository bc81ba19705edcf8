//! /programmes: the list and one page per programme.

use crate::support::TestApp;

#[tokio::test]
async fn programmes_lists_the_four_live_programmes_with_a_button_each() {
    let app = TestApp::spawn().await;
    let list = app.person(301, Some("nb")).says("/programmes").await;
    assert!(
        list.text.starts_with(
            "Dette er ordningene. Trykk på en for å lese mer.\n\n1. Oslo kommune: rekrutteringsordningen for personer med funksjonsnedsettelse\n"
        ),
        "{}",
        list.text
    );
    assert!(list.text.contains("\n\n4. Oslo kommune: tilrettelagte jobber sammen med Stiftelsen HELT MED\n"));
    assert!(!list.text.contains("traineeordningen"), "the 2014-2017 scheme is history: {}", list.text);
    assert_eq!(
        list.labels(),
        [
            "Oslo: rekrutteringsordningen",
            "Staten: traineeprogrammet",
            "Bærum: trainee for innvandrere",
            "Oslo: tilrettelagte jobber"
        ]
    );
}

#[tokio::test]
async fn a_programme_page_says_who_it_is_for_how_to_apply_and_how_old_its_facts_are() {
    let app = TestApp::spawn().await;
    let kari = app.person(302, Some("nb"));
    let list = kari.says("/programmes").await;
    assert_eq!(kari.press(&list, "Staten: traineeprogrammet").await, None);
    let page = kari.reply().await;
    assert!(page.text.starts_with(
        "Staten: traineeprogrammet for personer med nedsatt funksjonsevne og høyere utdanning\n\n"
    ));
    // No deadline without a year: the 2017/18 round is history, dated.
    assert!(
        page.text.contains("\n\nFrister\nFristen står i utlysningen. I runden 2017 til 2018 hadde alle"),
        "{}",
        page.text
    );
    assert!(!page.text.contains("29. mars"), "{}", page.text);
    assert!(page.text.contains("\n\nKontakt\nDifi koordinerte programmet i runden 2017 til 2018."));
    assert!(
        page.text.contains(
            "\n\nKilde\nOpplysningene er fra 2017. Sjekk programmets egen side for det nyeste:\nhttps://www.difi.no/fagomrader-og-tjenester/traineeprogrammet\n"
        ),
        "{}",
        page.text
    );
    // The page ends with its own organisation's contact, not Oslo's.
    assert!(
        page.text
            .contains("\n\nStaten ved Difi (nå Digitaliseringsdirektoratet)\n\nKoordinator: Per Prøve\n"),
        "{}",
        page.text
    );
    assert!(!page.text.contains("Kari Eksempel"), "{}", page.text);
    assert_eq!(page.buttons, [["Sjekk hva som kan passe"], ["Still et spørsmål"], ["Alle ordningene"]]);
    kari.press(&page, "Still et spørsmål").await;
    assert!(kari.reply().await.text.contains("til koordinatorene i Staten ved Difi"));

    let english = app.person(303, Some("en"));
    let list = english.says("/programmes").await;
    english.press(&list, "Oslo: reserved jobs").await;
    let page = english.reply().await;
    assert!(
        page.text.contains("How to apply\n1. Find the jobs among the City of Oslo's vacancies."),
        "{}",
        page.text
    );
    assert!(page.text.contains("3. Write a self-declaration (egenerklæring) in the application"));
    assert!(page.text.contains("These facts are from 2018."), "{}", page.text);
    assert!(
        page.text.contains("\n\nOslo kommune (the City of Oslo)\n\nCoordinator: Kari Eksempel\n"),
        "{}",
        page.text
    );

    let nynorsk = app.person(304, Some("nn"));
    let list = nynorsk.says("/programmes").await;
    nynorsk.press(&list, "Bærum: trainee for innvandrarar").await;
    let page = nynorsk.reply().await;
    assert!(page.text.contains("Kven kan søkje?\nDeg som har innvandra"), "{}", page.text);
    assert!(page.text.contains("Opplysingane er frå 2021."), "{}", page.text);
    // Financing is the employer's business, not something the applicant gets.
    assert!(!page.text.contains("NAV"), "{}", page.text);
}

#[tokio::test]
async fn rows_of_the_merged_trainee_scheme_move_to_the_recruitment_scheme_at_start() {
    let (_dir, store) = crate::support::database_before("9999").await;
    let now = "2027-01-04T12:00:00.000Z";
    for sql in [
        "INSERT INTO cohorts (id, programme, organisation, name, created_at)
         VALUES (1, 'oslo-trainee', 'oslo-kommune', 'Kull 2017', ?1),
                (2, 'oslo-reserved', 'oslo-kommune', 'Kull 2017', ?1),
                (3, 'oslo-trainee', 'oslo-kommune', 'Kull 2016', ?1)",
        "INSERT INTO members (user_id, role, programme, organisation, cohort_id, first_name, language, joined_at)
         VALUES (11, 'trainee', 'oslo-trainee', 'oslo-kommune', 1, 'Ada', 'nb', ?1),
                (12, 'mentor', 'oslo-trainee', 'oslo-kommune', NULL, 'Mona', 'nb', ?1)",
        "INSERT INTO positions (external_id, programme, title, employer, place, extent_percent, employment,
                                deadline, url, description, created_at, updated_at)
         VALUES ('T1', 'oslo-trainee', 'Trainee', 'Bydel Alna', 'Oslo', 100, 'temporary', '2027-02-01',
                 'https://example.org/t1', '', ?1, ?1)",
        "INSERT INTO alerts (user_id, language, programme, created_at) VALUES (13, 'nb', 'oslo-trainee', ?1)",
        "INSERT INTO gatherings (audience, programme, cohort_id, starts_at, duration_minutes, place, topic,
                                 created_at, updated_at)
         VALUES ('cohort', 'oslo-trainee', 1, '2027-02-01T16:00:00.000Z', 60, 'Rådhuset', 'Etikk', ?1, ?1)",
        "INSERT INTO broadcasts (audience, recipients, scheduled_at, created_at)
         VALUES ('trainees:oslo-trainee', 2, ?1, ?1)",
    ] {
        sqlx::query(sql).bind(now).execute(store.pool()).await.unwrap();
    }
    let config = traineebot::config::Config::from_lookup(|_| None).unwrap();
    // 1 cohort renamed; 2 members and 2 cohorts moved; position, alert, gathering, broadcast.
    assert_eq!(store.adopt_catalogue(&config.catalogue).await.unwrap(), 9);
    let cohorts: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, programme, name FROM cohorts ORDER BY id")
            .fetch_all(store.pool())
            .await
            .unwrap();
    let oslo = |id, name: &str| (id, "oslo-reserved".to_owned(), name.to_owned());
    assert_eq!(cohorts, [oslo(1, "Kull 2017 (oslo-trainee)"), oslo(2, "Kull 2017"), oslo(3, "Kull 2016")]);
    for table in ["members", "positions", "alerts", "gatherings"] {
        let left: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} WHERE programme <> 'oslo-reserved'"))
                .fetch_one(store.pool())
                .await
                .unwrap();
        assert_eq!(left, 0, "{table}");
    }
    let audience: String =
        sqlx::query_scalar("SELECT audience FROM broadcasts").fetch_one(store.pool()).await.unwrap();
    assert_eq!(audience, "trainees:oslo-reserved");
    // Ada is still in her cohort, now of the recruitment scheme.
    let ada = store.member(11).await.unwrap().unwrap();
    assert_eq!((ada.programme.as_str(), ada.cohort.map(|c| c.id)), ("oslo-reserved", Some(1)));
    assert_eq!(store.adopt_catalogue(&config.catalogue).await.unwrap(), 0, "a second start changes nothing");
}

#[tokio::test]
async fn a_button_for_a_programme_no_longer_in_the_catalogue_says_so() {
    let app = TestApp::spawn().await;
    let ola = app.person(305, Some("nb"));
    let list = ola.says("/programmes").await;
    let notice = ola.press_data(&list, "1p|closed-programme").await;
    assert_eq!(notice.as_deref(), Some("Denne ordningen finnes ikke lenger i lista."));
    assert!(ola.reply().await.text.starts_with("Dette er ordningene."));
}
