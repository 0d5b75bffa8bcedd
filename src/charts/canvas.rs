//! HiDPI canvases. plotters-canvas draws in backing-store pixels and knows nothing of
//! devicePixelRatio (plotters issue #164), so the backing store is sized to CSS size × ratio
//! and every font, stroke and margin is scaled by the same factor.
//!
//! On paper the same drawing is made for the printed box, sharper, and zoomed a little: fonts,
//! strokes and margins grow by [`PRINT_ZOOM`] so 12 px labels print at about 10 pt (8 pt is the
//! least a printed report should carry; 1 CSS px is 0.75 pt on paper).

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::DrawError;

/// A canvas prepared for one drawing: backing store sized, scale known.
pub struct HiDpiCanvas {
    pub canvas: HtmlCanvasElement,
    /// Backing-store pixels per drawing unit: the device pixel ratio, times [`PRINT_ZOOM`] on
    /// paper. Charts size everything in drawing units (CSS px on screen).
    pub scale: f64,
}

/// How much larger fonts, strokes and margins are on paper than on screen.
pub const PRINT_ZOOM: f64 = 1.1;
/// Backing-store pixels per CSS pixel on paper: about 290 dpi in an A4 column.
const PRINT_PIXEL_RATIO: f64 = 3.0;

impl HiDpiCanvas {
    /// Sizes `canvas` for a `css_width` × `css_height` box at the window's pixel ratio, or for
    /// paper when `print`. Resizing clears the canvas, so this is done before every draw.
    pub fn prepare(
        canvas: HtmlCanvasElement,
        css_width: u32,
        css_height: u32,
        print: bool,
    ) -> Result<Self, DrawError> {
        if css_width == 0 || css_height == 0 {
            return Err(DrawError("canvas has no size yet".into()));
        }
        let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
        let scale = if print {
            ratio.max(PRINT_PIXEL_RATIO)
        } else {
            ratio.max(1.0)
        };
        let (w, h) = (
            (css_width as f64 * scale).round() as u32,
            (css_height as f64 * scale).round() as u32,
        );
        if canvas.width() != w {
            canvas.set_width(w);
        }
        if canvas.height() != h {
            canvas.set_height(h);
        }
        let zoom = if print { PRINT_ZOOM } else { 1.0 };
        Ok(HiDpiCanvas {
            canvas,
            scale: scale * zoom,
        })
    }

    /// `css_px` in backing-store pixels.
    pub fn px(&self, css_px: f64) -> u32 {
        (css_px * self.scale).round() as u32
    }

    pub fn font(&self, css_px: f64) -> TextStyle<'static> {
        (super::FONT_FAMILY, css_px * self.scale)
            .into_font()
            .color(&super::palette::INK)
    }

    pub fn stroke(&self, color: RGBColor, css_px: f64) -> ShapeStyle {
        color.stroke_width(self.px(css_px).max(1))
    }

    /// The canvas's 2D context, for what is drawn straight on it (axes, bars) and what
    /// plotters-canvas does not set (a line's dash pattern).
    pub fn context(&self) -> Result<web_sys::CanvasRenderingContext2d, DrawError> {
        use wasm_bindgen::JsCast;
        let context = self.canvas.get_context("2d").ok().flatten();
        context
            .and_then(|c| c.dyn_into().ok())
            .ok_or_else(no_context)
    }

    pub fn area(&self) -> Result<DrawingArea<CanvasBackend, plotters::coord::Shift>, DrawError> {
        CanvasBackend::with_canvas_object(self.canvas.clone())
            .map(|b| b.into_drawing_area())
            .ok_or_else(no_context)
    }
}

fn no_context() -> DrawError {
    DrawError("no 2D context".into())
}
