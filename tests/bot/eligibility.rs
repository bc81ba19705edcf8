//! /eligibility: the guided check, its result, and that no answer is kept.

use crate::support::{Person, Sent, TestApp};

/// Answers questions with `label` until the result arrives; returns the
/// question texts asked and the result.
pub(crate) async fn answer_all(
    person: &Person<'_>,
    mut question: Sent,
    label: impl Fn(&str) -> &'static str,
) -> (Vec<String>, Sent) {
    let mut asked = Vec::new();
    loop {
        asked.push(question.text.clone());
        assert_eq!(person.press(&question, label(&question.text)).await, None);
        let next = person.reply().await;
        assert_eq!(next.message_id, question.message_id, "the question message is edited");
        if next.buttons.is_empty() {
            return (asked, person.reply().await);
        }
        question = next;
    }
}

async fn begin(person: &Person<'_>) -> Sent {
    let intro = person.says("/eligibility").await;
    assert!(intro.buttons.is_empty());
    person.reply().await
}

#[tokio::test]
async fn all_yes_may_fit_every_programme_and_leaves_no_answer_in_the_database() {
    let app = TestApp::spawn().await;
    let kari = app.person(401, Some("nb"));
    let intro = kari.says("/eligibility").await;
    assert_eq!(
        intro.text,
        "Jeg stiller noen korte spørsmål. Svar med knappene.\n\nDu trenger aldri si hva slags funksjonsnedsettelse du har. Svarene dine blir slettet når sjekken er ferdig."
    );
    let first = kari.reply().await;
    assert_eq!(first.text, "Spørsmål 1\n\nHar du en varig funksjonsnedsettelse? Den kan være fysisk, psykisk eller kognitiv, og synlig eller usynlig. Du trenger ikke si hva det er.");
    assert_eq!(first.buttons, [vec!["Ja", "Nei"], vec!["Vet ikke"], vec!["Avbryt"]]);

    kari.press(&first, "Ja").await;
    let second = kari.reply().await;
    assert!(second.text.starts_with("Spørsmål 2\n\nHar du høyere utdanning"));
    assert_eq!(second.buttons, [vec!["Ja", "Nei"], vec!["Vet ikke"], vec!["Tilbake", "Avbryt"]]);
    // While the check runs, the answers are kept in memory only: never in
    // the database...
    assert!(!app.database_dump().await.contains("disability"));

    let (asked, result) = answer_all(&kari, second, |_| "Ja").await;
    assert_eq!(asked.len(), 6, "seven questions in all");
    assert!(result.text.starts_with("Dette er bare veiledning, ikke et vedtak."), "{}", result.text);
    assert!(result.text.contains("Kan passe for deg:\n\nOslo kommune: rekrutteringsordningen for personer med funksjonsnedsettelse\nNeste steg: Søk på en stilling og skriv en egenerklæring i søknaden."));
    assert!(
        result.text.contains("Snakk med skolen og koordinatoren mens du ennå går på skolen."),
        "the leaving-school advice"
    );
    assert!(!result.text.contains("Passer nok ikke"));
    assert!(result.text.ends_with(
        "Svarene dine er slettet. Vil du vite mer? Les om ordningene eller kontakt koordinatoren."
    ));
    assert_eq!(
        result.buttons,
        [["Ledige stillinger"], ["Ordningene"], ["Kontakt koordinatoren"], ["Ta sjekken på nytt"]]
    );
    assert!(result.text.chars().count() < 4096);

    // ...and when it ends, nothing of them is left anywhere: not in the
    // database, and not in memory (the check's buttons are finished, and
    // text is no longer taken as an answer).
    assert_eq!(app.count("SELECT COUNT(*) FROM dialogues").await, 0);
    let dump = app.database_dump().await;
    for trace in ["disability", "higher-education", "Yes", "No", "NotSure", "Eligibility"] {
        assert!(!dump.contains(trace), "{trace:?} is still stored:\n{dump}");
    }
    assert_check_is_over(&kari, &first).await;
}

