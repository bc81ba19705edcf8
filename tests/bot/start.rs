//! /start, /help, /contact, /privacy and the command menu.

use traineebot::domain::members::Role;

use crate::support::TestApp;

const NB_GREETING: &str = "Hei! Jeg hjelper deg med jobb- og traineeordninger for personer med funksjonsnedsettelse og for innvandrere.

Du kan:
1. sjekke hva som kan passe for deg
2. se ledige stillinger
3. lese om ordningene
4. kontakte koordinatoren
5. velge språk: bokmål, nynorsk eller engelsk
6. velge lettlest: korte setninger og vanlige ord

Velg en knapp under, eller skriv /help.";

#[tokio::test]
async fn start_greets_in_bokmal_with_the_menu_buttons() {
    let app = TestApp::spawn().await;
    let kari = app.person(101, Some("nb"));
    let reply = kari.says("/start").await;
    assert_eq!(reply.text, NB_GREETING);
    assert_eq!(
        reply.buttons,
        [
            ["Sjekk hva som kan passe"],
            ["Ledige stillinger"],
            ["Ordningene"],
            ["Kontakt koordinatoren"],
            ["Språk / Language"],
            ["Lettlest"]
        ]
    );
    kari.hears_nothing_more().await;
}

#[tokio::test]
async fn start_greets_in_english_and_nynorsk_by_telegram_language() {
    let app = TestApp::spawn().await;
    let english = app.person(102, Some("de")).says("/start").await;
    assert!(english.text.starts_with("Hi! I help you with job and trainee programmes"), "{}", english.text);
    assert_eq!(
        english.labels(),
        [
            "Check what may fit",
            "Open positions",
            "The programmes",
            "Contact the coordinator",
            "Language / Språk",
            "Easy read"
        ]
    );
    let nynorsk = app.person(103, Some("nn-NO")).says("/start").await;
    assert!(
        nynorsk.text.starts_with("Hei! Eg hjelper deg med jobb- og traineeordningar"),
        "{}",
        nynorsk.text
    );
    assert_eq!(nynorsk.labels()[0], "Sjekk kva som kan passe");
    let norwegian = app.person(104, Some("no")).says("/start").await;
    assert_eq!(norwegian.text, NB_GREETING);
}

#[tokio::test]
async fn the_first_visit_stores_only_the_id_and_no_language_choice() {
    let app = TestApp::spawn().await;
    app.person(105, Some("nb")).says("/start").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE user_id = 105 AND language IS NULL").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
}

#[tokio::test]
async fn the_language_is_read_from_the_database_once_per_person() {
    let app = TestApp::spawn().await;
    let kari = app.person(108, Some("nb"));
    assert_eq!(kari.says("/start").await.text, NB_GREETING);
    // Only the bot writes the choice, so after the first lookup it answers
    // from memory: a change behind its back is not read again.
    sqlx::query("UPDATE users SET language = 'en' WHERE user_id = 108")
        .execute(app.store.pool())
        .await
        .unwrap();
    assert_eq!(kari.says("/start").await.text, NB_GREETING);
    // A choice made through the bot wins at once.
    let offer = kari.says("/language").await;
    kari.press(&offer, "English").await;
    assert_eq!(kari.reply().await.text, "I will write in English now.");
    assert!(kari.reply().await.text.starts_with("Hi! I help you"));
    assert!(kari.says("/start").await.text.starts_with("Hi! I help you"));
}

#[tokio::test]
async fn start_with_an_unknown_code_says_so_and_still_greets() {
    let app = TestApp::spawn().await;
    let kari = app.person(106, Some("nb"));
    let first = kari.says("/start abc123").await;
    assert_eq!(
        first.text,
        "Jeg kjenner ikke igjen denne koden. Sjekk at lenken er riktig, eller spør koordinatoren."
    );
    assert_eq!(kari.reply().await.text, NB_GREETING);
    let english = app.person(107, None).says("/start nope").await;
    assert_eq!(
        english.text,
        "I do not recognise this code. Check that the link is right, or ask the coordinator."
    );
}

#[tokio::test]
async fn the_command_menu_is_registered_in_all_three_languages() {
    let app = TestApp::spawn().await;
    // Any answer means start-up, including the menus, is done.
    app.person(108, None).says("/start").await;
    let menus: Vec<_> = app.api.calls().into_iter().filter(|c| c.method == "setMyCommands").collect();
    let by_language = |code: Option<&str>| {
        menus
            .iter()
            .find(|c| c.params["language_code"].as_str() == code)
            .unwrap_or_else(|| panic!("no menu for {code:?}"))
            .params["commands"]
            .clone()
    };
    assert_eq!(by_language(Some("nb"))[2]["command"], "eligibility");
    assert_eq!(by_language(Some("nb"))[2]["description"], "Sjekk hvilke ordninger som kan passe");
    assert_eq!(by_language(Some("no"))[2]["description"], "Sjekk hvilke ordninger som kan passe");
    assert_eq!(by_language(Some("nn"))[2]["description"], "Sjekk kva ordningar som kan passe");
    assert_eq!(by_language(Some("en"))[2]["description"], "Check which programmes may fit you");
    assert_eq!(by_language(None), by_language(Some("en")));
    assert_eq!(by_language(None).as_array().unwrap().len(), 12);
}

