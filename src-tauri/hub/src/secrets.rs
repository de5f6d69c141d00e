//! The hub's secrets: the 128-bit joining secret the QR link carries, the 6-digit PIN a person
//! types instead, and each device's 256-bit token, of which only the SHA-256 is stored.

use sha2::{Digest, Sha256};

/// Random bytes from the operating system, as hex.
fn random_hex<const N: usize>() -> String {
    let mut bytes = [0_u8; N];
    // The OS's random source failing is not something the hub can work around.
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    hex(&bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The secret in the QR link's fragment: 128 bits.
pub fn new_secret() -> String {
    random_hex::<16>()
}

/// A device's token: 256 bits.
pub fn new_token() -> String {
    random_hex::<32>()
}

/// Six digits, uniformly drawn (values that would bias the remainder are drawn again).
pub fn new_pin() -> String {
    loop {
        let mut bytes = [0_u8; 4];
        getrandom::fill(&mut bytes).expect("the operating system's random source");
        let value = u32::from_le_bytes(bytes);
        if value < u32::MAX - u32::MAX % 1_000_000 {
            return format!("{:06}", value % 1_000_000);
        }
    }
}

/// What the database keeps of a token.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn same(given: &str, expected: &str) -> bool {
    given.len() == expected.len() && given.bytes().zip(expected.bytes()).fold(0_u8, |diff, (a, b)| diff | (a ^ b)) == 0
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn secrets_have_their_lengths_and_differ() {
        assert_eq!(new_secret().len(), 32);
        assert_eq!(new_token().len(), 64);
        assert_ne!(new_token(), new_token());
        let pin = new_pin();
        assert_eq!(pin.len(), 6);
        assert!(pin.bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(token_hash("abc").len(), 64);
        assert!(same("123456", "123456"));
        assert!(!same("123456", "123457"));
        assert!(!same("12345", "123456"));
    }
}
