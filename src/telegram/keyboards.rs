//! Inline keyboards. Every button has a text label; one button per row where
//! the labels are long, so they are easy to hit and read in order.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::callback::Action;
use crate::domain::positions::Filter;
use crate::i18n::Tr;

/// A button that sends `action` back to the bot.
pub fn button(label: String, action: Action) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(label, action.encode())
}

/// One button per row.
pub fn column(buttons: impl IntoIterator<Item = InlineKeyboardButton>) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(buttons.into_iter().map(|b| vec![b]))
}

/// The main menu under the greeting.
pub fn main_menu(tr: &Tr) -> InlineKeyboardMarkup {
    column([
        button(tr.t("menu-eligibility"), Action::StartCheck),
        button(tr.t("menu-positions"), Action::Positions(0, Filter::default())),
        button(tr.t("menu-programmes"), Action::Programmes),
        button(tr.t("menu-contact"), Action::Contact),
        button(tr.t("menu-language"), Action::ChooseLanguage),
    ])
}
