//! Interface strings, Chinese then English. Model figures name themselves (see `model::Text`);
//! these are the words around them.

use crate::model::Text;

pub const APP_TITLE: Text = Text::new("乡村增收测算", "Village Income Planner");
pub const APP_SUBTITLE: Text = Text::new(
    "按户测算帮扶措施逐年增收效果，对照防止返贫监测线",
    "Project a household's income year by year under interventions, against the anti-relapse monitoring line",
);
pub const OPEN_COUNTY: Text = Text::new("村县规划", "Villages & county");
pub const OPEN_TRAINING: Text = Text::new("培训", "Training");
pub const SWITCH_LANGUAGE: Text = Text::new("English", "中文");
/// Read before [`SWITCH_LANGUAGE`], so the button's name contains its visible text.
pub const SWITCH_LANGUAGE_LABEL: Text = Text::new("切换到", "Switch to");

pub const INPUTS: Text = Text::new("输入", "Inputs");
pub const RESULTS: Text = Text::new("结果", "Results");
pub const SECTION_HOUSEHOLD: Text = Text::new("家庭情况", "Household");
pub const SECTION_INCOME: Text = Text::new("基线收入", "Baseline income");
pub const SECTION_PROJECTION: Text = Text::new("测算设置", "Projection settings");
pub const ENABLED: Text = Text::new("启用", "On");
pub const PRESETS: Text = Text::new("从预设新建", "New from preset");
pub const ADD_PRESET: Text = Text::new("添加", "Add");
pub const SKIP_TO_MAIN: Text = Text::new("跳到主要内容", "Skip to main content");
pub const CHOOSE_PRESET: Text = Text::new("选择预设方案…", "Choose a preset…");
/// The fold of the preset's note on narrow screens.
pub const PRESET_NOTE: Text = Text::new("预设说明", "About this preset");
pub const RESET_TO_PRESET: Text = Text::new("恢复预设", "Reset to preset");
pub const RANGE: Text = Text::new("范围", "Range");
pub const DEFAULT_SOURCE: Text = Text::new("默认值来源", "Source of default");

pub const CHART_PER_CAPITA: Text = Text::new("人均纯收入", "Per-capita net income");
pub const LEGEND_SCENARIO: Text = Text::new("方案", "Scenario");
pub const LEGEND_BASELINE: Text = Text::new("无干预基线", "No-intervention baseline");
pub const LEGEND_LINE: Text = Text::new("防止返贫监测线", "Anti-relapse monitoring line");
pub const AXIS_YEAR: Text = Text::new("年份", "Year");
pub const AXIS_YUAN_PER_CAPITA: Text = Text::new("元/人", "yuan per person");
pub const CHART_ALT_PER_CAPITA: Text = Text::new(
    "折线图：各年人均纯收入（方案、基线）与监测线；数据见下表",
    "Line chart: per-capita net income by year (scenario, baseline) and the monitoring line; data in the table below",
);

pub const TABLE_CAPTION: Text = Text::new("逐年测算表", "Year-by-year projection");
pub const COL_YEAR: Text = Text::new("年份", "Year");
pub const COL_HOUSEHOLD: Text = Text::new("家庭纯收入", "Household net income");
pub const COL_BASELINE_HOUSEHOLD: Text = Text::new("基线家庭纯收入", "Baseline household income");
pub const COL_PER_CAPITA: Text = Text::new("人均纯收入", "Per-capita net income");
pub const COL_BASELINE_PER_CAPITA: Text = Text::new("基线人均", "Baseline per capita");
pub const COL_LINE: Text = Text::new("监测线", "Monitoring line");
pub const COL_GAP: Text = Text::new("高于监测线", "Above the line by");
pub const COL_INCREMENT: Text = Text::new("增收", "Income gained");
pub const COL_COST: Text = Text::new("项目投入", "Program cost");
pub const PLACEHOLDER_MARK: Text = Text::new("（待核实）", " (placeholder)");

