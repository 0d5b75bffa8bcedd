//! `field!` and `toggle!`: a registry entry whose getter and setter reach `scenario.<path>`,
//! used by each part of the model to declare its parameters beside the code that reads them.

/// Builds a [`FieldSpec`] whose getter and setter reach `scenario.<path>`. A field typed
/// `Option<f64>` may be left empty ("not entered"): it reads as NaN and NaN writes `None`.
macro_rules! field {
    ($section:expr, $($path:ident).+ : Option<f64>, $zh:literal, $en:literal, $unit:expr, $min:expr, $max:expr, $src_zh:literal, $src_en:literal) => {
        $crate::model::fields::FieldSpec {
            id: stringify!($($path).+),
            section: $section,
            label: $crate::model::text::Text::new($zh, $en),
            unit: $unit,
            min: $min,
            max: $max,
            integer: false,
            optional: true,
            applies: |_| true,
            range: None,
            source: $crate::model::text::Text::new($src_zh, $src_en),
            get: |s: &$crate::model::scenario::Scenario| s.$($path).+.unwrap_or(f64::NAN),
            set: |s: &mut $crate::model::scenario::Scenario, v: f64| {
                s.$($path).+ = (!v.is_nan()).then_some(v)
            },
        }
    };
    ($section:expr, $($path:ident).+ : f64, $zh:literal, $en:literal, $unit:expr, $min:expr, $max:expr, $src_zh:literal, $src_en:literal) => {
        $crate::model::fields::FieldSpec {
            id: stringify!($($path).+),
            section: $section,
            label: $crate::model::text::Text::new($zh, $en),
            unit: $unit,
            min: $min,
            max: $max,
            integer: false,
            optional: false,
            applies: |_| true,
            range: None,
            source: $crate::model::text::Text::new($src_zh, $src_en),
            get: |s: &$crate::model::scenario::Scenario| s.$($path).+,
            set: |s: &mut $crate::model::scenario::Scenario, v: f64| s.$($path).+ = v,
        }
    };
    ($section:expr, $($path:ident).+ : $int:ty, $zh:literal, $en:literal, $unit:expr, $min:expr, $max:expr, $src_zh:literal, $src_en:literal) => {
        $crate::model::fields::FieldSpec {
            id: stringify!($($path).+),
            section: $section,
            label: $crate::model::text::Text::new($zh, $en),
            unit: $unit,
            min: $min,
            max: $max,
            integer: true,
            optional: false,
            applies: |_| true,
            range: None,
            source: $crate::model::text::Text::new($src_zh, $src_en),
            get: |s: &$crate::model::scenario::Scenario| s.$($path).+ as f64,
            set: |s: &mut $crate::model::scenario::Scenario, v: f64| s.$($path).+ = v as $int,
        }
    };
}

/// Builds a [`ToggleSpec`] whose getter and setter reach `scenario.<path>`.
macro_rules! toggle {
    ($section:expr, $($path:ident).+, $zh:literal, $en:literal, $src_zh:literal, $src_en:literal) => {
        $crate::model::fields::ToggleSpec {
            id: stringify!($($path).+),
            section: $section,
            label: $crate::model::text::Text::new($zh, $en),
            source: $crate::model::text::Text::new($src_zh, $src_en),
            get: |s: &$crate::model::scenario::Scenario| s.$($path).+,
            set: |s: &mut $crate::model::scenario::Scenario, v: bool| s.$($path).+ = v,
        }
    };
}
