//! Languages, interface strings and number formats. Pure Rust, so formats are tested natively.

pub mod format;
pub mod report;
pub mod strings;

pub use format::{
    format_amount, format_field_value, format_number, format_range, format_year, format_yuan,
    validation_message,
};

use serde::{Deserialize, Serialize};

use crate::model::Text;

/// The interface language. Chinese first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn is_en(self) -> bool {
        self == Lang::En
    }

    pub fn tr(self, text: Text) -> &'static str {
        text.get(self.is_en())
    }

    /// BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// A browser language tag ("zh-TW", "en-GB", "EN"): any Chinese or English variant.
    pub fn from_browser_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "zh-CN" | "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_pick_a_language() {
        assert_eq!(Lang::from_browser_tag("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_browser_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::from_browser_tag("zh-TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_browser_tag("zh_CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_browser_tag("ug-CN"), None);
        assert_eq!(Lang::from_browser_tag(""), None);
    }
}
