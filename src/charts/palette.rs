//! Okabe–Ito colours: distinguishable with the common forms of colour blindness.
//! Series also differ by dash and marker, never by colour alone.

use plotters::style::RGBColor;

pub const BLUE: RGBColor = RGBColor(0, 114, 178);
pub const ORANGE: RGBColor = RGBColor(230, 159, 0);
pub const VERMILLION: RGBColor = RGBColor(213, 94, 0);
pub const GREEN: RGBColor = RGBColor(0, 158, 115);
pub const SKY: RGBColor = RGBColor(86, 180, 233);
pub const PURPLE: RGBColor = RGBColor(204, 121, 167);
pub const YELLOW: RGBColor = RGBColor(240, 228, 66);
pub const GREY: RGBColor = RGBColor(110, 110, 110);
pub const INK: RGBColor = RGBColor(34, 34, 34);

/// Colours for categories (income sources, interventions), in order; repeats past the end.
/// The Okabe–Ito set first, then darker companions that stay apart from it (each darker than
/// its partner, so the pair still differs in lightness for readers who cannot tell the hues).
/// There is one colour for every income source, so no two sources in a chart share a colour.
pub const CATEGORIES: [RGBColor; 13] = [
    BLUE,
    ORANGE,
    GREEN,
    VERMILLION,
    SKY,
    PURPLE,
    YELLOW,
    GREY,
    RGBColor(0, 70, 110),
    RGBColor(140, 90, 0),
    RGBColor(0, 100, 75),
    RGBColor(140, 55, 0),
    RGBColor(120, 60, 100),
];

// Every income source and every intervention gets a colour of its own in the stacked charts.
const _: () = assert!(CATEGORIES.len() >= crate::model::projection::Source::COUNT);
const _: () = assert!(CATEGORIES.len() >= crate::model::InterventionKind::COUNT);

pub fn category(i: usize) -> RGBColor {
    CATEGORIES[i % CATEGORIES.len()]
}

/// A colour as the canvas takes it.
pub fn css(RGBColor(r, g, b): RGBColor) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}
