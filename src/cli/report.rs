//! `traineebot report`: a CSV file of each programme's figures for a
//! period, for the programmes' own reporting (columns in the README).

use chrono::{NaiveDate, TimeDelta};
use clap::Args;

use super::{input, services};
use crate::app::AppError;
use crate::config::Config;
use crate::domain::gatherings::oslo_instant;
use crate::services::Actor;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The first day of the period (YYYY-MM-DD, Oslo).
    #[arg(long)]
    from: NaiveDate,
    /// The last day of the period (YYYY-MM-DD, Oslo), included.
    #[arg(long)]
    to: NaiveDate,
    /// Where to write the CSV file (default: standard output).
    #[arg(long)]
    out: Option<std::path::PathBuf>,
}

/// The header row, in the order of the columns.
const COLUMNS: [&str; 14] = [
    "programme",
    "from",
    "to",
    "gatherings_held",
    "invited",
    "answered",
    "said_coming",
    "came",
    "positions_added",
    "positions_open",
    "positions_closed",
    "alerts",
    "broadcasts_of_organisation",
    "delivered_of_organisation",
];

/// Writes the report for the programmes `actor` may see.
pub async fn report(config: &Config, actor: &Actor, args: ReportArgs) -> Result<(), AppError> {
    if args.to < args.from {
        return Err(input(format!("--to {} is before --from {}", args.to, args.from)));
    }
    let start = |day: NaiveDate| {
        oslo_instant(day.and_hms_opt(0, 0, 0).expect("midnight exists")).map_err(|e| input(e.to_string()))
    };
    let period = (start(args.from)?, start(args.to + TimeDelta::days(1))?);
    let services = services(config).await?;
    let now = services.clock.now();
    let mut rows = Vec::new();
    for programme in &config.catalogue.programmes {
        if !actor.scope.covers_programme(&config.catalogue, &programme.id) {
            continue;
        }
        let figures = services.store.report_row(&programme.id, &programme.organisation, period, now).await?;
        rows.push((programme.id.clone(), figures));
    }
    services.store.close().await;
    let mut csv = csv::Writer::from_writer(Vec::new());
    let written = (|| {
        csv.write_record(COLUMNS)?;
        for (programme, r) in &rows {
            let figures = [
                r.gatherings_held,
                r.invited,
                r.answered,
                r.said_coming,
                r.came,
                r.positions_added,
                r.positions_open,
                r.positions_closed,
                r.alerts,
                r.broadcasts,
                r.delivered,
            ];
            let mut record = vec![programme.clone(), args.from.to_string(), args.to.to_string()];
            record.extend(figures.iter().map(i64::to_string));
            csv.write_record(&record)?;
        }
        csv.into_inner().map_err(|error| csv::Error::from(error.into_error()))
    })();
    let bytes = written.map_err(|error| input(format!("could not write the report: {error}")))?;
    match &args.out {
        Some(path) => {
            std::fs::write(path, &bytes)
                .map_err(|error| input(format!("could not write {}: {error}", path.display())))?;
            eprintln!("Wrote the report for {} programme(s) to {}.", rows.len(), path.display());
        }
        None => print!("{}", String::from_utf8_lossy(&bytes)),
    }
    if rows.iter().all(|(_, r)| *r == crate::store::ReportRow { alerts: r.alerts, ..Default::default() }) {
        eprintln!("Nothing happened in this period: every figure but the alerts is 0.");
    }
    Ok(())
}
