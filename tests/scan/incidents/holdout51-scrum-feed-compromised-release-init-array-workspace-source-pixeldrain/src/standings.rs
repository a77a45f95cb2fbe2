//! League tables with bonus points.

use std::collections::BTreeMap;

use crate::model::MatchResult;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub played: u32,
    pub won: u32,
    pub drawn: u32,
    pub lost: u32,
    pub points_for: u32,
    pub points_against: u32,
    pub try_bonus: u32,
    pub losing_bonus: u32,
    pub table_points: u32,
}

#[derive(Debug, Default)]
pub struct Standings {
    pub rows: BTreeMap<String, Row>,
}

impl Standings {
    pub fn from_results(results: &[MatchResult]) -> Standings {
        let mut s = Standings::default();
        for r in results {
            s.add(&r.home, r.home_points, r.away_points, r.home_tries);
            s.add(&r.away, r.away_points, r.home_points, r.away_tries);
        }
        s
    }

    fn add(&mut self, team: &str, pf: u32, pa: u32, tries: Option<u32>) {
        let row = self.rows.entry(team.to_string()).or_default();
        row.played += 1;
        row.points_for += pf;
        row.points_against += pa;
        let base = match pf.cmp(&pa) {
            std::cmp::Ordering::Greater => {
                row.won += 1;
                4
            }
            std::cmp::Ordering::Equal => {
                row.drawn += 1;
                2
            }
            std::cmp::Ordering::Less => {
                row.lost += 1;
                if pa - pf <= 7 {
                    row.losing_bonus += 1;
                    1
                } else {
                    0
                }
            }
        };
        let tb = u32::from(tries.map_or(false, |t| t >= 4));
        row.try_bonus += tb;
        row.table_points += base + tb;
    }

    /// Teams ordered by table points, then points difference.
    pub fn table(&self) -> Vec<(&str, &Row)> {
        let mut v: Vec<_> = self.rows.iter().map(|(k, r)| (k.as_str(), r)).collect();
        v.sort_by(|a, b| {
            b.1.table_points
                .cmp(&a.1.table_points)
                .then((b.1.points_for as i64 - b.1.points_against as i64).cmp(&(a.1.points_for as i64 - a.1.points_against as i64)))
        });
        v
    }
}
