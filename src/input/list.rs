//! Lists of numbers such as adoption by year: "30、60、100", "30, 60, 100", "３０ ６０ １００".

use super::number::{parse_number, ParseError};

/// Splits on commas (ASCII or full-width), 、, semicolons or spaces and parses each number.
/// Thousands separators are not allowed inside list items, so "1,200" reads as two items.
pub fn parse_number_list(text: &str, percent: bool) -> Result<Vec<f64>, ParseError> {
    let items: Vec<&str> = text
        .split([',', '，', '、', ';', '；', ' ', '\u{3000}'])
        .filter(|s| !s.trim().is_empty())
        .collect();
    if items.is_empty() {
        return Err(ParseError::Empty);
    }
    items
        .into_iter()
        .map(|item| parse_number(item, percent))
        .collect()
}

/// Writes a list back the way Chinese users type it.
pub fn format_number_list(values: &[f64]) -> String {
    values
        .iter()
        .map(|v| crate::i18n::format::format_compact(*v))
        .collect::<Vec<_>>()
        .join("、")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lists_in_any_separator() {
        assert_eq!(
            parse_number_list("30、60、100", true),
            Ok(vec![30.0, 60.0, 100.0])
        );
        assert_eq!(
            parse_number_list("30, 60,100%", true),
            Ok(vec![30.0, 60.0, 100.0])
        );
        assert_eq!(
            parse_number_list("３０，６０　１００", true),
            Ok(vec![30.0, 60.0, 100.0])
        );
        assert_eq!(parse_number_list("100", true), Ok(vec![100.0]));
        assert_eq!(parse_number_list("  ", true), Err(ParseError::Empty));
        assert_eq!(parse_number_list("30、abc", true), Err(ParseError::Invalid));
        assert_eq!(format_number_list(&[30.0, 62.5, 100.0]), "30、62.5、100");
    }
}
