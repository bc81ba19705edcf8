//! The applicant journeys, and a trainee's reminder, in easy read (nb).

use traineebot::domain::gatherings::Audience;
use traineebot::domain::positions::parse_csv;

use crate::eligibility::answer_all;
use crate::gatherings::{join_cohort, oslo, plan};
use crate::support::{Person, TestApp, CSV_HEADER};

/// `person` chooses easy read from the greeting; returns the new greeting.
async fn choose_easy_read<'a>(person: &Person<'a>) -> crate::support::Sent {
    let greeting = person.says("/start").await;
    assert!(greeting.labels().contains(&"Lettlest"), "{:?}", greeting.labels());
    assert_eq!(person.press(&greeting, "Lettlest").await, None);
    assert_eq!(
        person.reply().await.text,
        "Nå skriver jeg lettlest.\nJeg bruker korte setninger.\nJeg skriver én ting om gangen."
    );
    person.reply().await
}

#[tokio::test]
async fn easy_read_is_offered_at_start_stored_shown_in_mydata_and_undone_in_language() {
    let app = TestApp::spawn().await;
    let ada = app.person(9001, Some("nb"));
    let greeting = choose_easy_read(&ada).await;
    assert_eq!(
        greeting.text,
        "Hei!\nJeg hjelper deg å finne en jobb.\nNoen jobber er for deg som har en funksjonsnedsettelse.\n\
         Noen jobber er for deg som har flyttet til Norge.\nTrykk på en knapp under.\n\
         Noen du kjenner kan gjerne hjelpe deg."
    );
    assert_eq!(
        greeting.labels(),
        [
            "Hva passer for meg?",
            "Ledige jobber",
            "Les om tilbudene",
            "Snakk med en person",
            "Språk / Language",
            "Vanlig tekst"
        ]
    );
    assert_eq!(app.count("SELECT easy_read FROM users WHERE user_id = 9001").await, 1);
    ada.send("/mydata");
    let (_, content, caption) = ada.document().await;
    assert_eq!(caption, "Her er alt jeg har lagret om deg.");
    assert!(content.contains("\"easy_read\": 1"), "{content}");
    // /language offers the way back, in its own words.
    let languages = ada.says("/language").await;
    assert_eq!(languages.labels().last(), Some(&"Vanlig tekst"));
    ada.press(&languages, "Vanlig tekst").await;
    assert_eq!(ada.reply().await.text, "Nå skriver jeg vanlig tekst igjen.");
    assert!(ada.reply().await.text.starts_with("Hei! Jeg hjelper deg med jobb- og traineeordninger"));
    assert_eq!(app.count("SELECT easy_read FROM users WHERE user_id = 9001").await, 0);
}

#[tokio::test]
async fn the_check_in_easy_read_asks_fewer_plainer_questions_and_gives_a_short_result() {
    let app = TestApp::spawn().await;
    let ada = app.person(9002, Some("nb"));
    choose_easy_read(&ada).await;
    assert_eq!(
        ada.says("/eligibility").await.text,
        "Jeg har noen spørsmål til deg.\nSvar med en knapp.\nDu trenger ikke si hva du har.\nSvarene blir slettet etterpå."
    );
    let question = ada.reply().await;
    assert_eq!(
        question.text,
        "Spørsmål 1\n\nHar du en funksjonsnedsettelse som varer lenge?\nDen kan være i kroppen eller i hodet.\n\
         Du trenger ikke si hva det er."
    );
    let question_message = question.message_id;
    let (asked, result) = answer_all(&ada, question, |_| "Ja").await;
    assert_eq!(asked.len(), 6, "the advice-only school question is left out");
    let done = app.api.message(9002, question_message).unwrap();
    assert_eq!(done["text"], "Takk! Det var det siste spørsmålet.");
    assert_eq!(
        result.text,
        "Dette kan passe for deg:\nOslo: rekrutteringsordningen\nStaten: traineeprogrammet\n\
         Bærum: trainee for innvandrere\nOslo: tilrettelagte jobber\n\n\
         Trykk på et tilbud for å lese mer.\nDet er den som har jobben som bestemmer.\nJeg har slettet svarene dine."
    );
    assert_eq!(
        result.labels(),
        [
            "Oslo: rekrutteringsordningen",
            "Staten: traineeprogrammet",
            "Bærum: trainee for innvandrere",
            "Oslo: tilrettelagte jobber",
            "Snakk med en person",
            "Ta sjekken på nytt"
        ]
    );
    ada.press(&result, "Staten: traineeprogrammet").await;
    let page = ada.reply().await;
    assert!(
        page.text.starts_with(
            "Staten: traineeprogrammet\n\nDette er jobber i staten.\nJobben varer i halvannet år."
        ),
        "{}",
        page.text
    );
    assert!(
        page.text.contains("\n\nTeksten er fra 2017.\nLes mer her:\nhttps://www.difi.no/"),
        "{}",
        page.text
    );

    let bo = app.person(9003, Some("nb"));
    choose_easy_read(&bo).await;
    bo.says("/eligibility").await;
    let question = bo.reply().await;
    let (_, result) = answer_all(&bo, question, |_| "Nei").await;
    assert!(
        result.text.starts_with("Jeg fant ikke noe som passer nå.\nSnakk gjerne med en person.\n\n"),
        "{}",
        result.text
    );
    assert_eq!(result.labels(), ["Snakk med en person", "Ta sjekken på nytt"]);

    let cy = app.person(9004, Some("nb"));
    choose_easy_read(&cy).await;
    cy.says("/eligibility").await;
    let question = cy.reply().await;
    cy.press(&question, "Avbryt").await;
    assert_eq!(cy.reply().await.text, "Du stoppet.\nJeg har slettet svarene dine.");
}

