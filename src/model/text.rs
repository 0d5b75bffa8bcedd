//! Bilingual static text. The model names its figures and formulas in both languages so the
//! UI can explain any number without a second lookup table drifting out of step.

/// A string in Chinese (zh-CN) and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(zh: &'static str, en: &'static str) -> Self {
        Text { zh, en }
    }

    pub fn get(self, english: bool) -> &'static str {
        if english {
            self.en
        } else {
            self.zh
        }
    }
}

/// Bilingual text built at run time (with the household's own figures in it).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OwnedText {
    pub zh: String,
    pub en: String,
}

impl OwnedText {
    pub fn get(&self, english: bool) -> &str {
        if english {
            &self.en
        } else {
            &self.zh
        }
    }
}

impl From<Text> for OwnedText {
    fn from(t: Text) -> Self {
        OwnedText {
            zh: t.zh.to_string(),
            en: t.en.to_string(),
        }
    }
}

/// A whole number of yuan with thousands separators (20,000).
pub fn group_thousands(v: f64) -> String {
    let n = v.round() as i64;
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}
