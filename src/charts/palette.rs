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
/// The Okabe–Ito set first, then darker companions that stay apart from it.
pub const CATEGORIES: [RGBColor; 11] = [
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
];

pub fn category(i: usize) -> RGBColor {
    CATEGORIES[i % CATEGORIES.len()]
}
