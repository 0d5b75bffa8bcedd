//! The anti-relapse monitoring line (防止返贫监测线) by year. Provinces set and raise their own
//! line; only the 2020 national figure is confirmed, so every row says whether it is verified.

use serde::{Deserialize, Serialize};

use super::units::{Percent, Yuan};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    Verified,
    Placeholder,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineRow {
    pub year: i32,
    /// Per-capita line in that year's (nominal) yuan.
    pub yuan_per_capita: Yuan,
    pub status: RowStatus,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MonitoringLine {
    /// Rows sorted by year; the UI keeps them sorted.
    pub rows: Vec<LineRow>,
    /// Yearly rise assumed after the last row (placeholder by nature).
    pub growth_after_last_pct: Percent,
}

/// The line that applies in one year, and where it came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineValue {
    pub nominal_yuan_per_capita: Yuan,
    /// Year of the table row used.
    pub row_year: i32,
    pub status: RowStatus,
    /// Years extrapolated past the last row at `growth_after_last_pct`.
    pub extrapolated_years: i32,
}

impl MonitoringLine {
    /// The nominal line for `year`: the latest row at or before it; past the last row, grown at
    /// `growth_after_last_pct` a year; before the first row, the first row. `None` for an empty table.
    pub fn nominal_for(&self, year: i32) -> Option<LineValue> {
        let first = self.rows.first()?;
        let row = self
            .rows
            .iter()
            .take_while(|r| r.year <= year)
            .last()
            .unwrap_or(first);
        let last_year = self.rows.last().map_or(row.year, |r| r.year);
        let extrapolated_years = if row.year == last_year && year > last_year {
            year - last_year
        } else {
            0
        };
        let growth = (1.0 + self.growth_after_last_pct / 100.0).powi(extrapolated_years);
        let status = if extrapolated_years > 0 {
            RowStatus::Placeholder
        } else {
            row.status
        };
        Some(LineValue {
            nominal_yuan_per_capita: row.yuan_per_capita * growth,
            row_year: row.year,
            status,
            extrapolated_years,
        })
    }
}

impl Default for MonitoringLine {
    fn default() -> Self {
        let row = |year, yuan_per_capita, status, note: &str| LineRow {
            year,
            yuan_per_capita,
            status,
            note: note.to_string(),
        };
        use RowStatus::*;
        MonitoringLine {
            rows: vec![
                row(
                    2020,
                    6_000.0,
                    Verified,
                    "≈1.5 × poverty line ≈4,000 (China Daily 2020-12-02)",
                ),
                row(
                    2021,
                    6_300.0,
                    Placeholder,
                    "assumed +5 %/yr; replace with the province's line",
                ),
                row(
                    2022,
                    6_600.0,
                    Placeholder,
                    "assumed +5 %/yr; replace with the province's line",
                ),
                row(
                    2023,
                    7_300.0,
                    Placeholder,
                    "one province's 2023 data check used 7,300",
                ),
                row(
                    2024,
                    7_600.0,
                    Placeholder,
                    "assumed +4 %/yr; replace with the province's line",
                ),
                row(
                    2025,
                    7_900.0,
                    Placeholder,
                    "assumed +4 %/yr; replace with the province's line",
                ),
            ],
            growth_after_last_pct: 4.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_latest_row_and_extrapolates() {
        let line = MonitoringLine::default();
        let v2020 = line.nominal_for(2020).unwrap();
        assert_eq!(v2020.nominal_yuan_per_capita, 6_000.0);
        assert_eq!(v2020.status, RowStatus::Verified);
        assert_eq!(line.nominal_for(2019).unwrap().row_year, 2020);
        // 2027 is two years past 2025: 7,900 × 1.04².
        let v2027 = line.nominal_for(2027).unwrap();
        assert!((v2027.nominal_yuan_per_capita - 7_900.0 * 1.04 * 1.04).abs() < 1e-9);
        assert_eq!(v2027.status, RowStatus::Placeholder);
        assert!(MonitoringLine {
            rows: vec![],
            growth_after_last_pct: 0.0
        }
        .nominal_for(2020)
        .is_none());
    }
}
