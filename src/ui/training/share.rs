//! Handing a course to a room: one link (and its QR code, drawn large for the back of the
//! room), or one file; and opening a course file.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::t;
use crate::i18n::Lang;
use crate::model::text::OwnedText;
use crate::model::training::Course;
use crate::storage::course_link::{course_fragment, export_course, import_course, CourseLinkError};
use crate::ui::browser;
use crate::ui::qr::qr_path;

/// Links longer than this make a dense QR code that a phone at the back of a room may not
/// read; the panel then suggests the file.
const DENSE_LINK_CHARS: usize = 600;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub course: Rc<Course>,
    pub lang: Lang,
}

/// The course's whole link and its QR code (size in modules, dark modules as an SVG path).
#[hook]
fn use_course_link(course: Rc<Course>) -> (Rc<String>, Rc<Option<(i32, String)>>) {
    let link = use_memo(course, |c| {
        format!(
            "{}#{}",
            browser::page_url_without_hash(),
            course_fragment(c)
        )
    });
    let qr = use_memo(link.clone(), |l| qr_path(l));
    (link, qr)
}

/// The course's link, its QR code, copy and save.
#[component]
pub fn CourseShare(props: &ShareProps) -> Html {
    let lang = props.lang;
    let (link, qr) = use_course_link(props.course.clone());
    let copied = use_state(|| false);
    let copy = {
        let (link, copied) = (link.clone(), copied.clone());
        Callback::from(move |_| {
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(&link);
            }
            copied.set(true);
        })
    };
    let save = {
        let course = props.course.clone();
        Callback::from(move |_| {
            let name = format!("培训课程-{}.json", browser::today());
            let _ = browser::download(&name, "application/json", &export_course(&course));
        })
    };
    let qr_view = match &*qr {
        Some((size, path)) => html! {
            <svg class="training-qr" viewBox={format!("-4 -4 {} {}", size + 8, size + 8)} role="img"
                aria-label={t(lang, "课程链接的二维码", "QR code of the course link")} shape-rendering="crispEdges"
                data-modules={size.to_string()}>
                <rect x="-4" y="-4" width={(size + 8).to_string()} height={(size + 8).to_string()} fill="#fff" />
                <path d={path.clone()} fill="#000" />
            </svg>
        },
        None => {
            html! { <p>{ t(lang, "链接太长，无法生成二维码：请用课程文件。", "The link is too long for a QR code: use the course file.") }</p> }
        }
    };
    let dense = link.chars().count() > DENSE_LINK_CHARS;
    html! {
        <section class="training-share" aria-label={t(lang, "分享课程", "Share the course")}>
            { qr_view }
            <div class="share-text">
                <label for="training-link">{ t(lang, "课程链接（学员打开后可离线使用）", "Course link (participants can work offline once it is open)") }</label>
                <input id="training-link" type="text" readonly=true value={(*link).clone()} />
                <p class="hint">{ if lang.is_en() { format!("{} characters", link.chars().count()) } else { format!("{} 个字符", link.chars().count()) } }</p>
                if dense {
                    <p class="hint">{ t(lang, "链接较长，二维码较密，远处可能扫不出：可改发课程文件。", "A long link makes a dense QR code that may not scan from afar: hand out the course file instead.") }</p>
                }
                <div class="row">
                    <button type="button" onclick={copy}>{ if *copied { t(lang, "已复制", "Copied") } else { t(lang, "复制链接", "Copy link") } }</button>
                    <button type="button" onclick={save}>{ t(lang, "保存课程文件", "Save course file") }</button>
                </div>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct OpenFileProps {
    pub lang: Lang,
    pub on_open: Callback<Result<Course, CourseLinkError>>,
}

/// "Open a course file": the file is read here and its course (or why not) handed up.
#[component]
pub fn OpenCourseFile(props: &OpenFileProps) -> Html {
    let lang = props.lang;
    let readers = use_mut_ref(Vec::<FileReader>::new);
    let onchange = {
        let (on_open, readers): (_, Rc<RefCell<Vec<FileReader>>>) =
            (props.on_open.clone(), readers.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let on_open = on_open.clone();
            let reader =
                gloo::file::callbacks::read_as_bytes(&gloo::file::File::from(file), move |bytes| {
                    on_open.emit(import_course(&bytes.unwrap_or_default()));
                });
            readers.borrow_mut().push(reader);
        })
    };
    html! {
        <label class="button-like">
            { t(lang, "打开课程文件…", "Open course file…") }
            <input type="file" class="visually-hidden" accept=".json,application/json" {onchange} data-open-course="" />
        </label>
    }
}

/// A course link or file's problem, in both languages (the message names the course itself).
pub fn link_error(e: &CourseLinkError) -> OwnedText {
    OwnedText {
        zh: e.message(false),
        en: e.message(true),
    }
}

#[derive(Properties, PartialEq)]
pub struct QrOverlayProps {
    pub course: Rc<Course>,
    pub lang: Lang,
    pub on_close: Callback<()>,
}

/// The course link's QR code filling the projector's height, so the back of the room can scan it.
#[component]
pub fn QrOverlay(props: &QrOverlayProps) -> Html {
    let lang = props.lang;
    let (_, qr) = use_course_link(props.course.clone());
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |()| {
            if let Some(b) = close_ref.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                on_close.emit(());
            }
        })
    };
    html! {
        <div class="training-qr-overlay" role="dialog" aria-modal="true" aria-label={t(lang, "课程二维码", "Course QR code")} {onkeydown}>
            if let Some((size, path)) = &*qr {
                <svg class="training-qr big" viewBox={format!("-4 -4 {} {}", size + 8, size + 8)} role="img"
                    aria-label={t(lang, "课程链接的二维码", "QR code of the course link")} shape-rendering="crispEdges">
                    <rect x="-4" y="-4" width={(size + 8).to_string()} height={(size + 8).to_string()} fill="#fff" />
                    <path d={path.clone()} fill="#000" />
                </svg>
            }
            <p>{ t(lang, "扫码打开本课程（打开后可离线练习）", "Scan to open this course (it then works offline)") }</p>
            <button type="button" ref={close_ref} onclick={props.on_close.reform(|_| ())}>{ t(lang, "关闭（Esc）", "Close (Esc)") }</button>
        </div>
    }
}
