//! QR codes for share links, as an SVG path: scanned from a projector or a phone screen in a
//! training room, they open the same scenario with no server.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code for `text`: its size in modules and an SVG path of the dark modules, or `None`
/// when the text is too long for any QR version.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    // Low error correction keeps long links scannable; a screen is not a scuffed sticker.
    let qr = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let size = qr.size();
    let mut path = String::with_capacity((size * size) as usize * 4);
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    Some((size, path))
}
