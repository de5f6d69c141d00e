//! Notes as note-takers write them, for the benchmarks: 80–400 characters, in English and
//! Welsh (with its accented letters), in a spreadsheet the CSV import reads. Deterministic, so
//! every run builds the same labs.

use std::fmt::Write as _;

/// A spreadsheet of `count` notes spread over the lab's challenges, roles and kinds.
pub fn spreadsheet(challenges: &[String], roles: &[String], count: usize, seed: u64) -> String {
    let kinds = ["concern", "idea", "question", "evidence", "action"];
    let mut random = SplitMix(seed);
    let mut csv = String::from("challenge,role,kind,text\n");
    for n in 0..count {
        let pick = |random: &mut SplitMix, list: &[String]| list[random.below(list.len())].clone();
        let text = note_text(&mut random, n % 2 == 1);
        let _ = writeln!(
            csv,
            "\"{}\",\"{}\",{},\"{}\"",
            pick(&mut random, challenges),
            pick(&mut random, roles),
            kinds[random.below(kinds.len())],
            text.replace('"', "\"\"")
        );
    }
    csv
}

const ENGLISH: [&str; 8] = [
    "Staff were not asked before the chatbot went live, and the union heard of it from the press.",
    "The tender should say who can see the data the system keeps about workers, and for how long.",
    "Procurement teams need time and training to judge what a supplier claims the model can do.",
    "A trial with one team first, with a way back if it does not work, would build some trust.",
    "Who checks the decisions it makes about rotas, and can a worker ask a person instead?",
    "The contract must let the council see how the system was tested, not only the results.",
    "Social partnership means the unions are at the table from the start, not after the award.",
    "Fair work: the time saved should go back into care, not into cutting hours. #staffing",
];
const WELSH: [&str; 8] = [
    "Ni ofynnwyd i'r staff cyn i'r sgwrsfot fynd yn fyw, a chlywodd yr undeb amdano o'r wasg.",
    "Dylai'r tendr ddweud pwy all weld y data y mae'r system yn ei gadw am weithwyr, ac am ba hyd.",
    "Mae angen amser a hyfforddiant ar dimau caffael i farnu'r hyn y mae cyflenwr yn ei honni.",
    "Byddai treial gydag un tîm yn gyntaf, gyda ffordd yn ôl, yn magu rhywfaint o ymddiriedaeth.",
    "Pwy sy'n gwirio'r penderfyniadau am rotâu, ac a all gweithiwr ofyn i berson yn lle hynny?",
    "Rhaid i'r contract adael i'r cyngor weld sut y profwyd y system, nid y canlyniadau'n unig.",
    "Mae partneriaeth gymdeithasol yn golygu bod yr undebau wrth y bwrdd o'r dechrau un, ŵyr ac ŷd.",
    "Gwaith teg: dylai'r amser a arbedir fynd yn ôl i ofal, nid i dorri oriau. #staffio",
];

/// A note of 80–400 characters, in Welsh or English, as note-takers write them.
fn note_text(random: &mut SplitMix, welsh: bool) -> String {
    let bank = if welsh { &WELSH } else { &ENGLISH };
    let wanted = 80 + random.below(321);
    let mut text = String::new();
    while text.chars().count() < wanted {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(bank[random.below(bank.len())]);
    }
    text.chars().take(400).collect::<String>().trim_end().to_owned()
}

/// A small deterministic random source, so every run builds the same labs.
struct SplitMix(u64);

impl SplitMix {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}
