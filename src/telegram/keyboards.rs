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

/// The most buttons one page of a long list shows.
pub const PAGE: usize = 20;

/// Page `page` (0 is the first) of `buttons`, with Previous and Next page
/// buttons made by `to_page`; when there is more than one page, `text` gets
/// the line that says which page of how many ("Side 2 av 3, 45 i alt.").
pub fn paged(
    tr: &Tr,
    text: &mut String,
    buttons: Vec<InlineKeyboardButton>,
    page: u16,
    to_page: impl Fn(u16) -> Action,
) -> InlineKeyboardMarkup {
    let nav = PageNav::new(tr, buttons.len(), PAGE, page, to_page);
    let mut rows: Vec<Vec<InlineKeyboardButton>> =
        buttons.into_iter().skip(nav.page * PAGE).take(PAGE).map(|b| vec![b]).collect();
    if let Some(line) = nav.line {
        text.push_str(&format!("\n\n{line}"));
    }
    if !nav.buttons.is_empty() {
        rows.push(nav.buttons);
    }
    InlineKeyboardMarkup::new(rows)
}

/// Where one is in a list shown `size` at a time.
pub struct PageNav {
    /// The page shown (0 is the first; a page past the end is the last).
    pub page: usize,
    /// "Page 2 of 3. 45 in all.", when there is more than one page.
    pub line: Option<String>,
    /// Previous and Next, where there is such a page.
    pub buttons: Vec<InlineKeyboardButton>,
}

impl PageNav {
    /// Page `page` of `total` items, `size` a page; `to_page` makes the buttons.
    pub fn new(tr: &Tr, total: usize, size: usize, page: u16, to_page: impl Fn(u16) -> Action) -> PageNav {
        let pages = total.div_ceil(size).max(1);
        let page = usize::from(page).min(pages - 1);
        let mut buttons = Vec::new();
        if page > 0 {
            buttons.push(button(tr.t("list-previous"), to_page(page as u16 - 1)));
        }
        if page + 1 < pages {
            buttons.push(button(tr.t("list-next"), to_page(page as u16 + 1)));
        }
        let line = (pages > 1).then(|| {
            tr.with(
                "list-page",
                &[("page", (page + 1).into()), ("pages", pages.into()), ("total", total.into())],
            )
        });
        PageNav { page, line, buttons }
    }
}

/// One button back to the main menu: the next step under a message that
/// ends what the person was doing.
pub fn menu_only(tr: &Tr) -> InlineKeyboardMarkup {
    column([button(tr.t("menu-back"), Action::Menu)])
}

/// The main menu under the greeting.
pub fn main_menu(tr: &Tr) -> InlineKeyboardMarkup {
    column([
        button(tr.t("menu-eligibility"), Action::StartCheck),
        button(tr.t("menu-positions"), Action::Positions(0, Filter::default())),
        button(tr.t("menu-programmes"), Action::Programmes),
        button(tr.t("menu-contact"), Action::Contact),
        button(tr.t("menu-language"), Action::ChooseLanguage),
        easy_read_toggle(tr),
    ])
}

/// "Lettlest" for ordinary readers, "Vanlig tekst" for easy readers.
pub fn easy_read_toggle(tr: &Tr) -> InlineKeyboardButton {
    if tr.easy_read() {
        button(tr.t("easy-read-off"), Action::SetEasyRead(false))
    } else {
        button(tr.t("easy-read-on"), Action::SetEasyRead(true))
    }
}
