//! Figures as short strings for `data-fig` attributes: one click handler on a table can then
//! explain any of its cells without a closure per cell.

use crate::model::explain::Figure;
use crate::model::interventions::InterventionKind;
use crate::model::projection::{IncomeCategory, Source};

fn kind_index(k: Option<InterventionKind>) -> String {
    k.map_or_else(|| "-".into(), |k| k.index().to_string())
}

fn kind_from(s: &str) -> Option<Option<InterventionKind>> {
    if s == "-" {
        return Some(None);
    }
    InterventionKind::ALL
        .get(s.parse::<usize>().ok()?)
        .copied()
        .map(Some)
}

fn source_from(s: &str) -> Option<Source> {
    Source::ALL.get(s.parse::<usize>().ok()?).copied()
}

pub fn encode(f: Figure) -> String {
    use Figure::*;
    match f {
        BaselineSource { year, source } => format!("bs:{year}:{}", source as usize),
        ScenarioSource { year, source } => format!("ss:{year}:{}", source as usize),
        Increment { year, kind } => format!("inc:{year}:{}", kind.index()),
        TotalIncrement { year } => format!("tinc:{year}"),
        HouseholdNet { year, baseline } => format!("hh:{year}:{}", baseline as u8),
        PerCapita { year, baseline } => format!("pc:{year}:{}", baseline as u8),
        InKind { year } => format!("ik:{year}"),
        MonitoringLine { year } => format!("ml:{year}"),
        GapToLine { year } => format!("gap:{year}"),
        ProgramCost { year, kind } => format!("cost:{year}:{}", kind_index(kind)),
        Npv { kind } => format!("npv:{}", kind_index(kind)),
        BenefitCostRatio { kind } => format!("bcr:{}", kind_index(kind)),
        CostPerYuanGained { kind } => format!("cpy:{}", kind_index(kind)),
        PaybackYear { kind } => format!("pay:{}", kind_index(kind)),
        FirstYearAboveLine { baseline } => format!("first:{}", baseline as u8),
        LowestMargin { baseline } => format!("low:{}", baseline as u8),
        TotalProgramCost { kind } => format!("tcost:{}", kind_index(kind)),
        HouseholdNpv { kind } => format!("hnpv:{}", kind_index(kind)),
        Labor { year } => format!("lab:{year}"),
        Category {
            year,
            category,
            baseline,
        } => format!("cat:{year}:{}:{}", category as usize, baseline as u8),
    }
}

pub fn decode(code: &str) -> Option<Figure> {
    use Figure::*;
    let parts: Vec<&str> = code.split(':').collect();
    let year = |i: usize| parts.get(i)?.parse::<i32>().ok();
    let flag = |i: usize| parts.get(i).map(|s| *s == "1");
    Some(match parts[0] {
        "bs" => BaselineSource {
            year: year(1)?,
            source: source_from(parts.get(2)?)?,
        },
        "ss" => ScenarioSource {
            year: year(1)?,
            source: source_from(parts.get(2)?)?,
        },
        "inc" => Increment {
            year: year(1)?,
            kind: kind_from(parts.get(2)?)??,
        },
        "tinc" => TotalIncrement { year: year(1)? },
        "hh" => HouseholdNet {
            year: year(1)?,
            baseline: flag(2)?,
        },
        "pc" => PerCapita {
            year: year(1)?,
            baseline: flag(2)?,
        },
        "ik" => InKind { year: year(1)? },
        "ml" => MonitoringLine { year: year(1)? },
        "gap" => GapToLine { year: year(1)? },
        "cost" => ProgramCost {
            year: year(1)?,
            kind: kind_from(parts.get(2)?)?,
        },
        "npv" => Npv {
            kind: kind_from(parts.get(1)?)?,
        },
        "bcr" => BenefitCostRatio {
            kind: kind_from(parts.get(1)?)?,
        },
        "cpy" => CostPerYuanGained {
            kind: kind_from(parts.get(1)?)?,
        },
        "pay" => PaybackYear {
            kind: kind_from(parts.get(1)?)?,
        },
        "first" => FirstYearAboveLine { baseline: flag(1)? },
        "low" => LowestMargin { baseline: flag(1)? },
        "tcost" => TotalProgramCost {
            kind: kind_from(parts.get(1)?)?,
        },
        "hnpv" => HouseholdNpv {
            kind: kind_from(parts.get(1)?)?,
        },
        "lab" => Labor { year: year(1)? },
        "cat" => Category {
            year: year(1)?,
            category: *IncomeCategory::ALL.get(parts.get(2)?.parse::<usize>().ok()?)?,
            baseline: flag(3)?,
        },
        _ => return None,
    })
}
