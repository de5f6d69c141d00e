//! The QR code of the joining link: as modules for the app to draw, and as text for a terminal.

use designlab_core::devices::QrCode;
use designlab_core::{Error, Result};
use qrcode::{Color, EcLevel};

pub fn encode(text: &str) -> Result<QrCode> {
    let code = code(text)?;
    let size = code.width() as u32;
    let modules = code.to_colors().into_iter().map(|color| color == Color::Dark).collect();
    Ok(QrCode { size, modules })
}

/// The code in half-height block characters, two rows to a line, with a quiet zone, light on
/// dark terminals and dark on light ones alike (the light modules are drawn).
pub fn terminal(text: &str) -> Result<String> {
    let code = code(text)?;
    let width = code.width();
    let colors = code.to_colors();
    let quiet = 2;
    let dark = |x: isize, y: isize| {
        x >= 0
            && y >= 0
            && (x as usize) < width
            && (y as usize) < width
            && colors[y as usize * width + x as usize] == Color::Dark
    };
    let mut out = String::new();
    let span = -(quiet as isize)..(width + quiet) as isize;
    for y in span.clone().step_by(2) {
        for x in span.clone() {
            // Drawn in light: a terminal's background is the dark modules.
            out.push(match (!dark(x, y), !dark(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        out.push('\n');
    }
    Ok(out)
}

fn code(text: &str) -> Result<qrcode::QrCode> {
    // Medium error correction: still scans off a projector with glare, and stays small.
    qrcode::QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| Error::Hub(e.to_string()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_of_modules() {
        let code = encode("http://192.168.1.20:7878/#k=0123456789abcdef0123456789abcdef").unwrap();
        assert_eq!(code.modules.len(), (code.size * code.size) as usize);
        assert!(code.size >= 25);
        // The finder pattern's corner is dark.
        assert!(code.modules[0]);
        assert!(terminal("http://x").unwrap().lines().count() > 10);
    }
}