#[tokio::test]
async fn help_lists_every_command_with_its_description() {
    let app = TestApp::spawn().await;
    let help = app.person(109, Some("en")).says("/help").await;
    assert_eq!(
        help.text,
        "This is what I can help with:
/start – Start and menu
/help – What I can help with
/eligibility – Check which programmes may fit you
/programmes – Read about the programmes
/positions – See open positions
/alerts – Alerts about new positions
/contact – Contact the coordinator
/language – Change language
/privacy – What I store about you
/ask – Ask the coordinator a question
/mydata – Everything I store about you
/forget – Delete everything about you"
    );
    let nb = app.person(110, Some("nb")).says("/help").await;
    assert!(nb.text.starts_with("Dette kan jeg hjelpe med:\n/start – Start og meny\n"), "{}", nb.text);
}

#[tokio::test]
async fn contact_asks_which_programme_and_shows_that_organisations_people_and_hours() {
    let app = TestApp::spawn().await;
    let ada = app.person(111, Some("nb"));
    let choice = ada.says("/contact").await;
    assert_eq!(choice.text, "Hvilken ordning gjelder det? Hver ordning har sin egen kontakt.");
    assert_eq!(
        choice.labels(),
        [
            "Oslo: rekrutteringsordningen",
            "Staten: traineeprogrammet",
            "Bærum: trainee for innvandrere",
            "Oslo: tilrettelagte jobber"
        ]
    );
    ada.press(&choice, "Oslo: rekrutteringsordningen").await;
    let oslo = ada.reply().await;
    assert_eq!(
        oslo.text,
        "Oslo kommune

Koordinator: Kari Eksempel
Telefon: +47 00 00 00 00
E-post: koordinator@example.org
Adresse: Eksempelgata 1, 0001 Oslo

Du kan avtale møte med koordinatoren. Vanlige tider:
tirsdag kl. 10.00–14.00
torsdag kl. 12.00–15.00

Nettside: https://www.oslo.kommune.no/"
    );
    assert_eq!(oslo.labels(), ["Still et spørsmål", "Ordningene"]);
    // The state programme is another organisation: its own person, no meeting hours.
    ada.press(&choice, "Staten: traineeprogrammet").await;
    let state = ada.reply().await;
    assert!(state
        .text
        .starts_with("Staten ved Difi (nå Digitaliseringsdirektoratet)\n\nKoordinator: Per Prøve"));
    assert!(state.text.contains("Kontakt koordinatoren for å avtale et møte."), "{}", state.text);
    assert!(!state.text.contains("Kari"), "{}", state.text);
    let nn = app.person(112, Some("nn"));
    let choice = nn.says("/contact").await;
    nn.press(&choice, "Oslo: rekrutteringsordninga").await;
    let text = nn.reply().await.text;
    assert!(text.contains("Vanlege tider:\ntysdag kl. 10.00–14.00\ntorsdag kl. 12.00–15.00"), "{text}");
    let en = app.person(113, Some("en"));
    let choice = en.says("/contact").await;
    en.press(&choice, "Bærum: trainee for immigrants").await;
    let text = en.reply().await.text;
    assert!(text.starts_with("Bærum kommune (Bærum municipality)\n\nCoordinator: Siri Spesimen"), "{text}");
    assert!(
        text.contains("Usual times:\nMonday 12:00–15:00\n\nWeb page: https://www.baerum.kommune.no/"),
        "{text}"
    );
}

#[tokio::test]
async fn a_trainee_sees_their_own_organisations_contact_at_once() {
    let app = TestApp::spawn().await;
    let code = app.invitation(Role::Trainee, "baerum-immigrants", Some("Kull 2027")).await;
    let amir = app.person(117, Some("en"));
    amir.joins(&code).await;
    let card = amir.says("/contact").await;
    assert!(
        card.text.starts_with("Bærum kommune (Bærum municipality)\n\nCoordinator: Siri Spesimen"),
        "{}",
        card.text
    );
    assert_eq!(card.labels(), ["Ask a question", "The programmes"]);
    // Asking from the card goes to Bærum, without choosing again.
    amir.press(&card, "Ask a question").await;
    assert_eq!(
        amir.reply().await.text,
        "Write your question now, and I will send it to the coordinators at Bærum kommune (Bærum municipality). \
         You will get the answer here."
    );
}

