//! The layers stay apart: the domain, the store and the actions know
//! nothing of Telegram, so a rule changed there is changed for the bot and
//! the CLI at once.

use std::path::Path;

/// Every `.rs` file below `dir`, with its text.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
    found
}

#[test]
fn domain_store_and_services_import_neither_teloxide_nor_the_telegram_side() {
    let mut leaks = Vec::new();
    for layer in ["src/domain", "src/store", "src/services"] {
        let files = sources(Path::new(layer));
        assert!(!files.is_empty(), "{layer} has sources");
        for (path, text) in files {
            for (number, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                if ["teloxide", "crate::bot", "crate::telegram", "super::bot"]
                    .iter()
                    .any(|name| code.contains(name))
                {
                    leaks.push(format!("{path}:{}: {}", number + 1, line.trim()));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "Telegram below the transport:\n{}", leaks.join("\n"));
}

#[test]
fn the_bot_and_the_cli_reach_the_store_for_coordinator_actions_only_through_the_services() {
    // Writes that belong to a whole action (audit, notices, alerts) must not
    // be called from a handler or a CLI command directly.
    let actions = [
        ".add_gatherings(",
        ".change_gathering(",
        ".cancel_gathering(",
        ".create_broadcast(",
        ".cancel_broadcast(",
        ".import_positions(",
        ".close_position(",
        ".create_invitation(",
        ".link_mentor(",
        ".audit(",
    ];
    let mut direct = Vec::new();
    for layer in ["src/bot", "src/cli"] {
        for (path, text) in sources(Path::new(layer)) {
            // Without white space, so that a call split over lines is found too.
            let code: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            for call in actions {
                if code.contains(&format!("store{call}")) {
                    direct.push(format!("{path}: store{call}"));
                }
            }
        }
    }
    assert!(direct.is_empty(), "actions written past the services:\n{}", direct.join("\n"));
}
