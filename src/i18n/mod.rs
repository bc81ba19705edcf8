//! Fluent loading and lookup. User-visible text lives only in `locales/`.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::Lang;

/// Embeds `locales/<lang>/<name>.ftl` for every language, in `Lang::ALL` order.
macro_rules! embed_locales {
    ($($name:literal),* $(,)?) => {
        &[$(($name, [
            include_str!(concat!("../../locales/nb/", $name, ".ftl")),
            include_str!(concat!("../../locales/nn/", $name, ".ftl")),
            include_str!(concat!("../../locales/en/", $name, ".ftl")),
        ])),*]
    };
}

/// The .ftl files compiled into the binary: one per journey.
pub const LOCALE_FILES: &[(&str, [&str; 3])] = embed_locales!(
    "commands",
    "start",
    "language",
    "programmes",
    "eligibility",
    "info",
    "errors",
    "dates",
    "positions",
    "import",
    "alerts",
    "members",
    "gatherings",
    "plan",
    "mentoring",
    "broadcast",
    "inbox",
    "easy",
);

/// A Fluent file that did not parse or clashed with another.
#[derive(Debug, thiserror::Error)]
#[error("locales/{lang}/{file}.ftl: {problem}")]
pub struct I18nError {
    lang: &'static str,
    file: &'static str,
    problem: String,
}

/// The messages of all three languages.
pub struct I18n {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
}

impl I18n {
    /// Loads the embedded locale files.
    pub fn load() -> Result<I18n, I18nError> {
        let mut bundles = Vec::new();
        for (index, lang) in Lang::ALL.into_iter().enumerate() {
            let langid = lang.code().parse().expect("language codes are valid identifiers");
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Unicode isolation marks would end up in Telegram messages.
            bundle.set_use_isolating(false);
            for (file, sources) in LOCALE_FILES {
                let error = |problem: String| I18nError { lang: lang.code(), file, problem };
                let resource = FluentResource::try_new(sources[index].to_owned())
                    .map_err(|(_, errors)| error(format!("{errors:?}")))?;
                bundle.add_resource(resource).map_err(|errors| error(format!("{errors:?}")))?;
            }
            bundles.push((lang, bundle));
        }
        Ok(I18n { bundles })
    }

    /// Whether `lang` has a message `id`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles.iter().any(|(l, bundle)| *l == lang && bundle.has_message(id))
    }

    /// The message `id` in `lang`, with `args` filled in.
    ///
    /// A missing message is logged and shown as its id; the locale tests make
    /// sure this never reaches a user.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let bundle = &self.bundles.iter().find(|(l, _)| *l == lang).expect("all languages load").1;
        let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
            tracing::error!(id, lang = lang.code(), "missing Fluent message");
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::error!(id, lang = lang.code(), ?errors, "Fluent formatting errors");
        }
        text.into_owned()
    }
}

/// A date in words in `tr`'s language, always with its year, e.g.
/// "fredag 12. desember 2026".
pub fn date_in_words(tr: &Tr, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let weekday = date.weekday().to_string().to_lowercase();
    tr.with(
        "date-long",
        &[
            ("weekday", weekday.into()),
            ("day", date.day().into()),
            ("month", date.month().into()),
            // A string: a number would be formatted as a quantity.
            ("year", date.year().to_string().into()),
        ],
    )
}

/// A local date and time in words, the one way the bot writes a moment:
/// "fredag 12. desember 2026 kl. 17.00", "Friday 12 December 2026 at 17:00".
pub fn moment_in_words(tr: &Tr, moment: chrono::NaiveDateTime) -> String {
    tr.with(
        "date-time",
        &[("date", date_in_words(tr, moment.date()).into()), ("time", clock_time(tr, moment.time()).into())],
    )
}

/// An instant as stored (RFC 3339), in Oslo time and in words; empty when
/// it does not read.
pub fn stored_moment_in_words(tr: &Tr, stored: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stored)
        .map(|at| moment_in_words(tr, at.with_timezone(&chrono_tz::Europe::Oslo).naive_local()))
        .unwrap_or_default()
}

/// A time of day as people write it: "17.00" in Norwegian, "17:00" in English.
pub fn clock_time(tr: &Tr, time: chrono::NaiveTime) -> String {
    let format = if tr.lang() == Lang::En { "%H:%M" } else { "%H.%M" };
    time.format(format).to_string()
}

/// A position in three lines: title; employer, place; deadline in words.
pub fn position_summary(tr: &Tr, position: &crate::domain::positions::Position) -> String {
    let deadline = tr.with("positions-deadline", &[("date", date_in_words(tr, position.deadline).into())]);
    format!("{}\n{}, {}\n{deadline}", position.title, position.employer, position.place)
}

/// The messages in one person's language, in easy read if they chose it:
/// then `<id>-easy` is used where it exists, the ordinary `<id>` elsewhere.
#[derive(Clone)]
pub struct Tr {
    i18n: Arc<I18n>,
    lang: Lang,
    easy: bool,
}

impl Tr {
    /// Ordinary messages from `i18n` in `lang`.
    pub fn new(i18n: Arc<I18n>, lang: Lang) -> Tr {
        Tr { i18n, lang, easy: false }
    }

    /// The language these messages are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether these messages are in easy read.
    pub fn easy_read(&self) -> bool {
        self.easy
    }

    /// The same messages in another language (and the same reading).
    pub fn in_lang(&self, lang: Lang) -> Tr {
        Tr { i18n: self.i18n.clone(), lang, easy: self.easy }
    }

    /// The same messages, in easy read or not.
    pub fn reading(&self, easy: bool) -> Tr {
        Tr { i18n: self.i18n.clone(), lang: self.lang, easy }
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// The message `id` with variables.
    pub fn with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        if self.easy {
            let easy = format!("{id}-easy");
            if self.i18n.has(self.lang, &easy) {
                return self.i18n.format(self.lang, &easy, args);
            }
        }
        self.i18n.format(self.lang, id, args)
    }
}
