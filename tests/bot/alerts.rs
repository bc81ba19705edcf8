//! /alerts: saving a filter, listing and deleting alerts, and one message per
//! person and import when new positions match.

use std::time::Duration;

use crate::support::{Person, TestApp, CSV_HEADER};

const COORDINATOR: i64 = 901;

/// Filters the list to full-time positions and returns that list.
async fn full_time_list(
    person: &Person<'_>,
    label_filter: &str,
    label_extent: &str,
    label_full: &str,
) -> crate::support::Sent {
    let list = person.says("/positions").await;
    person.press(&list, label_filter).await;
    let menu = person.reply().await;
    person.press(&menu, label_extent).await;
    let extent = person.reply().await;
    person.press(&extent, label_full).await;
    person.reply().await
}

#[tokio::test]
async fn a_filter_is_saved_as_an_alert_listed_and_deleted() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let kari = app.person(902, Some("nb"));
    assert_eq!(
        kari.says("/alerts").await.text,
        "Du har ingen varsler. Åpne /positions, velg et filter og trykk «Varsle meg om nye stillinger som dette»."
    );
    let list = full_time_list(&kari, "Filtrer stillingene", "Heltid eller deltid", "Heltid").await;
    let save = "Varsle meg om nye stillinger som dette";
    assert_eq!(
        kari.press(&list, save).await.as_deref(),
        Some("Varselet er lagret. Du får en melding når nye stillinger passer.")
    );
    assert_eq!(kari.press(&list, save).await.as_deref(), Some("Du har allerede dette varselet."));

    let alerts = kari.says("/alerts").await;
    assert_eq!(alerts.text, "Varslene dine. Du får en melding når nye stillinger passer.\n\n1. Heltid");
    assert_eq!(alerts.buttons, [["Slett varsel 1"]]);

    // Someone else cannot delete it, even with a forged button.
    let ola = app.person(903, Some("nb"));
    let olas = ola.says("/alerts").await;
    let forged = alerts.data_of("Slett varsel 1");
    assert_eq!(ola.press_data(&olas, &forged).await.as_deref(), Some("Det varselet finnes ikke lenger."));
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 1);

    assert_eq!(kari.press(&alerts, "Slett varsel 1").await.as_deref(), Some("Varselet er slettet."));
    let after = kari.reply().await;
    assert_eq!((after.method.as_str(), after.message_id), ("editMessageText", alerts.message_id));
    assert!(after.text.starts_with("Du har ingen varsler."));
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 0);
}

#[tokio::test]
async fn a_person_has_at_most_five_alerts() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let ali = app.person(904, Some("en"));
    let full_time = full_time_list(&ali, "Filter the positions", "Full time or part time", "Full time").await;
    assert_eq!(
        ali.press(&full_time, "Tell me about new positions like these").await.as_deref(),
        Some("The alert is saved. You will get a message when new positions match.")
    );
    let list = ali.says("/positions").await;
    ali.press(&list, "Filter the positions").await;
    let menu = ali.reply().await;
    ali.press(&menu, "Programme").await;
    let programmes = ali.reply().await;
    for label in [
        "Oslo: reserved jobs",
        "State trainee programme",
        "Bærum: trainee for immigrants",
        "Oslo: adapted jobs",
    ] {
        let data = programmes.data_of(label).replacen("1o|0|", "1s|", 1);
        assert_eq!(
            ali.press_data(&programmes, &data).await.as_deref(),
            Some("The alert is saved. You will get a message when new positions match."),
            "{label}"
        );
    }
    let any = programmes.data_of("All").replacen("1o|0|", "1s|", 1);
    assert_eq!(
        ali.press_data(&programmes, &any).await.as_deref(),
        Some("You already have 5 alerts. Delete one in /alerts first.")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 5);
}

