//! Number formats: thousands grouping in both languages, and 万 for large sums in Chinese.

use super::Lang;
use crate::model::fields::ErrorKind;
use crate::model::units::Unit;
use crate::model::ValidationError;

/// Groups the integer part in threes: 12345.6 → "12,345.6" with `decimals` places.
pub fn format_number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let rounded = format!("{:.*}", decimals, value.abs());
    // "-0" is not a number anyone wants to read.
    let negative = value < 0.0 && rounded.bytes().any(|b| (b'1'..=b'9').contains(&b));
    let (int_part, frac) = match rounded.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (rounded, None),
    };
    let mut grouped = String::with_capacity(int_part.len() + int_part.len() / 3);
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Up to two decimals, trailing zeros dropped: 21.10 → "21.1", 80.0 → "80".
pub fn format_compact(value: f64) -> String {
    let s = format_number(value, 2);
    match s.split_once('.') {
        Some((int, frac)) => match frac.trim_end_matches('0') {
            "" => int.to_string(),
            f => format!("{int}.{f}"),
        },
        None => s,
    }
}

/// A field's value as the field shows it: a calendar year is a label, never grouped ("2026",
/// not "2,026"); everything else as [`format_compact`].
pub fn format_field_value(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Year => format_year(value),
        _ => format_compact(value),
    }
}

/// A calendar year: no thousands separator.
pub fn format_year(value: f64) -> String {
    if value.is_finite() {
        format!("{}", value.round() as i64)
    } else {
        "—".into()
    }
}

/// A field's accepted range as its hint and its messages both write it: "0–1,000,000 元".
pub fn format_range(min: f64, max: f64, unit: Unit, lang: Lang) -> String {
    format!(
        "{}–{} {}",
        format_field_value(min, unit),
        format_field_value(max, unit),
        unit.label().get(lang.is_en())
    )
}

/// Why a value was refused, with numbers formatted the way the field shows them (the model's
/// own message writes them bare: "0–1000000").
pub fn validation_message(error: &ValidationError, lang: Lang) -> String {
    let f = error.field;
    match error.kind {
        ErrorKind::OutOfRange => {
            let label = f.label.get(lang.is_en());
            let range = format_range(f.min, f.max, f.unit, lang);
            match lang {
                Lang::Zh => format!("{label}须在 {range} 之间"),
                Lang::En => format!("{label} must be within {range}"),
            }
        }
        _ => error.message(lang.is_en()),
    }
}

/// A yuan amount with its unit: Chinese uses 万元 from 10,000 up ("1.48万元"), English groups
/// digits ("14,770 yuan").
pub fn format_yuan(value: f64, lang: Lang) -> String {
    match lang {
        Lang::Zh if value.abs() >= 10_000.0 => {
            format!("{}万元", format_number(value / 10_000.0, 2))
        }
        Lang::Zh => format!("{}元", format_number(value, 0)),
        Lang::En => format!("{} yuan", format_number(value, 0)),
    }
}

/// A value with its unit in the current language; yuan amounts go through [`format_yuan`].
pub fn format_amount(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Yuan | Unit::YuanPerYear if lang == Lang::Zh => format_yuan(value, lang),
        Unit::Year => format_year(value),
        Unit::Percent => format!("{}%", format_compact(value)),
        _ => {
            let unit_label = unit.label().get(lang.is_en());
            let sep = if lang == Lang::En { " " } else { "" };
            format!("{}{sep}{unit_label}", format_compact(value))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_rounds() {
        assert_eq!(format_number(0.0, 0), "0");
        assert_eq!(format_number(999.0, 0), "999");
        assert_eq!(format_number(1_000.0, 0), "1,000");
        assert_eq!(format_number(1_234_567.891, 2), "1,234,567.89");
        assert_eq!(format_number(-14_770.4, 0), "-14,770");
        assert_eq!(format_number(-0.2, 0), "0");
        assert_eq!(format_number(f64::NAN, 0), "—");
    }

    #[test]
    fn yuan_in_both_languages() {
        assert_eq!(format_yuan(14_770.0, Lang::Zh), "1.48万元");
        assert_eq!(format_yuan(9_500.0, Lang::Zh), "9,500元");
        assert_eq!(format_yuan(14_770.0, Lang::En), "14,770 yuan");
        assert_eq!(format_amount(21.1, Unit::Mu, Lang::Zh), "21.1亩");
        assert_eq!(format_amount(21.0, Unit::Mu, Lang::En), "21 mu");
        assert_eq!(format_amount(80.0, Unit::Percent, Lang::En), "80%");
    }

    #[test]
    fn years_are_never_grouped() {
        assert_eq!(format_field_value(2026.0, Unit::Year), "2026");
        assert_eq!(format_amount(2026.0, Unit::Year, Lang::En), "2026");
        assert_eq!(format_field_value(2026.0, Unit::Yuan), "2,026");
        assert_eq!(
            format_range(2015.0, 2070.0, Unit::Year, Lang::Zh),
            "2015–2070 年份"
        );
    }

    #[test]
    fn range_messages_format_numbers_as_the_field_does() {
        use crate::model::fields::FIELDS;
        for spec in FIELDS.iter() {
            let e = spec.check(spec.max * 2.0 + 1.0).unwrap_err();
            for lang in [Lang::Zh, Lang::En] {
                let hint = format_range(spec.min, spec.max, spec.unit, lang);
                let message = validation_message(&e, lang);
                assert!(message.contains(&hint), "{message} lacks {hint}");
                if spec.unit == Unit::Year {
                    assert!(!message.contains(','), "{message}");
                }
            }
        }
        let big = FIELDS
            .iter()
            .find(|f| f.max >= 10_000.0 && f.unit != Unit::Year)
            .unwrap();
        let e = big.check(big.max * 2.0).unwrap_err();
        assert!(validation_message(&e, Lang::Zh).contains(&format_compact(big.max)));
        assert!(format_compact(big.max).contains(','));
    }
}
