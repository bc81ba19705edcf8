//! Coordinators send a CSV file of positions to the bot; others cannot.

use crate::support::{TestApp, CSV_HEADER};

const COORDINATOR: i64 = 801;

#[tokio::test]
async fn a_coordinator_imports_a_csv_file_and_sees_a_summary() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let siri = app.person(COORDINATOR, Some("nb"));
    let csv = format!(
        "{CSV_HEADER}K1,oslo-reserved,Rådgiver,Bydel Frogner,Oslo,100,permanent,2099-12-04,https://example.org/k1,\n\
         K2,oslo-reserved,Trainee,Bydel Alna,Oslo,80,temporary,2099-12-10,https://example.org/k2,\n"
    );
    siri.send_document("stillinger.csv", csv.as_bytes());
    assert_eq!(
        siri.reply().await.text,
        "Stillingene er lagt inn.\nNye: 2. Endret: 0. Uendret: 0.\nPersoner som får varsel: 0."
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM positions").await, 2);

    siri.send_document("stillinger.csv", csv.replace("Rådgiver", "Seniorrådgiver").as_bytes());
    assert_eq!(
        siri.reply().await.text,
        "Stillingene er lagt inn.\nNye: 0. Endret: 1. Uendret: 1.\nPersoner som får varsel: 0."
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM positions").await, 2, "updated, not duplicated");
}

#[tokio::test]
async fn a_file_with_a_bad_row_is_refused_whole_with_every_problem_named() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let siri = app.person(COORDINATOR, Some("en"));
    let csv = format!(
        "{CSV_HEADER}K1,oslo-reserved,Adviser,Frogner,Oslo,100,permanent,2099-12-04,https://example.org/k1,\n\
         K2,nowhere,,Alna,Oslo,120,temporary,10.12.2099,ftp://example.org/k2,\n"
    );
    siri.send_document("positions.csv", csv.as_bytes());
    assert_eq!(
        siri.reply().await.text,
        "Nothing was added. Fix this and send the file again:\n\
         Line 3, title: missing\n\
         Line 3, programme: not a programme in the catalogue\n\
         Line 3, extent_percent: not a whole number from 1 to 100\n\
         Line 3, deadline: not a date (YYYY-MM-DD)\n\
         Line 3, url: not an http or https link"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM positions").await, 0);
}

#[tokio::test]
async fn files_that_cannot_be_positions_get_a_clear_answer() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let siri = app.person(COORDINATOR, Some("nb"));
    siri.send_document("stillinger.pdf", b"%PDF-1.7");
    assert_eq!(
        siri.reply().await.text,
        "Send stillingene som en CSV-fil. Kolonnene står i veiledningen for koordinatorer."
    );
    siri.send_document("latin1.csv", b"tittel\xe6\xf8\xe5\n");
    assert_eq!(
        siri.reply().await.text,
        "Filen er ikke UTF-8-tekst. Lagre den som «CSV UTF-8» og send den igjen."
    );
    siri.send_document("tom.csv", b"");
    assert_eq!(siri.reply().await.text, "Filen er tom.");
    siri.send_document("feil.csv", b"id,tittel\n1,x\n");
    assert!(siri
        .reply()
        .await
        .text
        .starts_with("Ingenting ble lagt inn. Disse kolonnene mangler: external_id, programme, title,"));
    let huge = vec![b'a'; 2 * 1024 * 1024 + 1];
    siri.send_document("stor.csv", &huge);
    assert_eq!(siri.reply().await.text, "Filen er for stor. Den kan være på høyst 2 MB.");
    let fetched = app.api.calls().iter().filter(|c| c.method == "getFile").count();
    assert_eq!(fetched, 3, "neither the PDF nor the oversized file was fetched");
    assert_eq!(app.count("SELECT COUNT(*) FROM positions").await, 0);
}

#[tokio::test]
async fn a_file_from_someone_who_is_not_a_coordinator_is_not_read() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let ola = app.person(802, Some("nb"));
    let csv = format!(
        "{CSV_HEADER}K1,oslo-reserved,Rådgiver,Frogner,Oslo,100,permanent,2099-12-04,https://example.org/k1,\n"
    );
    ola.send_document("stillinger.csv", csv.as_bytes());
    assert_eq!(
        ola.reply().await.text,
        "Bare koordinatorer kan legge inn stillinger. Vil du se ledige stillinger? Skriv /positions."
    );
    assert!(!app.api.calls().iter().any(|c| c.method == "getFile"), "the file was not even fetched");
    assert_eq!(app.count("SELECT COUNT(*) FROM positions").await, 0);
}

