use chrono::TimeZone;
use serde_json::json;

use super::*;
use crate::domain::Catalogue;

fn rules() -> Rules {
    let catalogue = Catalogue::parse(include_str!("../../../catalogue/programmes.toml")).unwrap();
    let rule = Rule {
        programme: "oslo-reserved".into(),
        words: vec!["Rekrutteringsordning".into()],
        municipalities: vec!["Oslo".into()],
        ..Rule::default()
    };
    Rules::new(vec![rule], &catalogue).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap()
}

fn entry(ad: serde_json::Value) -> Entry {
    let mut json = json!({
        "title": "Rådgiver (rekrutteringsordning)",
        "description": "<p>Vi s&oslash;ker <b>deg</b>.</p>",
        "applicationDue": "14.12.2026",
        "applicationUrl": null,
        "expires": "2026-12-15T00:00:00",
        "workLocations": [{"city": null, "municipal": "OSLO"}],
        "employer": {"name": "Bydel Alna", "orgnr": "974778882"},
        "engagementtype": "Fast",
        "extent": "Heltid"
    });
    for (key, value) in ad.as_object().unwrap() {
        json[key] = value.clone();
    }
    serde_json::from_value(json!({
        "uuid": "5c0a7c1e-1111-4a2b-9c3d-000000000001",
        "status": "ACTIVE",
        "sistEndret": "2026-11-27T09:15:00.123",
        "json": json
    }))
    .unwrap()
}

fn position(ad: serde_json::Value) -> Position {
    match verdict(&entry(ad), &rules(), now()) {
        Ok(Verdict::Position(position)) => *position,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_matching_ad_becomes_a_position_with_its_facts() {
    let position = position(json!({}));
    assert_eq!(position.external_id, "5c0a7c1e-1111-4a2b-9c3d-000000000001");
    assert_eq!(position.programme, "oslo-reserved");
    assert_eq!((position.place.as_str(), position.employer.as_str()), ("Oslo", "Bydel Alna"));
    assert_eq!(position.extent_percent, Some(100));
    assert_eq!(position.employment, Employment::Permanent);
    assert_eq!(position.deadline, NaiveDate::from_ymd_opt(2026, 12, 14).unwrap());
    assert_eq!(
        position.url,
        "https://arbeidsplassen.nav.no/stillinger/stilling/5c0a7c1e-1111-4a2b-9c3d-000000000001"
    );
    assert_eq!(position.description, "Vi søker deg.");
    assert_eq!(position.feed_changed, NaiveDate::from_ymd_opt(2026, 11, 27));
}

#[test]
fn part_time_substitutes_dates_and_links_are_read_as_the_feed_writes_them() {
    let position = position(json!({
        "extent": "Deltid", "engagementtype": "Vikariat", "applicationDue": "2026-12-20",
        "applicationUrl": "https://jobb.oslo.kommune.no/1", "workLocations": [{"city": "Oslo sentrum", "municipal": "OSLO"}]
    }));
    assert_eq!(position.extent_percent, None);
    assert_eq!(position.employment, Employment::Substitute);
    assert_eq!(position.deadline, NaiveDate::from_ymd_opt(2026, 12, 20).unwrap());
    assert_eq!(position.url, "https://jobb.oslo.kommune.no/1");
    assert_eq!(position.place, "Oslo sentrum");
    let by_mail = position_url(json!({"applicationUrl": "mailto:jobb@oslo.kommune.no"}));
    assert!(by_mail.starts_with(AD_PAGE), "{by_mail}");
}

fn position_url(ad: serde_json::Value) -> String {
    position(ad).url
}

#[test]
fn bad_data_is_refused_per_ad_with_its_reason() {
    let refused = |ad| verdict(&entry(ad), &rules(), now()).unwrap_err();
    assert_eq!(refused(json!({"title": " "})), Refused::Missing("title"));
    assert_eq!(refused(json!({"employer": null})), Refused::Missing("employer"));
    assert_eq!(refused(json!({"applicationDue": "Snarest"})), Refused::BadDeadline);
    assert_eq!(refused(json!({"applicationUrl": "javascript:alert(1)"})), Refused::BadLink);
    assert_eq!(refused(json!({"extent": null})), Refused::BadExtent);
    assert_eq!(refused(json!({"engagementtype": "Annet"})), Refused::BadEmployment);
    let long = format!("Rekrutteringsordning {}", "x".repeat(300));
    assert_eq!(refused(json!({"title": long})), Refused::TooLong("title"));
    let mut bad_id = entry(json!({}));
    bad_id.uuid = "../../etc".into();
    assert_eq!(verdict(&bad_id, &rules(), now()), Err(Refused::BadId));
}

#[test]
fn stopped_expired_and_unmatched_ads_are_told_apart() {
    let check = |entry: &Entry| verdict(entry, &rules(), now()).unwrap();
    let mut stopped = entry(json!({}));
    stopped.status = "INACTIVE".into();
    assert_eq!(check(&stopped), Verdict::Inactive);
    assert_eq!(check(&entry(json!({"expires": "2026-12-01T23:00:00Z"}))), Verdict::Inactive);
    assert_eq!(check(&entry(json!({"title": "Rådgiver"}))), Verdict::NoMatch);
    let long = "ord ".repeat(1000);
    assert!(position(json!({"description": long})).description.ends_with(" (...)"));
}

#[test]
fn a_page_with_nulls_reads_and_an_item_knows_its_status() {
    let page: Page = serde_json::from_value(json!({"id": "p1", "next_id": null, "items": null})).unwrap();
    assert!(page.items.is_empty() && page.next_id.is_none());
    let item: Item = serde_json::from_value(json!({
        "id": "e1", "url": "/api/v1/feedentry/e1", "_feed_entry": {"uuid": "u1", "status": "INACTIVE", "municipal": "OSLO"}
    }))
    .unwrap();
    assert!(item.entry.is_inactive());
    assert!(is_plain_id("e1") && !is_plain_id("e1/../x") && !is_plain_id(""));
}
