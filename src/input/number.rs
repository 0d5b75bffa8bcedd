//! Numbers as Chinese users type them: full-width digits (１２３), thousands separators
//! (1,200), 万 and 亿 multipliers (1.5万 = 15,000), a trailing 元, and percent with or without
//! `%`. Anything ambiguous ("1,20", "1.2.3", "1 2", "一万") is rejected rather than guessed, and
//! the common near-misses ("4人", "15k", a pasted sentence) get a message that says what to type.

use crate::i18n::format::format_compact;
use crate::i18n::Lang;
use crate::model::units::Unit;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParseError {
    Empty,
    /// Not a number at all.
    Invalid,
    /// Thousands separators not in groups of three ("1,20").
    BadGrouping,
    /// `%` typed into a field that is not a percentage.
    PercentNotAllowed,
    /// A space between digits ("1 2"): one number or two? Refused rather than read as 12.
    SpaceInside,
    /// A unit after the number that is not the field's own ("4亩" in a persons field, or any
    /// unit where the field is not known). `expected` is the field's unit, when known.
    UnitGiven {
        expected: Option<Unit>,
    },
    /// A shorthand such as "15k" or "1.5w"; `meant` is what it would stand for. Refused, but
    /// the message spells the number out so the planner can type it.
    Abbreviation {
        meant: f64,
    },
    /// Text with more than a number in it, such as a pasted sentence ("每亩700元，三年不变").
    Sentence,
}

impl ParseError {
    /// What is wrong and what to type instead, in the interface language.
    pub fn message(self, lang: Lang) -> String {
        let en = lang.is_en();
        match self {
            ParseError::Empty => pick(en, "请输入数值", "Enter a value"),
            ParseError::Invalid => pick(
                en,
                "无法识别的数字，可写 1200、1,200 或 1.5万",
                "Not a number; write e.g. 1200, 1,200 or 12.5",
            ),
            ParseError::BadGrouping => pick(
                en,
                "千位分隔符位置不对，例如应写 1,200",
                "Thousands separators are misplaced; write e.g. 1,200",
            ),
            ParseError::PercentNotAllowed => pick(
                en,
                "此项不是百分比，请去掉 %",
                "This is not a percentage; remove the %",
            ),
            ParseError::SpaceInside => pick(
                en,
                "数字中间有空格（如“1 2”），无法确定是一个数还是两个数：请删去空格",
                "There is a space inside the number (as in “1 2”): one number or two? Remove the space",
            ),
            ParseError::UnitGiven { expected } => match (expected.map(|u| u.label().get(en)), en) {
                (Some(unit), false) => format!("请只输入数字，单位（{unit}）已给出"),
                (Some(unit), true) => {
                    format!("Type only the number; the unit ({unit}) is already given")
                }
                (None, false) => "请只输入数字，单位已给出".into(),
                (None, true) => "Type only the number; the unit is already given".into(),
            },
            ParseError::Abbreviation { meant } => {
                let plain = format_compact(meant).replace(',', "");
                if en {
                    format!(
                        "Shorthands like k are not read; for {} type {plain} or {}",
                        format_compact(meant),
                        format_compact(meant)
                    )
                } else if meant.abs() >= 10_000.0 {
                    format!(
                        "不识别 k、w 等缩写；如指 {plain}，请写 {plain} 或 {}万",
                        format_compact(meant / 10_000.0)
                    )
                } else {
                    format!("不识别 k、w 等缩写；如指 {plain}，请直接写 {plain}")
                }
            }
            ParseError::Sentence => pick(
                en,
                "这里只填一个数字，不能是一句话；请只输入数字，如 1200",
                "Enter just one number here, not a sentence; e.g. 1200",
            ),
        }
    }
}

fn pick(en: bool, zh: &str, english: &str) -> String {
    if en { english } else { zh }.to_string()
}