#[tokio::test]
async fn only_coordinators_see_and_can_use_the_close_button() {
    let app = TestApp::spawn_with_coordinator(COORDINATOR).await;
    let siri = app.person(COORDINATOR, Some("nb"));
    let csv = format!(
        "{CSV_HEADER}K1,oslo-reserved,Rådgiver,Frogner,Oslo,100,permanent,2099-12-04,https://example.org/k1,\n"
    );
    siri.send_document("stillinger.csv", csv.as_bytes());
    siri.reply().await;

    let ola = app.person(803, Some("nb"));
    let list = ola.says("/positions").await;
    ola.press(&list, "1. Rådgiver").await;
    let olas_page = ola.reply().await;
    assert_eq!(olas_page.buttons, [["Les hele utlysningen"], ["Alle ledige stillinger"]]);
    let id: i64 = sqlx::query_scalar("SELECT id FROM positions").fetch_one(app.store.pool()).await.unwrap();
    let forged = ola.press_data(&olas_page, &format!("1x|{id}")).await;
    assert_eq!(forged.as_deref(), Some("Bare koordinatorer kan stenge stillinger."));
    assert_eq!(app.count("SELECT COUNT(*) FROM positions WHERE closed = 0").await, 1);

    let list = siri.says("/positions").await;
    siri.press(&list, "1. Rådgiver").await;
    let page = siri.reply().await;
    assert_eq!(page.buttons, [["Les hele utlysningen"], ["Alle ledige stillinger"], ["Steng stillingen"]]);
    siri.press(&page, "Steng stillingen").await;
    let ask = siri.reply().await;
    assert_eq!(
        ask.text,
        "Vil du stenge stillingen «Rådgiver»? Da vises den ikke lenger i boten, og ingen får varsel om den."
    );
    assert_eq!(ask.labels(), ["Ja, steng den", "Nei, la den være ledig"]);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM positions WHERE closed = 1").await,
        0,
        "asking closes nothing"
    );
    let forged = ola.press_data(&olas_page, &ask.data_of("Ja, steng den")).await;
    assert_eq!(forged.as_deref(), Some("Bare koordinatorer kan stenge stillinger."));
    siri.press(&ask, "Nei, la den være ledig").await;
    assert!(siri.reply().await.text.starts_with("Rådgiver"), "no: back to the position's page");
    siri.press(&ask, "Ja, steng den").await;
    let closed = siri.reply().await;
    assert_eq!(
        (closed.message_id, closed.text.as_str()),
        (ask.message_id, "Stillingen er stengt. Den vises ikke lenger.")
    );
    assert_eq!(closed.labels(), ["Til menyen"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM positions WHERE closed = 1").await, 1);
    let unknown = siri.press_data(&page, "1x|999999").await;
    assert_eq!(unknown.as_deref(), Some("Denne stillingen er ikke lenger ledig."));
    assert_eq!(
        ola.says("/positions").await.text,
        "Det er ingen ledige stillinger akkurat nå. Du kan få en melding når det kommer nye: trykk på varsel-knappen under."
    );
}

#[tokio::test]
async fn fields_have_length_limits_and_the_longest_allowed_still_fit_in_a_message() {
    let app = TestApp::spawn_with_coordinator(5201).await;
    app.clock.set(crate::gatherings::oslo("2027-01-04 12:00"));
    let boss = app.person(5201, Some("nb"));
    let long = format!("{CSV_HEADER}L1,oslo-reserved,Rådgiver,Oslo kommune,Oslo,100,permanent,2027-02-01,https://example.org/l1,{}\n", "x".repeat(4000));
    boss.send_document("lang.csv", long.as_bytes());
    assert_eq!(
        boss.reply().await.text,
        "Ingenting ble lagt inn. Rett dette og send filen igjen:\nLinje 2, description: lengre enn 2000 tegn"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM positions").await, 0);
    // The longest allowed fields: a list of five and a page stay within Telegram's limit.
    let title = "T".repeat(200);
    let (employer, place, description) = ("E".repeat(200), "P".repeat(200), "D".repeat(2000));
    let mut csv = CSV_HEADER.to_owned();
    for i in 0..6 {
        csv.push_str(&format!(
            "M{i},oslo-reserved,{title},{employer},{place},100,permanent,2027-02-0{},https://example.org/m{i},{description}\n",
            i + 1
        ));
    }
    boss.send_document("maks.csv", csv.as_bytes());
    assert!(boss.reply().await.text.starts_with("Stillingene er lagt inn.\nNye: 6."));
    let ola = app.person(5202, Some("nb"));
    let list = ola.says("/positions").await;
    assert!(
        list.text.chars().count() <= 4096 && list.text.contains(&title),
        "{} characters",
        list.text.chars().count()
    );
    let first = list.labels()[0].to_owned();
    ola.press(&list, &first).await;
    let page = ola.reply().await;
    assert!(page.text.chars().count() <= 4096 && page.text.contains(&description));
}