/// The check `question` belonged to is over: its buttons are finished, and
/// text gets the ordinary answer, not a reminder to use the buttons.
async fn assert_check_is_over(person: &Person<'_>, question: &Sent) {
    let stale = person.press(question, &question.buttons[0][0]).await.unwrap();
    assert!(stale.starts_with("Denne knappen hører til et spørsmål som er ferdig."), "{stale}");
    assert_eq!(person.says("ja").await.text, "Det forstod jeg ikke. Velg en knapp under, eller skriv /help.");
    person.hears_nothing_more().await;
}

#[tokio::test]
async fn a_no_to_disability_skips_questions_that_no_longer_matter_and_says_why() {
    let app = TestApp::spawn().await;
    let ali = app.person(402, Some("en"));
    let first = begin(&ali).await;
    let (asked, result) =
        answer_all(&ali, first, |q| if q.contains("lasting disability") { "No" } else { "Yes" }).await;
    assert!(!asked.iter().any(|q| q.contains("degree")), "{asked:#?}");
    assert!(!asked.iter().any(|q| q.contains("full time")));
    assert_eq!(asked.len(), 5);
    assert!(result.text.contains("May fit you:\n\nBærum kommune (Bærum municipality): trainee programme for immigrants\nNext step: Look for trainee jobs in Bærum municipality and apply."), "{}", result.text);
    assert!(result.text.contains("Probably not a fit:\n\nOslo kommune (the City of Oslo): the Rekrutteringsordning, jobs reserved for people with disabilities\nThe programme is for people with a lasting disability."), "{}", result.text);
    assert!(result.text.contains("The state trainee programme for people with disabilities and a degree\nThe programme is for people with a lasting disability."));
}

#[tokio::test]
async fn not_sure_means_may_fit_and_talk_to_the_coordinator() {
    let app = TestApp::spawn().await;
    let nn = app.person(403, Some("nn"));
    let first = begin(&nn).await;
    assert_eq!(first.buttons[1], ["Veit ikkje"]);
    let (_, result) = answer_all(&nn, first, |_| "Veit ikkje").await;
    assert!(result.text.starts_with("Dette er berre rettleiing, ikkje eit vedtak."));
    assert!(
        result.text.contains("Kan passe. Snakk med koordinatoren om:\n\nOslo kommune: rekrutteringsordninga"),
        "{}",
        result.text
    );
    assert!(!result.text.contains("Kan passe for deg:"));
    assert!(!result.text.contains("Passar truleg ikkje:"));
}

#[tokio::test]
async fn back_asks_the_previous_question_again() {
    let app = TestApp::spawn().await;
    let ola = app.person(404, Some("nb"));
    let first = begin(&ola).await;
    ola.press(&first, "Nei").await;
    let second = ola.reply().await;
    assert!(second.text.starts_with("Spørsmål 2"));
    ola.press(&second, "Tilbake").await;
    let again = ola.reply().await;
    assert_eq!(again.text, first.text);
    assert_eq!(again.buttons, first.buttons);
    assert!(!app.database_dump().await.contains("disability"), "the answer was taken back");
}

#[tokio::test]
async fn cancel_ends_the_check_and_deletes_the_answers() {
    let app = TestApp::spawn().await;
    let ola = app.person(405, Some("nb"));
    let first = begin(&ola).await;
    ola.press(&first, "Ja").await;
    let second = ola.reply().await;
    ola.press(&second, "Avbryt").await;
    let cancelled = ola.reply().await;
    assert_eq!(cancelled.text, "Sjekken er avbrutt. Svarene dine er slettet.");
    assert_eq!(cancelled.buttons, [["Ta sjekken på nytt"], ["Til menyen"]]);
    assert_eq!(app.count("SELECT COUNT(*) FROM dialogues").await, 0);
    assert_check_is_over(&ola, &second).await;
}

#[tokio::test]
async fn free_text_during_the_check_gets_a_reminder_and_the_question_again() {
    let app = TestApp::spawn().await;
    let kari = app.person(406, Some("nb"));
    let first = begin(&kari).await;
    let reminder = kari.says("jeg har ADHD").await;
    assert_eq!(reminder.text, "Svar med knappene under spørsmålet. Du kan også trykke Avbryt.");
    let again = kari.reply().await;
    assert_eq!(again.text, first.text);
    assert_ne!(again.message_id, first.message_id);
    assert!(!app.database_dump().await.contains("ADHD"), "free text is never stored");
    // Either copy of the question works for the current step.
    assert_eq!(kari.press(&again, "Ja").await, None);
    assert!(kari.reply().await.text.starts_with("Spørsmål 2"));
}

