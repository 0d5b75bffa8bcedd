//! Numbers as Chinese users type them: full-width digits (１２３), thousands separators
//! (1,200), 万 and 亿 multipliers (1.5万 = 15,000), a trailing 元, and percent with or without
//! `%`. Anything ambiguous ("1,20", "1.2.3", "一万") is rejected rather than guessed.

use crate::model::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    /// Not a number at all.
    Invalid,
    /// Thousands separators not in groups of three ("1,20").
    BadGrouping,
    /// `%` typed into a field that is not a percentage.
    PercentNotAllowed,
}

impl ParseError {
    pub fn message(self) -> Text {
        match self {
            ParseError::Empty => Text::new("请输入数值", "Enter a value"),
            ParseError::Invalid => Text::new(
                "无法识别的数字，可写 1200、1,200 或 1.5万",
                "Not a number; write e.g. 1200, 1,200 or 1.5万",
            ),
            ParseError::BadGrouping => Text::new(
                "千位分隔符位置不对，例如应写 1,200",
                "Thousands separators are misplaced; write e.g. 1,200",
            ),
            ParseError::PercentNotAllowed => Text::new(
                "此项不是百分比，请去掉 %",
                "This is not a percentage; remove the %",
            ),
        }
    }
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

/// Parses `text`; `percent_field` allows a trailing `%` (the value is in percent either way).
pub fn parse_number(text: &str, percent_field: bool) -> Result<f64, ParseError> {
    let mut s: String = text
        .chars()
        .map(normalise)
        .filter(|c| !c.is_whitespace())
        .collect();
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    if let Some(rest) = s.strip_suffix('%') {
        if !percent_field {
            return Err(ParseError::PercentNotAllowed);
        }
        s = rest.to_string();
    }
    if let Some(rest) = s.strip_suffix('元') {
        s = rest.to_string();
    }
    let mut multiplier = 1.0;
    if let Some(rest) = s.strip_suffix('万') {
        multiplier = 1e4;
        s = rest.to_string();
    } else if let Some(rest) = s.strip_suffix('亿') {
        multiplier = 1e8;
        s = rest.to_string();
    }
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s.as_str()),
    };
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
}
