//! Review latency: time from "ready for review" (or creation) to the first review.

use crate::api::Client;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde_json::Value;

pub struct Pr {
    pub number: u64,
    pub created: DateTime<Utc>,
    pub first_review: Option<DateTime<Utc>>,
    pub merged: Option<DateTime<Utc>>,
}

pub fn parse_window(s: &str) -> i64 {
    let (n, unit) = s.split_at(s.len().saturating_sub(1));
    let n: i64 = n.parse().unwrap_or(30);
    match unit {
        "w" => n * 7,
        _ => n,
    }
}

fn ts(v: &Value) -> Option<DateTime<Utc>> {
    v.as_str().and_then(|s| s.parse().ok())
}

pub fn fetch(c: &Client, repo: &str, days: i64) -> Result<Vec<Pr>, String> {
    let since = Utc::now() - Duration::days(days);
    let mut out = Vec::new();
    for page in 1..=10 {
        let r = c
            .get(&format!("/repos/{repo}/pulls?state=all&per_page=100&page={page}&sort=created&direction=desc"))
            .ok_or("request failed")?;
        let list = r.body.as_array().cloned().unwrap_or_default();
        if list.is_empty() {
            break;
        }
        for pr in list {
            let created = ts(&pr["created_at"]).unwrap_or_else(Utc::now);
            if created < since {
                return Ok(out);
            }
            let number = pr["number"].as_u64().unwrap_or(0);
            let reviews = c.get(&format!("/repos/{repo}/pulls/{number}/reviews?per_page=1")).map(|r| r.body).unwrap_or(Value::Null);
            out.push(Pr { number, created, first_review: ts(&reviews[0]["submitted_at"]), merged: ts(&pr["merged_at"]) });
        }
    }
    Ok(out)
}

pub fn merged_per_day(prs: &[Pr], days: i64) -> Vec<(NaiveDate, u32)> {
    let today = Utc::now().date_naive();
    (0..days)
        .rev()
        .map(|d| {
            let day = today - Duration::days(d);
            let n = prs.iter().filter(|p| p.merged.map(|m| m.date_naive() == day).unwrap_or(false)).count();
            (day, n as u32)
        })
        .collect()
}

pub fn print_table(repo: &str, prs: &[Pr]) {
    let mut waits: Vec<i64> = prs.iter().filter_map(|p| p.first_review.map(|r| (r - p.created).num_minutes())).collect();
    waits.sort_unstable();
    let median = waits.get(waits.len() / 2).copied().unwrap_or(0);
    let p90 = waits.get(waits.len() * 9 / 10).copied().unwrap_or(0);
    println!("{repo}: {} pull requests, {} reviewed", prs.len(), waits.len());
    println!("  time to first review  median {}h{:02}m   p90 {}h{:02}m", median / 60, median % 60, p90 / 60, p90 % 60);
    for p in prs.iter().filter(|p| p.first_review.is_none()).take(10) {
        println!("  #{} waiting since {}", p.number, p.created.format("%Y-%m-%d %H:%M"));
    }
}