pub const HEADLINE_THIS_YEAR: Text =
    Text::new("人均纯收入（首年）", "Per-capita income, first year");
pub const HEADLINE_HORIZON: Text = Text::new("人均纯收入（末年）", "Per-capita income, final year");
pub const HEADLINE_INCREMENT: Text = Text::new("末年家庭增收", "Household gain, final year");
pub const HEADLINE_FIRST_ABOVE: Text = Text::new("首次高于监测线", "First year above the line");
pub const HEADLINE_LINE: Text = Text::new("与监测线", "Against the monitoring line");
pub const HEADLINE_TOTAL_COST: Text = Text::new("公共投入合计", "Total public cost");
pub const HEADLINE_HOUSEHOLD_VIEW: Text = Text::new(
    "农户自身收益现值",
    "The household's own gain (present value)",
);
pub const NOT_ENTERED: Text = Text::new("未填写", "not entered");
pub const PART_NOT_ENTERED: Text = Text::new("（部分投入未填写）", " (some costs not entered)");
pub const NOTICES: Text = Text::new("请注意", "Please note");
pub const GO_TO_FIELD: Text = Text::new("去填写", "Go to the field");
pub const ASSUMPTION_BADGE: Text = Text::new("假设", "assumption");
pub const ASSUMPTION_TITLE: Text = Text::new(
    "此默认值无出处，是假设：请用本村实际数字替换",
    "This default has no source; it is an assumption: replace it with your village's figure",
);
pub const NEVER: Text = Text::new("测算期内未达到", "Not within the horizon");

pub const INVALID_SCENARIO: Text = Text::new(
    "当前输入有误，结果保持上一次有效值：",
    "An input is invalid; results keep the last valid values: ",
);
pub const RESULTS_UPDATED: Text = Text::new("结果已更新", "Results updated");

pub const AXIS_YUAN_PER_HOUSEHOLD: Text = Text::new("元/户", "yuan per household");
pub const AXIS_YUAN_CUMULATIVE: Text = Text::new("累计（元）", "cumulative (yuan)");
pub const LEGEND_CUMULATIVE_GAIN: Text = Text::new("累计增收", "Cumulative income gained");
pub const LEGEND_CUMULATIVE_COST: Text = Text::new("累计项目投入", "Cumulative program cost");
pub const CHART_BY_SOURCE: Text = Text::new("家庭收入构成", "Household income by source");
pub const CHART_ALT_BY_SOURCE: Text = Text::new(
    "堆叠柱状图：各年家庭收入按来源构成；数据见下表",
    "Stacked bar chart: household income by source and year; data in the table below",
);
pub const CHART_CONTRIBUTIONS: Text =
    Text::new("各项措施增收贡献", "Contribution of each intervention");
pub const CHART_ALT_CONTRIBUTIONS: Text = Text::new(
    "堆叠柱状图：各年各项措施带来的增收；数据见下表",
    "Stacked bar chart: income gained from each intervention by year; data in the table below",
);
pub const CHART_COST_VS_GAIN: Text =
    Text::new("项目投入与增收对比", "Program cost against income gained");
pub const CHART_ALT_COST_VS_GAIN: Text = Text::new(
    "折线图：累计增收与累计项目投入；数据见下表",
    "Line chart: cumulative income gained and program cost; data in the table below",
);

pub const TABLE_UNIT_YUAN: Text = Text::new("（元）", " (yuan)");
pub const TABLE_SOURCES: Text = Text::new("逐年收入来源", "Income by source, by year");
pub const TABLE_INTERVENTIONS: Text = Text::new(
    "逐年各项措施增收与投入",
    "Gain and cost of each intervention, by year",
);
pub const COL_IN_KIND: Text = Text::new("其中实物收入", "Of which in kind");
pub const COL_SUFFIX_BASELINE: Text = Text::new("·基线", " · baseline");
pub const COL_SUFFIX_SCENARIO: Text = Text::new("·方案", " · scenario");
pub const COL_SUFFIX_GAIN: Text = Text::new("·增收", " · gain");
pub const COL_SUFFIX_COST: Text = Text::new("·投入", " · cost");