#[tokio::test]
async fn privacy_sums_up_in_three_lines_and_has_the_whole_notice_a_button_away() {
    let app = TestApp::spawn().await;
    let kari = app.person(114, Some("nb"));
    let summary = kari.says("/privacy").await;
    assert_eq!(summary.text.lines().count(), 4, "a heading and three lines: {}", summary.text);
    assert!(summary.text.starts_with("Personvern kort fortalt:\n1. Jeg lagrer lite:"), "{}", summary.text);
    assert_eq!(summary.buttons, [["Les alt om personvern"], ["Se dataene mine"], ["Slett alt om meg"]]);
    assert_eq!(kari.press(&summary, "Les alt om personvern").await, None);
    let details = kari.reply().await;
    for part in [
        "Dette lagrer jeg om deg, og så lenge:\n1. Telegram-ID-en din, språket du har valgt, dagen du først og sist \
         brukte meg, og om du har blokkert meg. Er du søker og ikke har brukt meg på 365 dager, sletter jeg alt om deg.",
        "3. Spør du om noe med /ask: hvem som spurte,",
        "aldri hva dere skrev. Det sletter jeg etter 90 dager.",
        "6. En bekymring du melder med /flag: teksten, i meldingen jeg sender til koordinatorene og i listen \
         deres over bekymringer til en av dem har svart. Den sletter jeg etter 30 dager. At du meldte den, og \
         når den ble besvart, lagrer jeg til du bruker /forget.",
        "9. Et steg du ikke gjør ferdig, for eksempel et spørsmål du begynte å skrive. Det sletter jeg etter 24 timer.",
        "1. Alt du skriver, går gjennom Telegram,",
        "blir liggende i deres samtaler etter /forget. Dem kan jeg ikke slette.",
        "og klage til Datatilsynet på www.datatilsynet.no.",
        // Each organisation is responsible for the data about its own programmes.
        "Hvem som er ansvarlig for opplysningene: hver organisasjon for sine egne ordninger.\n\
         1. Oslo kommune: Oslo kommune (eksempel: den enheten som eier ordningen), personvern-oslo@example.org",
    ] {
        assert!(details.text.contains(part), "{part:?} missing from:\n{}", details.text);
    }
    assert!(details.text.chars().count() < 4096);
    assert_eq!(details.buttons, [["Se dataene mine"], ["Slett alt om meg"], ["Til menyen"]]);
    kari.press(&details, "Slett alt om meg").await;
    assert_eq!(kari.reply().await.labels(), ["Ja, slett alt", "Nei, behold det"]);
    kari.press(&summary, "Se dataene mine").await;
    let (name, _, caption) = kari.document().await;
    assert_eq!(
        (name.as_str(), caption.as_str()),
        ("mydata.json", "Her er alt jeg har lagret om deg, som en JSON-fil.")
    );

    let en = app.person(115, Some("en"));
    let summary = en.says("/privacy").await;
    en.press(&summary, "Read everything about privacy").await;
    let details = en.reply().await;
    assert!(
        details.text.contains(
            "\n3. Bærum kommune (Bærum municipality): Bærum kommune (eksempel), personvern-baerum@example.org"
        ),
        "{}",
        details.text
    );
}

/// Every numbered item of the English /privacy notice, as the bot says it.
async fn privacy_items(app: &TestApp) -> Vec<String> {
    let reader = app.person(117, Some("en"));
    let summary = reader.says("/privacy").await;
    reader.press(&summary, "Read everything about privacy").await;
    let details = reader.reply().await;
    let notice = details.text.split("Who is responsible").next().unwrap();
    let numbered = |line: &&str| line.split_once(". ").is_some_and(|(n, _)| n.parse::<u8>().is_ok());
    notice.lines().filter(numbered).map(|line| line.split_once(". ").unwrap().1.to_owned()).collect()
}

#[tokio::test]
async fn the_readme_privacy_section_says_what_privacy_says_item_by_item() {
    let app = TestApp::spawn().await;
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("\n## Privacy\n").nth(1).unwrap().split("\n## ").next().unwrap();
    let flat = section.split_whitespace().collect::<Vec<_>>().join(" ");
    let items = privacy_items(&app).await;
    assert!(items.len() >= 14, "{items:#?}");
    let missing: Vec<_> = items
        .iter()
        .filter(|item| !flat.contains(&item.split_whitespace().collect::<Vec<_>>().join(" ")))
        .collect();
    assert!(missing.is_empty(), "the README's privacy section lacks:\n{missing:#?}");
}

#[tokio::test]
async fn the_menu_buttons_open_their_pages() {
    let app = TestApp::spawn().await;
    let ola = app.person(116, Some("nb"));
    let menu = ola.says("/start").await;
    assert_eq!(ola.press(&menu, "Kontakt koordinatoren").await, None);
    assert!(ola.reply().await.text.starts_with("Hvilken ordning gjelder det?"));
    ola.press(&menu, "Ordningene").await;
    assert!(ola.reply().await.text.starts_with("Dette er ordningene."));
    ola.press(&menu, "Språk / Language").await;
    assert_eq!(ola.reply().await.text, "Velg språk. Choose your language.");
    ola.press(&menu, "Sjekk hva som kan passe").await;
    assert!(ola.reply().await.text.starts_with("Jeg stiller noen korte spørsmål."));
}
