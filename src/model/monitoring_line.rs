//! The anti-relapse monitoring line (防止返贫监测线) by year. Provinces set and raise their own
//! line; only the 2020 national figure is confirmed, so every row says whether it is verified.

use serde::{Deserialize, Serialize};

use super::text::Text;
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
    /// Where the figure comes from; bilingual so neither language shows the other's text.
    #[serde(default)]
    pub source: LineSource,
}

/// The origin of a monitoring-line row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineSource {
    /// The 2020 national line: about 1.5 × the ≈ 4,000-yuan poverty line (China Daily, 2020-12-02).
    National2020,
    /// One province's 2023 data check used 7,300 yuan.
    ProvinceCheck2023,
    /// Grown from the previous row at an assumed rate.
    AssumedGrowth,
    /// Typed in by the planner.
    #[default]
    Planner,
}

impl LineSource {
    pub fn describe(self) -> Text {
        match self {
            LineSource::National2020 => Text::new(
                "约为贫困线（约 4,000 元）的 1.5 倍（中国日报 2020-12-02）",
                "≈ 1.5 × the ≈ 4,000-yuan poverty line (China Daily, 2020-12-02)",
            ),
            LineSource::ProvinceCheck2023 => Text::new(
                "某省 2023 年数据核查采用 7,300 元",
                "One province's 2023 data check used 7,300 yuan",
            ),
            LineSource::AssumedGrowth => Text::new(
                "按年增长假设推算，请换为本省标准",
                "Grown at an assumed rate; replace with the province's line",
            ),
            LineSource::Planner => Text::new("测算人员填写", "Entered by the planner"),
        }
    }
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
        use LineSource::*;
        use RowStatus::*;
        let row = |year, yuan_per_capita, status, source| LineRow {
            year,
            yuan_per_capita,
            status,
            source,
        };
        MonitoringLine {
            // 2021–2022 grow 5 % a year from 2020; 2024–2025 grow 4 % from the 2023 figure.
            rows: vec![
                row(2020, 6_000.0, Verified, National2020),
                row(2021, 6_300.0, Placeholder, AssumedGrowth),
                row(2022, 6_600.0, Placeholder, AssumedGrowth),
                row(2023, 7_300.0, Placeholder, ProvinceCheck2023),
                row(2024, 7_600.0, Placeholder, AssumedGrowth),
                row(2025, 7_900.0, Placeholder, AssumedGrowth),
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