pub const HEADLINE_NPV: Text = Text::new("净现值（增收−投入）", "NPV (gain − cost)");
pub const HEADLINE_COST_PER_YUAN: Text =
    Text::new("每增收 1 元的公共投入", "Public cost per yuan gained");
pub const HEADLINE_PAYBACK: Text = Text::new("投入回收年份", "Payback year");
pub const NO_COST: Text = Text::new("无项目投入", "No program cost");
pub const NO_GAIN: Text = Text::new("无增收", "No gain");

pub const ADOPTION_LABEL: Text = Text::new("逐年采纳比例", "Adoption by year");
pub const ADOPTION_HINT: Text = Text::new(
    "自开始年起每年的效果比例，如 30、60、100；最后一项沿用到以后各年",
    "Share of the full effect in each year from the start, e.g. 30, 60, 100; the last holds afterwards",
);
pub const ADOPTION_SOURCE: Text = Text::new(
    "假设：首年即全部见效（100）",
    "Assumption: full effect from the first year (100)",
);
pub const ADOPTION_RANGE: Text = Text::new(
    "每项须在 0–100 % 之间，最多 40 项",
    "Each share must be 0–100 %, at most 40 of them",
);

pub const WHOLE_NUMBER: Text = Text::new("请输入整数", "Enter a whole number");
pub const LINE_TABLE: Text = Text::new(
    "防止返贫监测线（元/人·年）",
    "Monitoring line (yuan per person a year)",
);
pub const LINE_VALUE: Text = Text::new("监测线", "Line");
pub const LINE_STATUS: Text = Text::new("状态", "Status");
pub const LINE_NOTE: Text = Text::new("说明", "Note");
pub const STATUS_VERIFIED: Text = Text::new("已核实", "Verified");
pub const STATUS_PLACEHOLDER: Text = Text::new("待核实", "Placeholder");
pub const REMOVE_ROW: Text = Text::new("删除此行", "Remove row");
pub const ADD_ROW: Text = Text::new("添加年份", "Add a year");
pub const LINE_GROWTH: Text = Text::new("末行之后每年上调", "Yearly rise after the last row");
pub const LINE_REJECTED: Text = Text::new(
    "监测线表有误：年份不能重复，数值须在 0–1,000,000 元之间；保留上一次有效的表",
    "The table is not valid: years must not repeat and values must be 0–1,000,000 yuan; the last valid table is kept",
);

pub const AXIS_HEAD: Text = Text::new("头(只)", "head");
pub const HERD_SHEEP: Text = Text::new("羊", "Sheep");
pub const HERD_CATTLE: Text = Text::new("牛", "Cattle");
pub const HERD_POULTRY: Text = Text::new("鸡", "Poultry");
pub const CHART_HERD: Text = Text::new("存栏数量", "Herd size");
pub const CHART_ALT_HERD: Text = Text::new(
    "折线图：各年羊、牛、鸡存栏数；数据见下表",
    "Line chart: sheep, cattle and poultry on hand by year; data in the table below",
);