/// Maps full-width and look-alike characters to their ASCII forms.
fn normalise(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '．' | '。' => '.',
        '，' => ',',
        '－' | '−' | '—' => '-',
        '＋' => '+',
        '％' => '%',
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Parses `text` with no field in view; `percent_field` allows a trailing `%` (the value is in
/// percent either way). A trailing 元 is accepted; any other unit is refused as [`ParseError::UnitGiven`].
pub fn parse_number(text: &str, percent_field: bool) -> Result<f64, ParseError> {
    parse_core(text, percent_field, true)
}

/// Parses what was typed into a field measured in `unit`. The field's own unit may follow the
/// number ("4人" in a persons field reads as 4, as a planner who types the unit expects);
/// another unit is refused with a message naming the field's unit.
pub fn parse_field(text: &str, unit: Unit) -> Result<f64, ParseError> {
    let trimmed = text.trim_end();
    // ASCII only: the English labels are ASCII and Chinese has no case (Unicode case tables
    // would cost ~10 KB of wasm).
    let lower = trimmed.to_ascii_lowercase();
    // The longest suffix that matches, so "元/亩" wins over "亩". (A max, not a sort: a sort
    // would add several KB of wasm for a list of ten.)
    let body = unit_suffixes(unit)
        .into_iter()
        .filter_map(|suffix| {
            let rest = lower.strip_suffix(&suffix.to_ascii_lowercase())?;
            (!rest.trim().is_empty()).then_some((suffix.len(), &trimmed[..rest.len()]))
        })
        .max_by_key(|(len, _)| *len)
        .map_or(trimmed, |(_, rest)| rest);
    parse_core(body, unit == Unit::Percent, is_money(unit)).map_err(|e| match e {
        ParseError::UnitGiven { .. } => ParseError::UnitGiven {
            expected: Some(unit),
        },
        other => other,
    })
}

/// Units whose amounts are in yuan: "700元" and "1.5万元" make sense there.
fn is_money(unit: Unit) -> bool {
    unit.label().zh.starts_with('元')
}

/// What a planner may write after a number for `unit`.
fn unit_suffixes(unit: Unit) -> Vec<&'static str> {
    let label = unit.label();
    let mut suffixes = vec![label.zh, label.en];
    suffixes.extend_from_slice(match unit {
        Unit::Persons => &["口人", "口", "名", "人", "person", "people"],
        Unit::Head => &["头", "只", "head"],
        Unit::YuanPerHead => &["元/头", "元/只"],
        Unit::Years => &["年", "year", "yrs", "yr"],
        Unit::Months => &["个月", "month"],
        Unit::Year => &["年"],
        Unit::Nights => &["night"],
        Unit::SquareMetre => &["㎡", "m2", "平米"],
        Unit::Count => &["个"],
        _ => &[],
    });
    suffixes
}

/// A letter or any non-ASCII character (Chinese words, units, ²). Cheaper than
/// `char::is_alphabetic`, whose Unicode table the wasm would otherwise carry.
fn wordish(c: char) -> bool {
    c.is_ascii_alphabetic() || !c.is_ascii()
}

fn numeric(c: char) -> bool {
    c.is_ascii_digit() || c == '.' || c == ','
}

/// Words around a number, or more than one number: a pasted phrase such as "每亩700元，三年不变".
/// ASCII letters between digits ("1e400") are left to the plain "not a number" message.
fn is_sentence(original: &str, s: &str) -> bool {
    let chars: Vec<char> = original.chars().collect();
    let punctuation = chars.iter().enumerate().any(|(i, &c)| match c {
        '。' | '；' | '：' | '！' | '？' => true,
        // "１，２００" is grouping; a comma with a word beside it ends a clause.
        '，' => {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            !(before.is_some_and(|c| normalise(c).is_ascii_digit())
                && after.is_some_and(|c| normalise(c).is_ascii_digit()))
        }
        _ => false,
    });
    // Clause punctuation with words: a sentence, even with the numbers written in words.
    if punctuation && s.chars().any(wordish) {
        return true;
    }
    let Some(first_digit) = s.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let words_before = s[..first_digit].chars().any(wordish);
    let mut runs = 0;
    let mut gap_has_word = false;
    let mut words_between = false;
    let mut in_run = false;
    for c in s.chars() {
        if numeric(c) {
            if !in_run {
                runs += 1;
                words_between |= runs > 1 && gap_has_word;
                gap_has_word = false;
            }
            in_run = true;
        } else {
            in_run = false;
            gap_has_word |= !c.is_ascii();
        }
    }
    words_before || words_between
}

fn parse_core(text: &str, percent_field: bool, money: bool) -> Result<f64, ParseError> {
    let spaced: Vec<char> = text.chars().map(normalise).collect();
    // A space between two digits ("1 2", "1 200") could be one number or two: refuse.
    for (i, c) in spaced.iter().enumerate() {
        if c.is_whitespace() {
            let before = spaced[..i].iter().rev().find(|c| !c.is_whitespace());
            let after = spaced[i..].iter().find(|c| !c.is_whitespace());
            if before.is_some_and(|&c| numeric(c)) && after.is_some_and(|&c| numeric(c)) {
                return Err(ParseError::SpaceInside);
            }
        }
    }
    let mut s: String = spaced.into_iter().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    if is_sentence(text, &s) {
        return Err(ParseError::Sentence);
    }
    if let Some(rest) = s.strip_suffix('%') {
        if !percent_field {
            return Err(ParseError::PercentNotAllowed);
        }
        s = rest.to_string();
    }
    if money {
        if let Some(rest) = s.strip_suffix('元') {
            s = rest.to_string();
        }
    }
    let mut multiplier = 1.0;
    for (suffix, m) in [('万', 1e4), ('亿', 1e8), ('千', 1e3)] {
        if let Some(rest) = s.strip_suffix(suffix) {
            multiplier = m;
            s = rest.to_string();
            break;
        }
    }
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s.as_str()),
    };
    // A number followed by letters: a shorthand ("15k") or a unit ("4人").
    if let Some(at) = body.find(|c: char| !numeric(c)) {
        let (number, rest) = body.split_at(at);
        if number.bytes().any(|b| b.is_ascii_digit())
            && rest.chars().all(|c| wordish(c) || "/()".contains(c))
        {
            let shorthand = match rest {
                "k" | "K" => Some(1e3),
                "w" | "W" => Some(1e4),
                _ => None,
            };
            let value = parse_plain(number, 1.0, negative);
            return Err(match (shorthand, value) {
                (Some(m), Ok(v)) => ParseError::Abbreviation {
                    meant: v * m * multiplier,
                },
                _ => ParseError::UnitGiven { expected: None },
            });
        }
    }
    parse_plain(body, multiplier, negative)
}

