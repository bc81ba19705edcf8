//! A gathering as an iCalendar (.ics) file that calendar apps import.

use icalendar::{Calendar, Component, Event, EventLike};

use super::gatherings::Gathering;

/// The .ics file of `gathering`, titled `title`. The UID is stable, so a
/// second import updates the event instead of adding another.
pub fn gathering_ics(gathering: &Gathering, title: &str, host: &str) -> String {
    let mut event = Event::new();
    event
        .uid(&format!("gathering-{}@{host}", gathering.id))
        .summary(title)
        .starts(gathering.starts_at)
        .ends(gathering.ends_at())
        .location(&gathering.place);
    if !gathering.agenda.is_empty() {
        event.description(&gathering.agenda);
    }
    if gathering.cancelled {
        event.status(icalendar::EventStatus::Cancelled);
    }
    let mut calendar = Calendar::new();
    calendar.name(title).push(event.done());
    calendar.done().to_string()
}