pub const HOW_COMPUTED: Text = Text::new("计算过程", "How was this computed");
pub const FORMULA: Text = Text::new("公式：", "Formula: ");
pub const INPUTS_USED: Text = Text::new("所用数值", "Values used");
pub const CLOSE: Text = Text::new("关闭", "Close");
pub const EXPLAIN_HINT: Text = Text::new(
    "点击表格中的数字或上方指标，可查看计算过程。用键盘时，移到表格后用方向键在数字间移动，按回车查看",
    "Click a number in the tables or a headline figure to see how it was computed. Keyboard: Tab to a table, arrow keys move between numbers, Enter explains",
);
pub const TABLE_CATEGORIES: Text = Text::new(
    "逐年收入构成（统计口径：工资性、经营、财产、转移）",
    "Income by official category, by year",
);
pub const TABLE_LABOR: Text = Text::new("逐年劳动力（劳动月）", "Labor, by year (labor-months)");
pub const COL_LABOR_AVAILABLE: Text = Text::new("可用", "Available");
pub const COL_LABOR_USED: Text = Text::new("使用", "Used");
pub const COL_LABOR_SHORT: Text = Text::new("余缺（负为不足）", "Spare (negative: short)");
pub const TABLE_HERD: Text = Text::new("逐年存栏", "Livestock on hand, by year");
pub const UNIT_HEAD_SUFFIX: Text = Text::new("（头/只）", " (head)");
pub const OUT_OF_RANGE: Text = Text::new("超出范围", "Out of range");

/// English readers meet 亩 as "mu": explained where it first appears (the preset note in the
/// header, and the first field measured in mu). Chinese readers need no note. Rendered as
/// `MU_EXPLAINED.0`, 亩 (marked as Chinese), `MU_EXPLAINED.1`.
pub const MU_EXPLAINED: (&str, &str) = ("1 mu (", ") ≈ 667 m², 1/15 ha");

// Risk (issue 10): the Monte Carlo panel, its charts and the tornado.
pub const RISK_TITLE: Text =
    Text::new("风险：会不会返贫？", "Risk: will this household fall back?");
pub const RISK_INTRO: Text = Text::new(
    "按左侧“风险冲击”和“防返贫救助”中的设定，反复抽取大病、灾害、意外、价格、租金、旅游和失业冲击，看收入可能落在哪里、低于监测线的概率以及救助金的支出。上方的逐年测算仍是不发生冲击时的结果。",
    "Draws illness, disaster, accident, price, rent, tourism and job shocks again and again, as set under “Shocks” and “Relief fund”, to show where income may land, how likely it is to fall below the line and what the relief fund pays. The yearly projection above stays the result with no shocks.",
);
pub const RISK_LOADING: Text = Text::new("正在加载风险计算…", "Loading the risk calculation…");
pub const RISK_RUNNING: Text = Text::new("正在模拟：", "Simulating:");
pub const RISK_FAILED: Text =
    Text::new("风险计算未能完成：", "The risk calculation did not finish:");
pub const RISK_NOT_LOADED: Text = Text::new(
    "计算组件未能加载，请联网后再改一个数值重试。",
    "its component did not load; go online and change a figure to try again.",
);
pub const RISK_WITHOUT: Text = Text::new("无措施", "without");
pub const RISK_EVER_BELOW: Text = Text::new(
    "测算期内至少一年低于监测线的概率（有措施 · 无措施）",
    "Chance of at least one year below the line (with · without interventions)",
);
pub const RISK_BACK_BELOW: Text = Text::new(
    "返贫概率：高于监测线后又跌回线下（有措施 · 无措施）",
    "Chance of falling back: below the line after a year above it (with · without)",
);
pub const RISK_RELIEF_TOTAL: Text = Text::new(
    "测算期内防返贫救助金（预期 · 95% 分位）",
    "Relief fund paid over the period (expected · 95th percentile)",
);
pub const RISK_TABLE_CAPTION: Text = Text::new(
    "逐年风险：人均纯收入分位数（元/人）、低于监测线的概率（± 标准误）、预期缺口和救助金（元/户）",
    "Risk by year: per-capita income percentiles (yuan/person), chance below the line (± standard error), expected shortfall and relief (yuan/household)",
);
pub const RISK_COL_P10: Text = Text::new("人均 10% 分位", "Per capita P10");
pub const RISK_COL_P50: Text = Text::new("中位数", "Median");
pub const RISK_COL_P90: Text = Text::new("90% 分位", "P90");
pub const RISK_COL_P_BELOW: Text = Text::new("低于监测线概率", "Chance below line");
pub const RISK_COL_P_BELOW_BASELINE: Text = Text::new("无措施时", "Without interventions");
pub const RISK_COL_P_BELOW_RELIEF: Text = Text::new("救助后", "After relief");
pub const RISK_COL_SHORTFALL: Text =
    Text::new("预期缺口（元/人）", "Expected shortfall (yuan/person)");