/// Digits with at most one point and well-placed thousands separators, times `multiplier`.
fn parse_plain(body: &str, multiplier: f64, negative: bool) -> Result<f64, ParseError> {
    let digits = strip_grouping(body)?;
    if digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        || digits.bytes().filter(|&b| b == b'.').count() > 1
        || digits == "."
    {
        return Err(ParseError::Invalid);
    }
    let value: f64 = digits.parse().map_err(|_| ParseError::Invalid)?;
    let value = value * multiplier;
    if !value.is_finite() {
        return Err(ParseError::Invalid);
    }
    Ok(if negative { -value } else { value })
}

/// Removes thousands separators after checking they sit every three digits.
fn strip_grouping(body: &str) -> Result<String, ParseError> {
    if !body.contains(',') {
        return Ok(body.to_string());
    }
    let int_part = body.split('.').next().unwrap_or("");
    if body.split('.').skip(1).any(|frac| frac.contains(',')) {
        return Err(ParseError::BadGrouping);
    }
    let groups: Vec<&str> = int_part.split(',').collect();
    let first_ok = (1..=3).contains(&groups[0].len());
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    if !first_ok || !rest_ok {
        return Err(ParseError::BadGrouping);
    }
    Ok(body.replace(',', ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_what_is_unambiguous() {
        assert_eq!(parse_number("123", false), Ok(123.0));
        assert_eq!(parse_number("１２３", false), Ok(123.0));
        assert_eq!(parse_number("1,200", false), Ok(1200.0));
        assert_eq!(parse_number("１，２００", false), Ok(1200.0));
        assert_eq!(parse_number("12,345,678.5", false), Ok(12_345_678.5));
        assert_eq!(parse_number("1.5万", false), Ok(15_000.0));
        assert_eq!(parse_number("1.5 万元", false), Ok(15_000.0));
        assert_eq!(parse_number("２万", false), Ok(20_000.0));
        assert_eq!(parse_number("700元", false), Ok(700.0));
        assert_eq!(parse_number(" 80 ", true), Ok(80.0));
        assert_eq!(parse_number("80%", true), Ok(80.0));
        assert_eq!(parse_number("８０％", true), Ok(80.0));
        assert_eq!(parse_number("-3.5", false), Ok(-3.5));
        assert_eq!(parse_number("－3", false), Ok(-3.0));
        assert_eq!(parse_number(".5", false), Ok(0.5));
    }

    #[test]
    fn rejects_the_rest_with_a_reason() {
        assert_eq!(parse_number("", false), Err(ParseError::Empty));
        assert_eq!(parse_number("   ", false), Err(ParseError::Empty));
        assert_eq!(parse_number("abc", false), Err(ParseError::Invalid));
        assert_eq!(parse_number("一万", false), Err(ParseError::Invalid));
        assert_eq!(parse_number("1.2.3", false), Err(ParseError::Invalid));
        assert_eq!(parse_number("万", false), Err(ParseError::Invalid));
        assert_eq!(parse_number(".", false), Err(ParseError::Invalid));
        assert_eq!(parse_number("1e400", false), Err(ParseError::Invalid));
        assert_eq!(parse_number("1,20", false), Err(ParseError::BadGrouping));
        assert_eq!(
            parse_number("1234,567", false),
            Err(ParseError::BadGrouping)
        );
        assert_eq!(parse_number("1.234,5", false), Err(ParseError::BadGrouping));
        assert_eq!(
            parse_number("80%", false),
            Err(ParseError::PercentNotAllowed)
        );
        assert_eq!(parse_number("--1", false), Err(ParseError::Invalid));
    }

    #[test]
    fn a_space_between_digits_is_ambiguous() {
        assert_eq!(parse_number("1 2", false), Err(ParseError::SpaceInside));
        assert_eq!(parse_number("1　200", false), Err(ParseError::SpaceInside));
        assert_eq!(parse_number("1, 200", false), Err(ParseError::SpaceInside));
        assert_eq!(
            parse_field("1 2", Unit::Persons),
            Err(ParseError::SpaceInside)
        );
        // Spaces around the number or before its unit are not ambiguous.
        assert_eq!(parse_number(" 12 ", false), Ok(12.0));
        assert_eq!(parse_number("1.5 万元", false), Ok(15_000.0));
        assert_eq!(parse_field("4 人", Unit::Persons), Ok(4.0));
    }

    #[test]
    fn the_fields_own_unit_may_follow_the_number() {
        assert_eq!(parse_field("4人", Unit::Persons), Ok(4.0));
        assert_eq!(parse_field("4口", Unit::Persons), Ok(4.0));
        assert_eq!(parse_field("21.5亩", Unit::Mu), Ok(21.5));
        assert_eq!(parse_field("21.5 mu", Unit::Mu), Ok(21.5));
        assert_eq!(parse_field("700元/亩", Unit::YuanPerMu), Ok(700.0));
        assert_eq!(parse_field("700元", Unit::YuanPerMu), Ok(700.0));
        assert_eq!(parse_field("1.5万元", Unit::Yuan), Ok(15_000.0));
        assert_eq!(parse_field("12只", Unit::Head), Ok(12.0));
        assert_eq!(parse_field("2028年", Unit::Year), Ok(2028.0));
        assert_eq!(parse_field("80%", Unit::Percent), Ok(80.0));
        // Another unit is refused, naming the field's.
        let persons = ParseError::UnitGiven {
            expected: Some(Unit::Persons),
        };
        assert_eq!(parse_field("4亩", Unit::Persons), Err(persons));
        assert_eq!(parse_field("700元", Unit::Persons), Err(persons));
        assert_eq!(
            parse_field("4人", Unit::Mu),
            Err(ParseError::UnitGiven {
                expected: Some(Unit::Mu)
            })
        );
        assert_eq!(persons.message(Lang::Zh), "请只输入数字，单位（人）已给出");
        assert_eq!(
            persons.message(Lang::En),
            "Type only the number; the unit (persons) is already given"
        );
        // With no field in view (a table cell), any unit gets the plain advice.
        assert_eq!(
            parse_number("4人", false),
            Err(ParseError::UnitGiven { expected: None })
        );
        assert_eq!(
            ParseError::UnitGiven { expected: None }.message(Lang::Zh),
            "请只输入数字，单位已给出"
        );
    }

    #[test]
    fn shorthands_are_spelled_out_not_guessed() {
        assert_eq!(
            parse_number("15k", false),
            Err(ParseError::Abbreviation { meant: 15_000.0 })
        );
        assert_eq!(
            parse_field("1.5w", Unit::Yuan),
            Err(ParseError::Abbreviation { meant: 15_000.0 })
        );
        let e = parse_number("15k", false).unwrap_err();
        assert_eq!(
            e.message(Lang::Zh),
            "不识别 k、w 等缩写；如指 15000，请写 15000 或 1.5万"
        );
        assert_eq!(
            e.message(Lang::En),
            "Shorthands like k are not read; for 15,000 type 15000 or 15,000"
        );
        assert_eq!(
            parse_number("2k", false).unwrap_err().message(Lang::Zh),
            "不识别 k、w 等缩写；如指 2000，请直接写 2000"
        );
        // 千 is a Chinese numeral like 万, so it is read.
        assert_eq!(parse_number("3千", false), Ok(3_000.0));
        // "kg" is a unit, not a shorthand.
        assert_eq!(
            parse_number("15kg", false),
            Err(ParseError::UnitGiven { expected: None })
        );
    }

    #[test]
    fn a_pasted_sentence_asks_for_one_number() {
        for text in [
            "每亩700元，三年不变",
            "700元，三年不变",
            "约700",
            "租金700元；另补贴200元",
        ] {
            assert_eq!(
                parse_number(text, false),
                Err(ParseError::Sentence),
                "{text}"
            );
        }
        assert_eq!(
            parse_field("每亩700元，三年不变", Unit::YuanPerMu),
            Err(ParseError::Sentence)
        );
        // Full-width grouping is still a number.
        assert_eq!(parse_number("１，２００", false), Ok(1200.0));
        assert!(ParseError::Sentence
            .message(Lang::Zh)
            .contains("只填一个数字"));
        assert!(ParseError::Sentence
            .message(Lang::En)
            .contains("just one number"));
    }

    #[test]
    fn english_messages_give_english_examples() {
        for e in [
            ParseError::Empty,
            ParseError::Invalid,
            ParseError::BadGrouping,
            ParseError::PercentNotAllowed,
            ParseError::SpaceInside,
            ParseError::UnitGiven { expected: None },
            ParseError::Abbreviation { meant: 15_000.0 },
            ParseError::Sentence,
        ] {
            let en = e.message(Lang::En);
            assert!(
                !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{en}"
            );
            let zh = e.message(Lang::Zh);
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{zh}"
            );
        }
    }
}
