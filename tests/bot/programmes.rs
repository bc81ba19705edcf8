//! /programmes: the list and one page per programme.

use crate::support::TestApp;

#[tokio::test]
async fn programmes_lists_the_five_programmes_with_a_button_each() {
    let app = TestApp::spawn().await;
    let list = app.person(301, Some("nb")).says("/programmes").await;
    assert!(list.text.starts_with("Dette er ordningene. Trykk på en for å lese mer.\n\n1. Oslo kommune: stillinger for personer med funksjonsnedsettelse"), "{}", list.text);
    assert!(list.text.contains("\n\n5. Tilrettelagt arbeid i vanlig arbeidsliv (HELT MED)\n"));
    assert_eq!(
        list.labels(),
        [
            "Oslo: reserverte stillinger",
            "Oslo: traineeordningen",
            "Staten: traineeprogrammet",
            "Bærum: trainee for innvandrere",
            "Tilrettelagt arbeid"
        ]
    );
}

#[tokio::test]
async fn a_programme_page_says_who_it_is_for_how_to_apply_and_the_deadlines() {
    let app = TestApp::spawn().await;
    let kari = app.person(302, Some("nb"));
    let list = kari.says("/programmes").await;
    assert_eq!(kari.press(&list, "Staten: traineeprogrammet").await, None);
    let page = kari.reply().await;
    assert!(page.text.starts_with(
        "Staten: traineeprogrammet for personer med nedsatt funksjonsevne og høyere utdanning\n\n"
    ));
    assert!(
        page.text
            .contains("\n\nFrister\nSøknadsfrist 29. mars. Ansettelsene er ferdige innen utgangen av mai."),
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
    english.press(&list, "Oslo: reserved positions").await;
    let page = english.reply().await;
    assert!(
        page.text.contains("How to apply\n1. Find the positions among Oslo kommune's vacancies."),
        "{}",
        page.text
    );
    assert!(page.text.contains("3. Write a self-declaration in the application"));
    assert!(
        page.text.contains("\n\nOslo kommune (the City of Oslo)\n\nCoordinator: Kari Eksempel\n"),
        "{}",
        page.text
    );

    let nynorsk = app.person(304, Some("nn"));
    let list = nynorsk.says("/programmes").await;
    nynorsk.press(&list, "Bærum: trainee for innvandrarar").await;
    assert!(nynorsk.reply().await.text.contains("Kven kan søkje?\nDeg som har innvandra"));
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