pub const RISK_COL_RELIEF_MEAN: Text =
    Text::new("救助金均值（元/户）", "Relief, mean (yuan/household)");
pub const RISK_COL_RELIEF_P95: Text = Text::new("救助金 95% 分位", "Relief, 95th percentile");
pub const CHART_FAN: Text = Text::new(
    "冲击下的人均纯收入（扇形图）",
    "Per-capita income under shocks (fan chart)",
);
pub const CHART_ALT_FAN: Text = Text::new(
    "扇形图：各年人均纯收入在模拟中的分布（10%–90% 与 25%–75% 区间、中位数），对照无措施时的区间和监测线；数据见下表",
    "Fan chart: the spread of per-capita income across the draws each year (10–90 % and 25–75 % bands, median) against the no-intervention band and the line; figures in the table below",
);
pub const RISK_LEGEND_MEDIAN: Text = Text::new("有措施：中位数", "With interventions: median");
pub const RISK_LEGEND_MIDDLE_HALF: Text =
    Text::new("有措施：一半的模拟落在此区间", "With: middle half of draws");
pub const RISK_LEGEND_EIGHT_IN_TEN: Text =
    Text::new("有措施：八成的模拟落在此区间", "With: eight in ten draws");
pub const RISK_LEGEND_BASELINE_BAND: Text =
    Text::new("无措施：八成的模拟", "Without: eight in ten draws");
pub const RISK_LEGEND_BASELINE_MEDIAN: Text = Text::new("无措施：中位数", "Without: median");
pub const CHART_TORNADO: Text = Text::new(
    "哪些输入最影响结果（龙卷风图）",
    "Which inputs move the result most (tornado)",
);
pub const CHART_ALT_TORNADO: Text = Text::new(
    "龙卷风图：每个输入在其范围两端时所选结果的值，影响最大的在上；数据见下表",
    "Tornado chart: the chosen result with each input at either end of its range, largest effect on top; figures in the table below",
);
pub const TORNADO_METRIC: Text = Text::new("看哪个结果", "Result");
pub const TORNADO_METRIC_PER_CAPITA: Text =
    Text::new("某年人均纯收入", "Per-capita income in a year");
pub const TORNADO_METRIC_NPV: Text = Text::new("净现值（全部措施）", "NPV (all interventions)");
pub const TORNADO_METRIC_P_BELOW: Text =
    Text::new("某年低于监测线的概率", "Chance below the line in a year");
pub const TORNADO_LOW_END: Text = Text::new("输入取低值时", "Input at its low end");
pub const TORNADO_HIGH_END: Text = Text::new("输入取高值时", "Input at its high end");
pub const TORNADO_AS_IT_STANDS: Text = Text::new("现值", "as it stands");
pub const TORNADO_CAPTION: Text = Text::new("敏感性：当前结果", "Sensitivity: result as it stands");
pub const TORNADO_COL_INPUT: Text = Text::new("输入", "Input");
pub const TORNADO_COL_RANGE: Text = Text::new("范围依据", "Range from");
pub const TORNADO_RANGE_DOCUMENTED: Text = Text::new("有出处的范围", "documented range");
pub const TORNADO_RANGE_25: Text = Text::new("无出处：±25%", "none documented: ±25 %");
pub const AXIS_YUAN: Text = Text::new("元", "yuan");
pub const AXIS_PERCENT: Text = Text::new("%", "%");
pub const SECTION_RISK: Text = Text::new("风险冲击", "Shocks");
pub const SECTION_RELIEF: Text = Text::new("防返贫救助", "Relief fund");
pub const NO_LINE: Text = Text::new("无监测线", "no line");