#[tokio::test]
async fn buttons_of_an_earlier_question_or_an_ended_check_change_nothing() {
    let app = TestApp::spawn().await;
    let ola = app.person(407, Some("en"));
    let first = begin(&ola).await;
    ola.press(&first, "Yes").await;
    let second = ola.reply().await;
    let stale =
        "This button belongs to a question you have already answered. Use the newest question, or type /eligibility.";
    // A double tap on the first question's button arrives late.
    assert_eq!(ola.press(&first, "No").await.as_deref(), Some(stale));
    ola.hears_nothing_more().await;

    // Moving on with a command ends the check; even the newest question's
    // buttons then do nothing.
    ola.says("/help").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM dialogues").await, 0);
    assert_eq!(ola.press(&second, "Yes").await.as_deref(), Some(stale));
    ola.hears_nothing_more().await;
}

#[tokio::test]
async fn forged_check_buttons_are_refused() {
    let app = TestApp::spawn().await;
    let ola = app.person(408, Some("nb"));
    let first = begin(&ola).await;
    let data = first.data_of("Ja");
    let forged_step = data.replacen("|0|", "|1|", 1);
    let stale = Some("Denne knappen hører til et spørsmål som er ferdig. Bruk det nyeste spørsmålet, eller skriv /eligibility.".to_owned());
    assert_eq!(ola.press_data(&first, &forged_step).await, stale);
    let other_check = format!("1a|{:x}|0|y", 7);
    assert_eq!(ola.press_data(&first, &other_check).await, stale);
    assert_eq!(
        ola.press_data(&first, &data.replacen("|y", "|b", 1)).await,
        stale,
        "no back on the first question"
    );
    assert!(!app.database_dump().await.contains("disability"));
    ola.hears_nothing_more().await;
}

#[tokio::test]
async fn an_abandoned_check_is_deleted_after_a_day() {
    let app = TestApp::spawn().await;
    // The application's clock, not the machine's, dates the last step.
    let now = chrono::Utc::now() + chrono::Duration::days(30);
    app.clock.set(now);
    let ola = app.person(409, Some("nb"));
    let first = begin(&ola).await;
    ola.press(&first, "Ja").await;
    let second = ola.reply().await;
    let day = chrono::Duration::hours(24);
    assert_eq!(app.store.delete_dialogues_idle_since(now - day).await.unwrap(), 0, "still fresh");
    // A day after the last step (the cutoff passes it), the check is gone.
    assert_eq!(app.store.delete_dialogues_idle_since(now + day).await.unwrap(), 1);
    assert_check_is_over(&ola, &second).await;
}

#[tokio::test]
async fn a_restart_forgets_a_running_check_and_its_buttons_say_so() {
    let app = TestApp::spawn().await;
    let second = {
        let ola = app.person(410, Some("nb"));
        let first = begin(&ola).await;
        ola.press(&first, "Ja").await;
        ola.reply().await
    };
    let app = app.restart().await;
    let ola = app.person(410, Some("nb")).reading_from_now();
    assert_check_is_over(&ola, &second).await;
    assert!(!app.database_dump().await.contains("disability"));
}

#[tokio::test]
async fn a_catalogue_that_needs_no_questions_gives_the_result_at_once() {
    let app = TestApp::spawn_with(|config| {
        config.catalogue.questions.clear();
        for programme in &mut config.catalogue.programmes {
            programme.requires.clear();
            programme.examples.clear();
            programme.advice.clear();
        }
    })
    .await;
    let kari = app.person(410, Some("nb"));
    kari.says("/eligibility").await;
    let result = kari.reply().await;
    assert!(result.text.starts_with("Dette er bare veiledning"), "{}", result.text);
    assert!(result.text.contains("Kan passe for deg:\n\nOslo kommune: rekrutteringsordningen"));
    assert!(result
        .text
        .contains("\n\nOslo kommune: tilrettelagte jobber sammen med Stiftelsen HELT MED\nNeste steg: "));
    assert_eq!(app.count("SELECT COUNT(*) FROM dialogues").await, 0);
}
