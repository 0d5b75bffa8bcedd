//! Drawing only: each chart takes a projection, its labels and a canvas, and draws its data with
//! plotters-canvas and its axes straight on the 2D context (`axes`). No state, no DOM beyond the
//! canvas.

pub mod axes;
pub mod by_source;
pub mod canvas;
pub mod compare;
pub mod contributions;
pub mod cost_vs_gain;
pub mod distribution;
pub mod fan;
pub mod frame;
pub mod herd;
pub mod palette;
pub mod per_capita;
pub mod tornado;

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

/// Every chart the planner shows; the UI picks one by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    PerCapita,
    BySource,
    Contributions,
    CostVsGain,
    Herd,
}

impl ChartKind {
    pub fn draw(
        self,
        target: &HiDpiCanvas,
        projection: &crate::model::Projection,
        lang: crate::i18n::Lang,
    ) -> Result<(), DrawError> {
        match self {
            ChartKind::PerCapita => per_capita::draw(target, projection, lang),
            ChartKind::BySource => by_source::draw(target, projection, lang),
            ChartKind::Contributions => contributions::draw(target, projection, lang),
            ChartKind::CostVsGain => cost_vs_gain::draw(target, projection, lang),
            ChartKind::Herd => herd::draw(target, projection, lang),
        }
    }

    /// The series shown, for the HTML legend beside the canvas.
    pub fn legend(
        self,
        projection: &crate::model::Projection,
        lang: crate::i18n::Lang,
    ) -> Vec<frame::LegendEntry> {
        match self {
            ChartKind::PerCapita => per_capita::legend(lang),
            ChartKind::BySource => by_source::legend(projection, lang),
            ChartKind::Contributions => contributions::legend(projection, lang),
            ChartKind::CostVsGain => cost_vs_gain::legend(lang),
            ChartKind::Herd => herd::legend(projection, lang),
        }
    }

    /// `data-chart` attribute value, for tests and styling.
    pub fn id(self) -> &'static str {
        match self {
            ChartKind::PerCapita => "per-capita",
            ChartKind::BySource => "by-source",
            ChartKind::Contributions => "contributions",
            ChartKind::CostVsGain => "cost-vs-gain",
            ChartKind::Herd => "herd",
        }
    }
}