/// A first visit's start: a blank household or a county preset, instead of silently opening
/// one county's preset.
pub const START_TITLE: Text = Text::new("从哪里开始？", "Where to start?");
pub const START_INTRO: Text = Text::new(
    "下方显示的是一个示例方案。请选择起点：一个空白家庭（不启用任何措施，自己填写），或一个县的调研预设户。以后再打开时，会回到上次的方案。",
    "What you see below is an example. Choose where to start: a blank household (no intervention on, to fill in yourself) or one of the counties' surveyed households. Later visits open your last scenario.",
);
pub const START_BLANK: Text = Text::new("空白家庭", "Blank household");
pub const START_PRESETS: Text = Text::new("或县域预设户：", "or a county preset:");
pub const START_KEEP: Text = Text::new("先看示例", "Keep the example");

/// An input whose text is not applied: the results, print, share and export keep the last
/// valid scenario meanwhile, and say so.
pub const UNAPPLIED_TITLE: Text = Text::new("输入未生效", "Input not applied");
pub const UNAPPLIED_RESULTS: Text = Text::new(
    "以下输入有误，结果仍按它们上一次有效的值计算。点击名称前往修改：",
    "These inputs are not valid, so the results still use their last valid values. Click a name to go to it:",
);
pub const UNAPPLIED_ACTIONS: Text = Text::new(
    "以下输入未生效，导出、分享和打印将使用它们上一次有效的值：",
    "Not applied, so export, share and print use their last valid values: ",
);
pub const UNAPPLIED_SHARE: Text = Text::new(
    "注意：以下输入未生效，此链接包含的是它们上一次有效的值：",
    "Note: these inputs are not applied; this link holds their last valid values: ",
);
pub const UNAPPLIED_PRINT: Text = Text::new(
    "注意：打印时以下输入未生效，本报告按它们上一次有效的值计算：",
    "Note: when printed, these inputs were not applied; this report uses their last valid values: ",
);
pub const UNAPPLIED_SHORT: Text = Text::new("输入未生效：", "Not applied: ");

/// Names in a sentence: "家庭人口、耕地面积" or "Household members, Cropland".
pub fn list_names<S: AsRef<str>>(names: &[S], english: bool) -> String {
    let sep = if english { ", " } else { "、" };
    names
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(sep)
}

// The printed report (src/ui/components/print_report.rs) and the notes field.
pub const REPORT_COST: Text =
    Text::new("公共投入合计（全部年份）", "Total public cost (all years)");
pub const REPORT_COST_BY: Text = Text::new("按措施", "By intervention");
pub const NOTES: Text = Text::new("备注", "Notes");
pub const NOTES_HINT: Text = Text::new(
    "写给阅读报告的人：数据来源、调查日期、需要说明的情况。随方案保存、导出和分享，并印在报告上。",
    "For whoever reads the report: data sources, survey date, anything to explain. Saved, exported and shared with the scenario, and printed on the report.",
);
pub const NOTES_AT_LIMIT: Text = Text::new(
    "已达 2,000 字上限，多出的文字未保存",
    "At the 2,000-character limit: text beyond it is not kept",
);
pub const COMPARE_INPUTS: Text = Text::new("输入差异", "Inputs that differ");
pub const COMPARE_SAME_INPUTS: Text = Text::new(
    "所选方案的输入完全相同",
    "The compared scenarios have the same inputs",
);
pub const COMPARE_INPUT: Text = Text::new("输入", "Input");

#[cfg(test)]
mod tests {
    use super::list_names;

    #[test]
    fn names_are_listed_in_each_language_way() {
        assert_eq!(
            list_names(&["家庭人口", "耕地面积"], false),
            "家庭人口、耕地面积"
        );
        assert_eq!(
            list_names(&["Members", "Cropland"], true),
            "Members, Cropland"
        );
        assert_eq!(list_names::<&str>(&[], true), "");
    }
}
