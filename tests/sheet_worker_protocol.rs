//! The messages between the page and the sheet worker survive the crossing exactly, and a
//! damaged message is refused rather than misread.

use village_income_planner::model::text::OwnedText;
use village_income_planner::sheet_worker::protocol::{Job, Reply, ReplyBody, Request};
use village_income_planner::storage::roster_csv::{CsvTable, SheetTable};

fn tables() -> Vec<SheetTable> {
    vec![
        SheetTable {
            name: "村汇总".into(),
            headers: vec!["村".into(), "户数".into(), "".into()],
            rows: vec![
                vec!["一村".into(), "120".into(), "带,逗号\n和换行".into()],
                vec![],
            ],
        },
        SheetTable {
            name: "Households".into(),
            headers: vec![],
            rows: vec![],
        },
    ]
}

#[test]
fn requests_cross_exactly() {
    for job in [
        Job::ReadXlsx(vec![0x50, 0x4B, 3, 4, 0, 255]),
        Job::ReadXlsx(vec![]),
        Job::WriteXlsx(tables()),
        Job::WriteXlsx(vec![]),
    ] {
        let request = Request { id: 41, job };
        assert_eq!(Request::decode(&request.encode()), Some(request));
    }
}

#[test]
fn replies_cross_exactly_and_their_head_is_read_alone() {
    let table = CsvTable {
        headers: vec!["户编码".into(), "村".into()],
        rows: vec![(2, vec!["A1".into(), "一村".into()]), (7, vec![])],
    };
    for (id, body) in [
        (0, ReplyBody::Ready),
        (3, ReplyBody::Table(table)),
        (4, ReplyBody::Table(CsvTable::default())),
        (5, ReplyBody::Bytes(vec![1, 2, 3])),
        (
            6,
            ReplyBody::Failed(vec![
                OwnedText {
                    zh: "第 3 行".into(),
                    en: "Row 3".into(),
                },
                OwnedText {
                    zh: String::new(),
                    en: String::new(),
                },
            ]),
        ),
    ] {
        let ready = body == ReplyBody::Ready;
        let reply = Reply { id, body };
        let bytes = reply.encode();
        assert_eq!(Reply::peek(&bytes[..5]), Some((ready, id)));
        assert_eq!(Reply::decode(&bytes), Some(reply));
    }
}

#[test]
fn damaged_messages_are_refused() {
    let bytes = Request {
        id: 1,
        job: Job::WriteXlsx(tables()),
    }
    .encode();
    for cut in 0..bytes.len() {
        assert_eq!(Request::decode(&bytes[..cut]), None, "cut at {cut}");
    }
    // A count far beyond the buffer is refused before anything is allocated.
    let mut huge = vec![2, 1, 0, 0, 0];
    huge.extend_from_slice(&u32::MAX.to_le_bytes());
    assert_eq!(Request::decode(&huge), None);
    assert_eq!(Request::decode(&[99, 1, 0, 0, 0]), None);
    assert_eq!(Reply::decode(&[12, 1, 0]), None);
    assert_eq!(Reply::peek(&[10, 0]), None);
}
