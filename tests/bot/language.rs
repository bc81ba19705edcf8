//! /language: the choice is stored and wins over Telegram's hint.

use crate::support::TestApp;

#[tokio::test]
async fn choosing_nynorsk_is_stored_and_wins_over_telegrams_language() {
    let app = TestApp::spawn().await;
    let per = app.person(201, Some("en"));
    let offer = per.says("/language").await;
    assert_eq!(offer.text, "Choose your language. Velg språk.");
    assert_eq!(offer.buttons, [["Norsk bokmål"], ["Norsk nynorsk"], ["English"], ["Easy read"]]);

    assert_eq!(per.press(&offer, "Norsk nynorsk").await, None);
    let confirmation = per.reply().await;
    assert_eq!(confirmation.method, "editMessageText");
    assert_eq!(confirmation.message_id, offer.message_id);
    assert_eq!(confirmation.text, "No skriv eg på nynorsk.");
    assert!(per.reply().await.text.starts_with("Hei! Eg hjelper deg"));
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE user_id = 201 AND language = 'nn'").await, 1);

    // Telegram still says English, but the stored choice wins.
    assert!(per.says("/help").await.text.starts_with("Dette kan eg hjelpe med:"));
}

#[tokio::test]
async fn the_chosen_language_also_sets_the_chats_command_menu() {
    let app = TestApp::spawn().await;
    let per = app.person(202, Some("nb"));
    let offer = per.says("/language").await;
    per.press(&offer, "English").await;
    per.reply().await;
    let scoped =
        app.wait_for_call(0, |c| c.method == "setMyCommands" && c.params["scope"]["type"] == "chat").await.1;
    assert_eq!(scoped.params["scope"]["chat_id"], 202);
    assert_eq!(scoped.params["commands"][1]["description"], "What I can help with");
}

#[tokio::test]
async fn a_forged_language_button_changes_nothing() {
    let app = TestApp::spawn().await;
    let per = app.person(203, Some("nb"));
    let offer = per.says("/language").await;
    let notice = per.press_data(&offer, "1l|de").await;
    assert_eq!(
        notice.as_deref(),
        Some("Denne knappen virker ikke lenger. Skriv /start for å begynne på nytt.")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE language IS NOT NULL").await, 0);
    per.hears_nothing_more().await;
}