#[tokio::test]
async fn an_import_sends_each_matching_person_one_message_through_the_outbox() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let kari = app.person(905, Some("nb"));
    let list = full_time_list(&kari, "Filtrer stillingene", "Heltid eller deltid", "Heltid").await;
    kari.press(&list, "Varsle meg om nye stillinger som dette").await;
    let ali = app.person(906, Some("en"));
    let list = ali.says("/positions").await;
    ali.press(&list, "Tell me about new positions like these").await;
    let per = app.person(907, Some("nb"));
    per.says("/start").await;

    let siri = app.person(COORDINATOR, Some("nb"));
    let csv = format!(
        "{CSV_HEADER}N1,oslo-reserved,Rådgiver,Bydel Frogner,Oslo,100,permanent,2099-12-04,https://example.org/n1,\n\
         N2,oslo-reserved,Arkivar,Byarkivet,Oslo,100,permanent,2099-12-06,https://example.org/n2,\n\
         N3,state-trainee,Trainee,Digdir,Leikanger,60,temporary,2099-12-08,https://example.org/n3,\n\
         N4,state-trainee,Utløpt,Digdir,Leikanger,60,temporary,2020-01-08,https://example.org/n4,\n"
    );
    siri.send_document("stillinger.csv", csv.as_bytes());
    assert_eq!(
        siri.reply().await.text,
        "Stillingene er lagt inn.\nNye: 4. Endret: 0. Uendret: 0.\nPersoner som får varsel: 2."
    );
    let (_, to_kari) = app
        .wait_for_call(0, |c| {
            c.method == "sendMessage"
                && c.params["chat_id"] == 905
                && c.params["text"].as_str().unwrap_or("").starts_with("2 nye")
        })
        .await;
    assert_eq!(
        to_kari.params["text"],
        "2 nye stillinger passer varselet ditt:\n\n\
         Rådgiver\nBydel Frogner, Oslo\nSøknadsfrist fredag 4. desember 2099\n\n\
         Arkivar\nByarkivet, Oslo\nSøknadsfrist søndag 6. desember 2099\n\n\
         Se dem i /positions. Varslene dine styrer du i /alerts."
    );
    let (_, to_ali) = app
        .wait_for_call(0, |c| {
            c.method == "sendMessage"
                && c.params["chat_id"] == 906
                && c.params["text"].as_str().unwrap_or("").starts_with("3 new")
        })
        .await;
    let to_ali = to_ali.params["text"].as_str().unwrap();
    assert!(to_ali.contains("Trainee\nDigdir, Leikanger\nApply by Tuesday 8 December 2099"));
    assert!(!to_ali.contains("Utløpt"), "a position already past its deadline is not announced");

    // The same file again adds nothing new, so nobody is told again.
    siri.send_document("stillinger.csv", csv.as_bytes());
    assert!(siri.reply().await.text.ends_with("Personer som får varsel: 0."));
    tokio::time::sleep(Duration::from_millis(500)).await;
    let alerts_sent = |chat: i64| {
        app.api
            .calls()
            .iter()
            .filter(|c| {
                c.method == "sendMessage"
                    && c.params["chat_id"] == chat
                    && c.params["text"].as_str().unwrap_or("").contains("/alerts")
            })
            .count()
    };
    assert_eq!((alerts_sent(905), alerts_sent(906), alerts_sent(907)), (1, 1, 0));
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'").await, 2);
}

#[tokio::test]
async fn an_alert_about_many_new_positions_stays_within_telegrams_limit() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    app.clock.set(crate::gatherings::oslo("2027-01-04 12:00"));
    let kari = app.person(911, Some("nb"));
    let list = kari.says("/positions").await;
    kari.press(&list, "Varsle meg om nye stillinger som dette").await;
    let boss = app.person(COORDINATOR, Some("nb"));
    let mut csv = CSV_HEADER.to_owned();
    for i in 0..40 {
        let (title, employer) =
            (format!("Rådgiver {i} {}", "x".repeat(185)), format!("Bydel {i} {}", "y".repeat(185)));
        csv.push_str(&format!(
            "N{i},oslo-reserved,{title},{employer},Oslo,100,permanent,2027-02-01,https://example.org/n{i},\n"
        ));
    }
    boss.send_document("mange.csv", csv.as_bytes());
    assert!(boss.reply().await.text.starts_with("Stillingene er lagt inn.\nNye: 40."));
    let (_, alert) = app
        .wait_for_call(0, |c| {
            c.params["chat_id"] == 911 && c.params["text"].as_str().is_some_and(|t| t.starts_with("40 nye"))
        })
        .await;
    let text = alert.params["text"].as_str().unwrap();
    assert!(text.chars().count() <= 4096, "{} characters", text.chars().count());
    assert!(text.contains(" til."), "says how many more there are: {text}");
    assert!(alert.result.is_some(), "Telegram took it");
}
