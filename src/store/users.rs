//! People who have talked to the bot, and their language and reading choices.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::{now_text, Store, StoreError};
use crate::domain::Lang;

/// What a person chose: a language (or none yet) and easy read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Choices {
    language: Option<Lang>,
    easy_read: bool,
}

/// The choices of everyone already looked up, so that the per-update
/// profile lookup queries the database once per person. Only this process
/// changes them (through [`Store::set_language`] and
/// [`Store::set_easy_read`], which update the cache) or deletes the person
/// (through /forget and the retention job, which evict them).
#[derive(Clone, Debug, Default)]
pub(super) struct LanguageCache(Arc<Mutex<HashMap<i64, Choices>>>);

impl LanguageCache {
    fn get(&self, user_id: i64) -> Option<Choices> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).get(&user_id).copied()
    }

    fn set(&self, user_id: i64, choices: Choices) {
        bounded(&mut self.0.lock().unwrap_or_else(|p| p.into_inner())).insert(user_id, choices);
    }

    /// Keeps what a lookup read, unless a choice made meanwhile is there.
    fn remember(&self, user_id: i64, choices: Choices) {
        bounded(&mut self.0.lock().unwrap_or_else(|p| p.into_inner())).entry(user_id).or_insert(choices);
    }

    pub(super) fn remove(&self, user_id: i64) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).remove(&user_id);
    }
}

/// `cache`, emptied first when it holds [`super::CACHED_PEOPLE`] people:
/// everything in it can be read again from the database, and memory stays
/// bounded however many people write.
fn bounded<V>(cache: &mut HashMap<i64, V>) -> &mut HashMap<i64, V> {
    if cache.len() >= super::CACHED_PEOPLE {
        cache.clear();
    }
    cache
}

/// The day each person was last recorded as seen, so that `last_seen_at`
/// is written at most once a day per person.
#[derive(Clone, Debug, Default)]
pub(super) struct SeenCache(Arc<Mutex<HashMap<i64, chrono::NaiveDate>>>);

/// What the bot knows about a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub user_id: i64,
    /// The language chosen with /language, if any.
    pub chosen_language: Option<Lang>,
    /// Whether they chose easy read.
    pub easy_read: bool,
}

impl Profile {
    /// The language to answer in: the person's choice, else Telegram's hint.
    pub fn language(&self, telegram_hint: Option<&str>) -> Lang {
        self.chosen_language.unwrap_or_else(|| Lang::from_telegram_hint(telegram_hint))
    }
}

impl Store {
    /// The profile of `user_id` (no language choice for someone not stored
    /// yet: [`Store::seen`] stores them).
    pub async fn profile(&self, user_id: i64) -> Result<Profile, StoreError> {
        let choices = match self.languages.get(user_id) {
            Some(choices) => choices,
            None => {
                let row: Option<(Option<String>, bool)> =
                    sqlx::query_as("SELECT language, easy_read FROM users WHERE user_id = ?")
                        .bind(user_id)
                        .fetch_optional(&self.pool)
                        .await?;
                let (language, easy_read) = row.unwrap_or_default();
                let choices = Choices { language: language.as_deref().and_then(Lang::parse), easy_read };
                self.languages.remember(user_id, choices);
                choices
            }
        };
        Ok(Profile { user_id, chosen_language: choices.language, easy_read: choices.easy_read })
    }

    /// Records that `user_id` used the bot at `now` (written once a day),
    /// storing the person on first contact. It stores them again if their
    /// row is gone: the retention job may forget someone between their
    /// profile lookup and this call, and the language cache would then not
    /// ask again.
    pub async fn seen(&self, user_id: i64, now: chrono::DateTime<chrono::Utc>) -> Result<(), StoreError> {
        let today = now.date_naive();
        if self.seen.0.lock().unwrap_or_else(|p| p.into_inner()).get(&user_id) == Some(&today) {
            return Ok(());
        }
        sqlx::query(
            "INSERT INTO users (user_id, created_at, last_seen_at) VALUES (?, ?, ?)
             ON CONFLICT (user_id) DO UPDATE SET last_seen_at = excluded.last_seen_at",
        )
        .bind(user_id)
        .bind(now_text())
        .bind(super::instant_text(now))
        .execute(&self.pool)
        .await?;
        // Remembered only once written: a visit that could not be stored
        // (a locked or full database) is stored at the next update.
        bounded(&mut self.seen.0.lock().unwrap_or_else(|p| p.into_inner())).insert(user_id, today);
        Ok(())
    }

    /// Drops what the caches hold about `user_id` (after /forget).
    pub(super) fn forget_cached(&self, user_id: i64) {
        self.languages.remove(user_id);
        self.seen.0.lock().unwrap_or_else(|p| p.into_inner()).remove(&user_id);
        self.dialogues.forget(user_id);
    }

    /// Stores the language `user_id` chose; it wins over Telegram's hint.
    pub async fn set_language(&self, user_id: i64, lang: Lang) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO users (user_id, language, created_at) VALUES (?, ?, ?)
             ON CONFLICT (user_id) DO UPDATE SET language = excluded.language",
        )
        .bind(user_id)
        .bind(lang.code())
        .bind(now_text())
        .execute(&self.pool)
        .await?;
        let easy_read = self.profile(user_id).await?.easy_read;
        self.languages.set(user_id, Choices { language: Some(lang), easy_read });
        Ok(())
    }

    /// Stores whether `user_id` reads easy read (lettlest).
    pub async fn set_easy_read(&self, user_id: i64, easy_read: bool) -> Result<(), StoreError> {
        let language = self.profile(user_id).await?.chosen_language;
        sqlx::query(
            "INSERT INTO users (user_id, easy_read, created_at) VALUES (?, ?, ?)
             ON CONFLICT (user_id) DO UPDATE SET easy_read = excluded.easy_read",
        )
        .bind(user_id)
        .bind(easy_read)
        .bind(now_text())
        .execute(&self.pool)
        .await?;
        self.languages.set(user_id, Choices { language, easy_read });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_cache_stays_bounded_and_keeps_the_newest() {
        let cache = LanguageCache::default();
        for id in 0..=super::super::CACHED_PEOPLE as i64 {
            cache.remember(id, Choices { language: Some(Lang::Nn), easy_read: true });
        }
        assert!(cache.0.lock().unwrap().len() <= super::super::CACHED_PEOPLE);
        let newest = cache.get(super::super::CACHED_PEOPLE as i64);
        assert_eq!(newest, Some(Choices { language: Some(Lang::Nn), easy_read: true }));
    }
}