#[tokio::test]
async fn programmes_positions_and_contact_in_easy_read() {
    let app = TestApp::spawn().await;
    app.clock.set(oslo("2027-01-04 12:00"));
    let ada = app.person(9005, Some("nb"));
    choose_easy_read(&ada).await;
    let list = ada.says("/programmes").await;
    assert!(
        list.text.starts_with("Her er tilbudene.\nTrykk på et tilbud for å lese mer.\n\n1. "),
        "{}",
        list.text
    );
    assert_eq!(
        ada.says("/positions").await.text,
        "Det er ingen ledige jobber nå.\nVil du få en melding om nye jobber?\nTrykk på knappen under."
    );
    let csv = format!(
        "{CSV_HEADER}E1,oslo-reserved,Kontormedarbeider,Bydel Alna,Oslo,60,temporary,2027-02-01,https://example.org/e1,\n"
    );
    let catalogue = traineebot::config::Config::from_lookup(|_| None).unwrap().catalogue;
    app.store.import_positions(&parse_csv(csv.as_bytes(), &catalogue).unwrap()).await.unwrap();
    let list = ada.says("/positions").await;
    assert!(
        list.text.starts_with(
            "Her er én ledig jobb.\nTrykk på en jobb for å lese mer.\n\n1. Kontormedarbeider\nBydel Alna, Oslo\n\
             Siste dag å søke: mandag 1. februar 2027"
        ),
        "{}",
        list.text
    );
    ada.press(&list, "1. Kontormedarbeider").await;
    assert_eq!(
        ada.reply().await.text,
        "Kontormedarbeider\nBydel Alna, Oslo\n\nJobb for en tid, deler av uka.\n\
         Siste dag å søke: mandag 1. februar 2027.\n\nLes hele annonsen med knappen under."
    );
    assert_eq!(
        ada.says("/alerts").await.text,
        "Du får ikke beskjed om nye jobber nå.\nTrykk på Ledige jobber.\nTrykk så på Gi meg beskjed om nye jobber."
    );
    assert_eq!(
        ada.press(&list, "Gi meg beskjed om nye jobber").await.as_deref(),
        Some("Takk!\nDu får en melding når det kommer nye jobber.")
    );
    assert_eq!(
        ada.press(&list, "Gi meg beskjed om nye jobber").await.as_deref(),
        Some("Du får allerede beskjed om disse jobbene.")
    );
    let alerts = ada.says("/alerts").await;
    assert!(
        alerts.text.starts_with("Du får beskjed om disse jobbene.\nDu kan slette en med knappene."),
        "{}",
        alerts.text
    );
    let choice = ada.says("/contact").await;
    assert_eq!(choice.text, "Hvilket tilbud vil du snakke om?\nTrykk på en knapp.");
    ada.press(&choice, "Oslo: rekrutteringsordningen").await;
    let card = ada.reply().await;
    assert!(
        card.text.contains("Du kan snakke med Kari Eksempel.\nTelefon: +47 00 00 00 00\n"),
        "{}",
        card.text
    );
    assert!(
        card.text.contains(
            "Du kan avtale et møte.\nDisse tidene passer ofte:\ntirsdag fra klokka 10.00 til klokka 14.00\n"
        ),
        "{}",
        card.text
    );
}

