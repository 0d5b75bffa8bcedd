//! Drawing only: each chart takes a projection, its labels and a canvas, and draws with
//! plotters-canvas. No state, no DOM beyond the canvas.

pub mod canvas;
pub mod palette;
pub mod per_capita;

pub use canvas::HiDpiCanvas;

/// A chart that could not be drawn (no 2D context, zero size, a plotters error).
#[derive(Debug)]
pub struct DrawError(pub String);

impl<E: std::error::Error + Send + Sync> From<plotters::drawing::DrawingAreaErrorKind<E>>
    for DrawError
{
    fn from(e: plotters::drawing::DrawingAreaErrorKind<E>) -> Self {
        DrawError(e.to_string())
    }
}

/// Font stack that covers zh-CN on Windows, macOS, Linux and Android without web fonts.
pub const FONT_FAMILY: &str =
    "\"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", sans-serif";