#[tokio::test]
async fn asking_privacy_forgetting_and_mistakes_in_easy_read() {
    let app = TestApp::spawn_with_coordinator(9100).await;
    let ada = app.person(9006, Some("nb"));
    choose_easy_read(&ada).await;
    let choice = ada.says("/ask").await;
    assert_eq!(choice.text, "Hvilket tilbud vil du spørre om?\nTrykk på en knapp.");
    ada.press(&choice, "Oslo: rekrutteringsordningen").await;
    assert_eq!(
        ada.reply().await.text,
        "Skriv spørsmålet ditt nå.\nJeg sender det til Oslo kommune.\nDu får svaret her."
    );
    let sent = ada.says("Kan jeg jobbe deltid?").await;
    assert!(sent.text.starts_with("Takk!\nJeg har sendt spørsmålet.\nDu får svaret her."), "{}", sent.text);

    let summary = ada.says("/privacy").await;
    assert_eq!(
        summary.text,
        "Dette lagrer jeg:\n1. Jeg lagrer lite om deg.\n2. Jeg spør aldri hva du har.\n\
         3. Du kan se alt med /mydata.\n4. Du kan slette alt med /forget."
    );
    ada.press(&summary, "Les alt").await;
    let details = ada.reply().await;
    assert!(
        details.text.starts_with("Dette lagrer jeg om deg:\n1. Et nummer fra Telegram"),
        "{}",
        details.text
    );
    assert!(details.text.contains("Jeg sletter meldingene etter 30 dager."), "{}", details.text);
    assert!(details.text.contains("3. Du kan klage til Datatilsynet."), "{}", details.text);

    assert_eq!(ada.says("hva betyr varig").await.text, "Det forstod jeg ikke.\nTrykk på en knapp under.");
    assert_eq!(ada.says("/finnesikke").await.text, "Det forstod jeg ikke.\nTrykk på en knapp under.");

    let ask = ada.says("/forget").await;
    assert_eq!(ask.text, "Vil du at jeg skal slette alt om deg?\nDu kan ikke angre etterpå.");
    ada.press(&ask, "Nei, behold det").await;
    assert_eq!(ada.reply().await.text, "Greit.\nJeg slettet ingenting.");
    let ask = ada.says("/forget").await;
    ada.press(&ask, "Ja, slett alt").await;
    assert_eq!(ada.reply().await.text, "Jeg har slettet alt om deg.\nSkriver du igjen, begynner vi på nytt.");
}

#[tokio::test]
async fn a_trainee_in_easy_read_gets_a_plain_reminder_and_answers_it() {
    let app = TestApp::spawn().await;
    app.clock.set(oslo("2027-01-01 12:00"));
    let tore = app.person_named(9007, Some("nb"), "Tore");
    let cohort = join_cohort(&app, &tore).await;
    app.store.set_easy_read(9007, true).await.unwrap();
    plan(&app, Audience::Cohort(cohort), "2027-01-12 17:00", "Samling", 1).await;
    app.clock.set(oslo("2027-01-05 17:00"));
    let reminder = tore.reply().await;
    assert!(
        reminder.text.starts_with(
            "Husk møtet om en uke.\n\nSamling\ntirsdag 12. januar 2027, fra klokka 17.00 til klokka 19.00\n"
        ),
        "{}",
        reminder.text
    );
    assert!(reminder.text.ends_with("\n\nKommer du?"), "{}", reminder.text);
    tore.press(&reminder, "Jeg kommer").await;
    assert_eq!(
        tore.reply().await.text,
        "Takk!\nDu kommer på Samling.\nDet er tirsdag 12. januar 2027, fra klokka 17.00 til klokka 19.00."
    );
}
